import "server-only";
import type { Db, Tx } from "./db";
import { normalizeText } from "@/lib/normalize";
import { hashPassword } from "./services/passwords";
import { ensureSystemRoles } from "./services/system-roles";
import { createCustomerUser } from "./services/users";
import { seedDemoCatalog } from "./demo-catalog";
import { seedDemoRules } from "./demo-rules";
import { seedDemoLoyalty } from "./demo-loyalty";
import { seedDemoPolls } from "./demo-polls";
import { seedDemoDepartments } from "./demo-departments";

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
      // A mobile, so the departments she is responsible for can tell her of new tickets by SMS (issue 10).
      data: { username: "admin", name: "مدیر فروشگاه", email: "admin@bashgah.example", mobile: "+989120000000", passwordHash: adminHash },
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
    await tx.user.update({ where: { username: "blocked" }, data: { blockReason: "nonPayment", statusReason: "پرداخت‌های برگشتی مکرر" } });
    await seedDemoCustomers(tx, customerHash);
    await seedDemoCatalog(tx);
    await seedDemoRules(tx);
    await seedDemoLoyalty(tx);
    await seedDemoPolls(tx);
    await seedDemoDepartments(tx);
  });
  return true;
}

// A few groups, a custom field and customers of a perfume and cosmetics shop, so that the list,
// its filters and the card have something to show. They sign in with the customer's password.
const DEMO_CUSTOMERS = [
  { username: "maryam.h", name: "مریم حسینی", mobile: "+989351112233", city: "تهران", gender: "FEMALE", groups: ["colleague"], type: "perfume" },
  { username: "ali.rezaei", name: "علی رضایی", mobile: "+989131234500", city: "اصفهان", gender: "MALE", groups: ["vip"], type: "skincare" },
  { username: "fatemeh.k", name: "فاطمه کاظمی", mobile: "+989191119988", city: "شیراز", gender: "FEMALE", groups: ["colleague", "vip"], type: "cosmetics" },
  { username: "noura.alqahtani", name: "نورة القحطاني", mobile: "+966551234567", city: "الرياض", gender: "FEMALE", groups: ["vip"], type: "perfume" },
  { username: "khaled.alotaibi", name: "خالد العتيبي", mobile: "+966561112222", city: "جدة", gender: "MALE", groups: [], type: "perfume" },
  { username: "new.signup", name: "نیلوفر احمدی", mobile: "+989121110000", city: "مشهد", gender: "FEMALE", groups: [], type: null, status: "PENDING" },
] as const;

async function seedDemoCustomers(tx: Tx, passwordHash: string) {
  const colleague = await tx.customerGroup.create({
    data: { name: "همکار", description: "فروشندگان همکار: دست‌کم ۵۰٪ مبلغ سفارش را آنلاین می‌پردازند.", paymentPercent: 50 },
    select: { id: true },
  });
  const vip = await tx.customerGroup.create({ data: { name: "مشتریان ویژه", description: "خریداران پرتکرار" }, select: { id: true } });
  const groupIds = { colleague: colleague.id, vip: vip.id };
  const label = (fa: string, ar: string, en: string) => ({ fa, ar, en });
  const field = await tx.customField.create({
    data: {
      label: label("نوع محصول مورد علاقه", "نوع المنتج المفضل", "Favourite product type"),
      type: "SELECT",
      options: [
        { value: "perfume", label: label("عطر", "عطور", "Perfume") },
        { value: "cosmetics", label: label("آرایشی", "مستحضرات التجميل", "Cosmetics") },
        { value: "skincare", label: label("مراقبت پوست", "العناية بالبشرة", "Skincare") },
      ],
      showAtSignUp: true,
      position: 1,
    },
    select: { id: true },
  });
  for (const c of DEMO_CUSTOMERS) {
    const { customerId } = await createCustomerUser(tx, {
      username: c.username,
      name: c.name,
      mobile: c.mobile,
      passwordHash,
      status: "status" in c ? c.status : "ACTIVE",
    });
    await tx.customer.update({
      where: { id: customerId },
      data: {
        city: c.city,
        cityKey: normalizeText(c.city),
        gender: c.gender,
        customFields: c.type ? { [field.id]: c.type } : {},
        groups: { createMany: { data: c.groups.map((g) => ({ groupId: groupIds[g] })), skipDuplicates: true } },
      },
    });
  }
}
