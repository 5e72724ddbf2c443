import "server-only";
import type { Tx } from "../db";
import { SETTING, getSetting } from "./settings";

/** The role every new user gets: the setting, else the system "customer" role. */
export async function defaultRoleId(tx: Tx): Promise<string> {
  const configured = await getSetting<string>(tx, SETTING.defaultRoleId);
  if (configured) {
    const role = await tx.role.findUnique({ where: { id: configured }, select: { id: true } });
    if (role) return role.id;
  }
  const fallback = await tx.role.findUnique({ where: { key: "customer" }, select: { id: true } });
  if (!fallback) throw new Error("No default role: run the migrations and the seed (npm run db:seed).");
  return fallback.id;
}

/** Gives the user the default role; safe to call again (events may fire after the adapter did it). */
export async function grantDefaultRole(tx: Tx, userId: string): Promise<void> {
  const roleId = await defaultRoleId(tx);
  await tx.userRole.createMany({ data: [{ userId, roleId }], skipDuplicates: true });
}

/** The union of the permissions of the user's roles. */
export async function permissionsOf(tx: Tx, userId: string): Promise<string[]> {
  const rows = await tx.rolePermission.findMany({
    where: { role: { users: { some: { userId } } } },
    select: { permission: true },
    distinct: ["permission"],
    orderBy: { permission: "asc" },
  });
  return rows.map((r) => r.permission);
}
