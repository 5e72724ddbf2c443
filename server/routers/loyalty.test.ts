// The loyalty router (the customer card, C-4 / C-7): points and wallet history that explains each
// entry (order number, rule snapshot, referred customer, reversal), keyset paging, manual credit and
// debit, the referral box; points.* / wallet.* / customers.read enforced, customers refused.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import { cancel, complete, drain, seedRules, shippedOrder, shopper } from "@/test/loyalty";
import type { Actor } from "../services/audit";

const getDb = useTestDb();
type Caller = ReturnType<typeof callerAs>;
let admin: Caller;
let actor: Actor;
let adminName: string;

beforeEach(async () => {
  await resetDb(getDb());
  const a = await makeAdmin(getDb());
  actor = a.actor;
  adminName = a.username;
  admin = callerAs(getDb(), await sessionOf(getDb(), a.userId));
});

const staff = async (permissions: string[]) => callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), permissions)).userId));

describe("history on the card", () => {
  it("explains each entry: order number and rule for the buyer; the referred customer for the referrer; reversals", async () => {
    const db = getDb();
    const { points: rule } = await seedRules(db);
    const referrer = await shopper(db);
    const buyer = await shopper(db, { referrerId: referrer.customerId });
    const o = await shippedOrder(db, buyer.customerId, { total: 300_000n, items: 4 });
    await complete(db, actor, o.id);
    await drain(db);
    // The rule is renamed afterwards: the history keeps the name it had.
    await db.pointsRule.update({ where: { id: rule.id }, data: { name: "نام تازه" } });

    const mine = await admin.loyalty.pointsHistory({ customerId: buyer.customerId });
    expect(mine.balance).toBe(300n);
    expect(mine.rows).toEqual([
      expect.objectContaining({
        amount: 300n,
        kind: "ORDER_RULE",
        source: { type: "ORDER", id: o.id, orderNumber: o.number, product: null },
        rule: { type: "pointsRule", name: "سفارش‌های بالای ۱۰۰٬۰۰۰", minOrderTotal: "100000", minItemCount: 4, points: "300", referrerPoints: "100" },
        referred: null,
        reverses: null,
        createdBy: null,
      }),
    ]);
    const buyerName = (await db.user.findUniqueOrThrow({ where: { id: buyer.userId } })).name;
    const wallet = await admin.loyalty.walletHistory({ customerId: referrer.customerId });
    expect(wallet).toMatchObject({ balance: 60_000n, currency: "IRT" });
    expect(wallet.rows[0]).toMatchObject({
      kind: "COMMISSION",
      amount: 60_000n,
      source: { type: "ORDER", orderNumber: o.number },
      referred: { name: buyerName },
      rule: { type: "commissionRule", maxDaysSinceSignup: 10, minOrderAmount: "250000", percentBp: 2000 },
    });

    await cancel(db, actor, o.id);
    await drain(db);
    const after = await admin.loyalty.pointsHistory({ customerId: buyer.customerId });
    expect(after.balance).toBe(0n);
    expect(after.rows[0]).toMatchObject({ kind: "REVERSAL", amount: -300n, source: { orderNumber: o.number }, reverses: { id: mine.rows[0]!.id, kind: "ORDER_RULE" }, shortfall: null });
  });

  it("shows who wrote a manual entry and why; pages by (createdAt, id) without gaps", async () => {
    const { customerId } = await shopper(getDb());
    for (let i = 1; i <= 7; i++) {
      await admin.loyalty.adjustPoints({ customerId, direction: "credit", amount: String(i), reason: `دلیل ${i}`, idempotencyKey: crypto.randomUUID() });
    }
    const first = await admin.loyalty.pointsHistory({ customerId, limit: 3 });
    expect(first.rows[0]).toMatchObject({ kind: "MANUAL", amount: 700n, note: "دلیل 7", source: { type: "MANUAL", id: null }, createdBy: { username: adminName } });
    const seen = [...first.rows];
    let cursor = first.next;
    while (cursor) {
      const page = await admin.loyalty.pointsHistory({ customerId, limit: 3, cursor });
      seen.push(...page.rows);
      cursor = page.next;
    }
    expect(seen.map((r) => r.note)).toEqual(["دلیل 7", "دلیل 6", "دلیل 5", "دلیل 4", "دلیل 3", "دلیل 2", "دلیل 1"]);
    expect((await refusal(admin.loyalty.pointsHistory({ customerId: crypto.randomUUID() }))).fields).toEqual([{ path: "customerId", message: "errors.notFound" }]);
  });
});

