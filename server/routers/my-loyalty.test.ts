// The customer's own points, wallet and referrals (P-5): only their own rows, every entry explaining
// itself ("3 points for order #1042 (rule: …)" renders from the row and the messages in fa, ar, en),
// the referral link and the referred customers with what each earned; account.* permissions.
import { beforeEach, describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import { complete, drain, seedRules, shippedOrder, shopper } from "@/test/loyalty";
import { pointsToDecimal } from "@/lib/schemas/catalog";
import fa from "@/messages/fa.json";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import type { Actor } from "../services/audit";
import type { SessionUser } from "../trpc";

const getDb = useTestDb();
let actor: Actor;

beforeEach(async () => {
  await resetDb(getDb());
  actor = (await makeAdmin(getDb())).actor;
});

/** The customer's caller; account.referrals is opt-in per store (SYSTEM_ROLES), so it is granted here. */
async function me(userId: string, adjust: (p: string[]) => string[] = (p) => [...p, "account.referrals"]) {
  const session: SessionUser = await sessionOf(getDb(), userId);
  return callerAs(getDb(), { ...session, permissions: adjust(session.permissions) });
}

async function story() {
  const db = getDb();
  await seedRules(db);
  const referrer = await shopper(db);
  const buyer = await shopper(db, { referrerId: referrer.customerId });
  const stranger = await shopper(db);
  const o = await shippedOrder(db, buyer.customerId, { total: 300_000n, items: 4 });
  const theirs = await shippedOrder(db, stranger.customerId, { total: 500_000n });
  await complete(db, actor, o.id);
  await complete(db, actor, theirs.id);
  await drain(db);
  await callerAs(db, await sessionOf(db, (await makeAdmin(db)).userId)).loyalty.adjustWallet({
    customerId: buyer.customerId,
    direction: "credit",
    amount: "1000",
    reason: "جبران تأخیر",
    idempotencyKey: crypto.randomUUID(),
  });
  return { referrer, buyer, stranger, o };
}

describe("my points and wallet", () => {
  it("shows only my own entries and balance, without staff names", async () => {
    const { buyer, stranger, o } = await story();
    const api = await me(buyer.userId);
    const points = await api.myLoyalty.points({});
    expect(points.balance).toBe(300n);
    expect(points.rows.map((r) => [r.kind, r.amount, r.source.orderNumber])).toEqual([["ORDER_RULE", 300n, o.number]]);
    const wallet = await api.myLoyalty.wallet({});
    expect(wallet).toMatchObject({ balance: 1000n, currency: "IRT" });
    expect(wallet.rows).toEqual([expect.objectContaining({ kind: "MANUAL", note: "جبران تأخیر", createdBy: null })]);
    const json = JSON.stringify([points, wallet], (_, v) => (typeof v === "bigint" ? String(v) : v));
    expect(json).not.toContain(stranger.customerId);
    // Another customer's id cannot be passed at all.
    expect((await refusal(api.myLoyalty.points({ customerId: stranger.customerId } as never))).code).toBe("BAD_REQUEST");
  });

  it("renders '3 points for order #1042 (rule: …)' from the row in every locale", async () => {
    const { buyer, o } = await story();
    const [row] = (await (await me(buyer.userId)).myLoyalty.points({})).rows;
    const rule = row!.rule as { name: string };
    const sentence = (locale: "fa" | "ar" | "en", messages: object) => {
      const t = createTranslator({ locale, messages: messages as never });
      const entry = t(`loyalty.entry.${row!.kind}` as never, { number: row!.source.orderNumber!, rule: rule.name } as never);
      return t("loyalty.pointsFor" as never, { amount: pointsToDecimal(row!.amount), count: Number(row!.amount) / 100, entry } as never);
    };
    expect(sentence("en", en)).toBe(`3 points for order #${o.number} (rule: سفارش‌های بالای ۱۰۰٬۰۰۰)`);
    expect(sentence("fa", fa)).toBe(`3 امتیاز برای سفارش #${o.number} (قانون: سفارش‌های بالای ۱۰۰٬۰۰۰)`);
    expect(sentence("ar", ar)).toBe(`3 نقاط مقابل الطلب #${o.number} (القاعدة: سفارش‌های بالای ۱۰۰٬۰۰۰)`);
  });
});

describe("my referrals", () => {
  it("gives my code and link, and the customers I referred with what each earned me", async () => {
    const { referrer, buyer } = await story();
    const api = await me(referrer.userId);
    const { code, path } = await api.myLoyalty.referral();
    expect(code).toBe((await getDb().customer.findUniqueOrThrow({ where: { id: referrer.customerId } })).referralCode);
    expect(path).toBe(`/sign-up?ref=${code}`);
    const referred = await api.myLoyalty.referred({});
    expect(referred.totals).toEqual({ points: 100n, wallet: 60_000n });
    expect(referred.rows).toEqual([{ id: buyer.customerId, name: expect.any(String), signedUpAt: expect.any(Date), points: 100n, wallet: 60_000n }]);
    // The buyer referred nobody; the list is theirs alone.
    expect((await (await me(buyer.userId)).myLoyalty.referred({})).rows).toEqual([]);
  });
});

describe("permissions", () => {
  it("each part needs its account permission; staff without a customer record are refused", async () => {
    const { buyer } = await story();
    const without = (drop: string) => me(buyer.userId, (p) => [...p, "account.referrals"].filter((x) => x !== drop));
    expect((await refusal((await without("account.points")).myLoyalty.points({}))).code).toBe("FORBIDDEN");
    expect((await refusal((await without("account.wallet")).myLoyalty.wallet({}))).code).toBe("FORBIDDEN");
    expect((await refusal((await without("account.profile")).myLoyalty.referral())).code).toBe("FORBIDDEN");
    expect((await refusal((await without("account.referrals")).myLoyalty.referred({}))).code).toBe("FORBIDDEN");
    // The default customer role: points and wallet on; every customer has a referral code and link,
    // but the list of whom they referred is opt-in (SYSTEM_ROLES).
    const plain = callerAs(getDb(), await sessionOf(getDb(), buyer.userId));
    await expect(plain.myLoyalty.points({})).resolves.toMatchObject({ balance: 300n });
    const code = (await getDb().customer.findUniqueOrThrow({ where: { id: buyer.customerId } })).referralCode;
    await expect(plain.myLoyalty.referral()).resolves.toMatchObject({ code, path: `/sign-up?ref=${code}` });
    expect((await refusal(plain.myLoyalty.referred({}))).code).toBe("FORBIDDEN");
    const admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
    expect((await refusal(admin.myLoyalty.points({}))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(getDb(), null).myLoyalty.wallet({}))).code).toBe("UNAUTHORIZED");
  });
});
