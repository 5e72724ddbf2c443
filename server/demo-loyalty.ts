import "server-only";
import type { Tx } from "./db";
import { toMinorUnits } from "@/lib/money";
import { storeCurrency } from "./services/store-settings";
import { writeLoyaltySettings } from "./services/loyalty/loyalty-settings";

// The seed's loyalty examples (seed 003): an order of at least 100,000 or at least 4 items earns
// 3 points (and the referrer 1); a referred customer's order of at least 250,000 within 10 days of
// sign-up gives the referrer 20 %; review 5.0 points, referrer of a sign-up 2.0 points, product points
// on, and a sign-up gift with a referrer. Amounts are in the store's currency. Does nothing twice.

export const DEMO_POINTS_RULE_NAME = "سفارش‌های بالای ۱۰۰٬۰۰۰ یا ۴ کالا";
/** Referrals are a store's choice (not in the "store customer" role): the demo opts its customer in. */
export const DEMO_REFERRAL_ROLE_NAME = "معرفی دوستان";

export async function seedDemoLoyalty(tx: Tx): Promise<void> {
  const currency = await storeCurrency(tx);
  const money = (major: string) => toMinorUnits(major, currency)!;
  if (!(await tx.pointsRule.findFirst({ select: { id: true } }))) {
    await tx.pointsRule.create({
      data: { name: DEMO_POINTS_RULE_NAME, minOrderTotal: money("100000"), minItemCount: 4, points: 300n, referrerPoints: 100n },
    });
  }
  if (!(await tx.commissionRule.findFirst({ select: { id: true } }))) {
    await tx.commissionRule.create({ data: { maxDaysSinceSignup: 10, minOrderAmount: money("250000"), percentBp: 2000 } });
  }
  await writeLoyaltySettings(tx, { productPoints: true, signUpGift: money("50000"), referrerSignUpPoints: 200n, reviewPoints: 500n });
  const customer = await tx.user.findUnique({ where: { username: "customer" }, select: { id: true } });
  if (customer && !(await tx.role.findUnique({ where: { name: DEMO_REFERRAL_ROLE_NAME }, select: { id: true } }))) {
    const role = await tx.role.create({
      data: { name: DEMO_REFERRAL_ROLE_NAME, description: "مشتریانی که لینک معرفی دارند و از خرید دوستانشان پورسانت می‌گیرند.", permissions: { create: [{ permission: "account.referrals" }] } },
    });
    await tx.userRole.create({ data: { userId: customer.id, roleId: role.id } });
  }
}
