import "server-only";
import type { Db } from "./db";
import { hashPassword } from "./services/passwords";
import { ensureSystemRoles } from "./services/system-roles";
import { createCustomerUser } from "./services/users";

/** The demo sign-ins, printed at start and listed in the README. */
export const DEMO_SIGN_INS = [
  { role: "admin", username: "admin", password: "admin12345" },
  { role: "customer", username: "customer", password: "customer12345" },
  { role: "blocked customer", username: "blocked", password: "blocked12345" },
] as const;

/** Demo data for a new store: an admin, a customer and a blocked customer. Does nothing twice. */
export async function seedDemoData(db: Db): Promise<boolean> {
  const roles = await ensureSystemRoles(db);
  if (await db.user.findFirst({ select: { id: true } })) return false;
  const [adminHash, customerHash, blockedHash] = await Promise.all(DEMO_SIGN_INS.map((s) => hashPassword(s.password)));
  await db.$transaction(async (tx) => {
    const admin = await tx.user.create({
      data: { username: "admin", name: "مدیر فروشگاه", email: "admin@bashgah.example", passwordHash: adminHash },
      select: { id: true },
    });
    await tx.userRole.create({ data: { userId: admin.id, roleId: roles.admin } });
    await createCustomerUser(tx, {
      username: "customer",
      name: "سارا محمدی",
      mobile: "+989121234567",
      email: "customer@bashgah.example",
      passwordHash: customerHash,
    });
    await createCustomerUser(tx, {
      username: "blocked",
      name: "رضا کریمی",
      mobile: "+966501234567",
      passwordHash: blockedHash,
      status: "BLOCKED",
    });
    await tx.user.update({ where: { username: "blocked" }, data: { statusReason: "پرداخت‌های برگشتی مکرر" } });
  });
  return true;
}
