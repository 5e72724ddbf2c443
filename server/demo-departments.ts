import "server-only";
import type { Tx } from "./db";
import type { LocalizedText } from "@/lib/localized";

// The seed's departments (issue 10; seed 003 مدیریت بخش ها): sales, technical, management, support
// and consulting, told by SMS. The demo admin answers for sales and support. Safe to run again:
// a department whose Persian name is there is left as it is.

export const DEMO_DEPARTMENTS: { name: LocalizedText; description: string; adminIsStaff: boolean }[] = [
  { name: { fa: "فروش", ar: "المبيعات", en: "Sales" }, description: "پیش از خرید، سفارش‌ها و پیگیری ارسال", adminIsStaff: true },
  { name: { fa: "فنی", ar: "القسم الفني", en: "Technical" }, description: "مشکلات سایت، حساب کاربری و پرداخت", adminIsStaff: false },
  { name: { fa: "مدیریت", ar: "الإدارة", en: "Management" }, description: "پیشنهادها و شکایت‌ها", adminIsStaff: false },
  { name: { fa: "پشتیبانی", ar: "الدعم", en: "Support" }, description: "مرجوعی، گارانتی و خدمات پس از فروش", adminIsStaff: true },
  { name: { fa: "مشاوره", ar: "الاستشارات", en: "Consulting" }, description: "راهنمایی در انتخاب عطر و محصولات آرایشی", adminIsStaff: false },
];

export async function seedDemoDepartments(tx: Tx): Promise<void> {
  const admin = await tx.user.findUnique({ where: { username: "admin" }, select: { id: true } });
  const existing = await tx.department.findMany({ select: { id: true, name: true } });
  for (const [position, d] of DEMO_DEPARTMENTS.entries()) {
    const found = existing.find((e) => (e.name as LocalizedText).fa === d.name.fa);
    const id = found
      ? found.id
      : (await tx.department.create({ data: { name: d.name, description: d.description, notify: "SMS", position }, select: { id: true } })).id;
    if (admin && d.adminIsStaff) {
      await tx.departmentStaff.createMany({ data: [{ departmentId: id, userId: admin.id }], skipDuplicates: true });
    }
  }
}