describe("manual adjustments through the router", () => {
  it("credits and debits the wallet in major units; a debit beyond the balance is a field error", async () => {
    const { customerId } = await shopper(getDb());
    expect(await admin.loyalty.adjustWallet({ customerId, direction: "credit", amount: "۲۰۰٬۰۰۰", reason: "هدیه", idempotencyKey: crypto.randomUUID() })).toMatchObject({
      balance: 200_000n,
      currency: "IRT",
      replayed: false,
    });
    expect(await refusal(admin.loyalty.adjustWallet({ customerId, direction: "debit", amount: "200001", reason: "x", idempotencyKey: crypto.randomUUID() }))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "amount", message: "errors.loyalty.insufficientBalance" }],
    });
    expect((await refusal(admin.loyalty.adjustWallet({ customerId, direction: "debit", amount: "1", reason: "", idempotencyKey: crypto.randomUUID() }))).fields).toEqual([
      { path: "reason", message: "validation.required" },
    ]);
  });
});

describe("the referral box", () => {
  it("names the referrer and lists the referred customers with what each earned", async () => {
    const db = getDb();
    await seedRules(db);
    const referrer = await shopper(db);
    const a = await shopper(db, { referrerId: referrer.customerId, signedUpAt: new Date(Date.now() - 60_000) });
    const b = await shopper(db, { referrerId: referrer.customerId });
    await complete(db, actor, (await shippedOrder(db, a.customerId, { total: 300_000n })).id);
    await drain(db);
    const box = await admin.loyalty.referrals({ customerId: referrer.customerId });
    expect(box.referrer).toBeNull();
    expect(box.referred.totals).toEqual({ points: 100n, wallet: 60_000n });
    expect(box.referred.rows.map((r) => [r.id, r.username, r.points, r.wallet])).toEqual([
      [b.customerId, b.username, 0n, 0n],
      [a.customerId, a.username, 100n, 60_000n],
    ]);
    const theirs = await admin.loyalty.referrals({ customerId: a.customerId });
    expect(theirs.referrer).toEqual({ id: referrer.customerId, name: expect.any(String), username: referrer.username });
    expect(theirs.referred.rows).toEqual([]);
  });
});

describe("permissions", () => {
  it("points and wallet are separate permissions, read and write; the referral box needs customers.read", async () => {
    const { customerId, userId } = await shopper(getDb());
    const adjust = { customerId, direction: "credit" as const, amount: "1", reason: "x" };
    const pointsReader = await staff(["points.read"]);
    await expect(pointsReader.loyalty.pointsHistory({ customerId })).resolves.toMatchObject({ balance: 0n });
    expect((await refusal(pointsReader.loyalty.walletHistory({ customerId }))).code).toBe("FORBIDDEN");
    expect((await refusal(pointsReader.loyalty.adjustPoints({ ...adjust, idempotencyKey: crypto.randomUUID() }))).code).toBe("FORBIDDEN");
    expect((await refusal(pointsReader.loyalty.referrals({ customerId }))).code).toBe("FORBIDDEN");
    const walletWriter = await staff(["wallet.write"]);
    await expect(walletWriter.loyalty.adjustWallet({ ...adjust, idempotencyKey: crypto.randomUUID() })).resolves.toMatchObject({ balance: 1n });
    expect((await refusal(walletWriter.loyalty.adjustPoints({ ...adjust, idempotencyKey: crypto.randomUUID() }))).code).toBe("FORBIDDEN");
    expect((await refusal(walletWriter.loyalty.walletHistory({ customerId }))).code).toBe("FORBIDDEN");
    await expect((await staff(["customers.read"])).loyalty.referrals({ customerId })).resolves.toMatchObject({ referrer: null });
    // A customer reaches none of it, not even for themselves.
    const customer = callerAs(getDb(), await sessionOf(getDb(), userId));
    for (const call of [
      customer.loyalty.pointsHistory({ customerId }),
      customer.loyalty.walletHistory({ customerId }),
      customer.loyalty.adjustWallet({ ...adjust, idempotencyKey: crypto.randomUUID() }),
      customer.loyalty.referrals({ customerId }),
    ]) {
      expect((await refusal(call)).code).toBe("FORBIDDEN");
    }
    expect(await getDb().walletEntry.count()).toBe(1);
  });
});
