// The rewards worker on a real database (P-4, issue 7 points 6 and 10): seed 003's examples end to
// end through the order-status service; exactly once under a replayed event, under concurrent
// workers and under 50 concurrent completions; reversal on cancel, also when the wallet was spent;
// reviews and referred sign-ups; the idle poll; and the ledger sum equal to every cached balance.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { makeAdmin } from "@/test/customers";
import { balanceMismatches, balances, cancel, complete, drain, pointsEntries, seedRules, shippedOrder, shopper, walletEntries } from "@/test/loyalty";
import type { Db } from "../../db";
import type { Actor } from "../audit";
import { approveReview } from "../review-moderation";
import { signUp } from "../users";
import { writeLoyaltySettings } from "./loyalty-settings";
import { hasPendingEvents, processPendingEvents, startRewardWorker } from "./reward-worker";
import { adjustWallet } from "./manual-adjustments";

const getDb = useTestDb();
const DAY = 86_400_000;
let actor: Actor;

beforeEach(async () => {
  await resetDb(getDb());
  actor = (await makeAdmin(getDb())).actor;
});

const keys = (rows: { idempotencyKey: string }[]) => rows.map((r) => r.idempotencyKey);

describe("seed 003's examples, end to end", () => {
  it("an order of 4 items earns 3 points, its referrer 1 point; 20 % commission inside 10 days at ≥ 250,000", async () => {
    const db = getDb();
    await seedRules(db);
    const referrer = await shopper(db);
    const signedUpAt = new Date("2025-03-01T08:00:00Z");
    const buyer = await shopper(db, { referrerId: referrer.customerId, signedUpAt });
    const o = await shippedOrder(db, buyer.customerId, { total: 250_000n, items: 4 });
    await complete(db, actor, o.id, new Date(signedUpAt.getTime() + 10 * DAY));
    expect(await drain(db)).toMatchObject({ processed: 1, failed: 0 });

    expect(await pointsEntries(db)).toEqual([
      expect.objectContaining({ customerId: buyer.customerId, kind: "ORDER_RULE", amount: 300n, idempotencyKey: `order:${o.id}:rule`, sourceType: "ORDER", sourceId: o.id }),
      expect.objectContaining({ customerId: referrer.customerId, kind: "REFERRER_ORDER", amount: 100n, idempotencyKey: `order:${o.id}:referrer`, referredId: buyer.customerId }),
    ]);
    expect(await walletEntries(db)).toEqual([
      expect.objectContaining({ customerId: referrer.customerId, kind: "COMMISSION", amount: 50_000n, idempotencyKey: `order:${o.id}:commission`, referredId: buyer.customerId }),
    ]);
    expect(await balances(db, buyer.customerId)).toEqual({ pointsBalance: 300n, walletBalance: 0n });
    expect(await balances(db, referrer.customerId)).toEqual({ pointsBalance: 100n, walletBalance: 50_000n });
    expect(await balanceMismatches(db)).toEqual([]);
    expect(await hasPendingEvents(db)).toBe(false);
  });

  it("day 11 and one toman under the minimum pay no commission; the points still come", async () => {
    const db = getDb();
    await seedRules(db);
    const referrer = await shopper(db);
    const signedUpAt = new Date("2025-03-01T08:00:00Z");
    const late = await shopper(db, { referrerId: referrer.customerId, signedUpAt });
    const small = await shopper(db, { referrerId: referrer.customerId, signedUpAt });
    const lateOrder = await shippedOrder(db, late.customerId, { total: 900_000n });
    const smallOrder = await shippedOrder(db, small.customerId, { total: 249_999n });
    await complete(db, actor, lateOrder.id, new Date(signedUpAt.getTime() + 10 * DAY + 1));
    await complete(db, actor, smallOrder.id, new Date(signedUpAt.getTime() + DAY));
    await drain(db);
    expect(await walletEntries(db)).toEqual([]);
    expect(keys(await pointsEntries(db)).sort()).toEqual(
      [`order:${lateOrder.id}:rule`, `order:${lateOrder.id}:referrer`, `order:${smallOrder.id}:rule`, `order:${smallOrder.id}:referrer`].sort(),
    );
  });

  it("an order matching no rule earns nothing but its product points (when on)", async () => {
    const db = getDb();
    await seedRules(db);
    await writeLoyaltySettings(db, { productPoints: true, signUpGift: 0n, referrerSignUpPoints: 0n, reviewPoints: 0n });
    const buyer = await shopper(db);
    const o = await shippedOrder(db, buyer.customerId, { total: 99_999n, items: 3, pointValue: 250n });
    await complete(db, actor, o.id);
    await drain(db);
    expect(await pointsEntries(db)).toEqual([expect.objectContaining({ kind: "ORDER_PRODUCTS", amount: 750n, idempotencyKey: `order:${o.id}:products` })]);
  });
});

describe("exactly once", () => {
  it("a replayed event (processedAt lost) and a second run write nothing more", async () => {
    const db = getDb();
    await seedRules(db);
    const referrer = await shopper(db);
    const buyer = await shopper(db, { referrerId: referrer.customerId });
    const o = await shippedOrder(db, buyer.customerId, { total: 300_000n });
    await complete(db, actor, o.id);
    await drain(db);
    const before = { points: await pointsEntries(db), wallet: await walletEntries(db), b: await balances(db, referrer.customerId) };
    expect(before.points).toHaveLength(2);
    expect(before.wallet).toHaveLength(1);
    // As if the worker crashed after writing the rewards but before the acknowledgement counted.
    await db.domainEvent.updateMany({ data: { processedAt: null } });
    expect(await drain(db)).toMatchObject({ processed: 1 });
    await drain(db);
    expect(await pointsEntries(db)).toEqual(before.points);
    expect(await walletEntries(db)).toEqual(before.wallet);
    expect(await balances(db, referrer.customerId)).toEqual(before.b);
    expect(await balanceMismatches(db)).toEqual([]);
  });

  it("several workers at once over the same pending events reward each event once", async () => {
    const db = getDb();
    await seedRules(db);
    const referrer = await shopper(db);
    const orders: string[] = [];
    for (let i = 0; i < 20; i++) {
      const buyer = await shopper(db, { referrerId: referrer.customerId });
      const o = await shippedOrder(db, buyer.customerId, { total: 300_000n });
      await complete(db, actor, o.id);
      orders.push(o.id);
    }
    const results = await Promise.all(Array.from({ length: 5 }, () => drain(db, 3)));
    expect(results.reduce((n, r) => n + r.processed, 0)).toBe(20);
    expect(await db.pointsEntry.count()).toBe(40);
    expect(await db.walletEntry.count()).toBe(20);
    expect(await balances(db, referrer.customerId)).toEqual({ pointsBalance: 20n * 100n, walletBalance: 20n * 60_000n });
    expect(await balanceMismatches(db)).toEqual([]);
  });

  // On PGlite the transactions take turns (one connection); on PostgreSQL (CI's DATABASE_URL pass)
  // they really run at once and SKIP LOCKED / the row locks / ON CONFLICT do the work.
  it("50 concurrent completions while 4 workers poll: one reward per order, balances equal the ledgers", async () => {
    const db = getDb();
    await seedRules(db);
    const referrers = [await shopper(db), await shopper(db)];
    const orders: { id: string; buyer: string }[] = [];
    for (let i = 0; i < 50; i++) {
      const buyer = await shopper(db, { referrerId: referrers[i % 2]!.customerId });
      orders.push({ id: (await shippedOrder(db, buyer.customerId, { total: 300_000n, items: 4 })).id, buyer: buyer.customerId });
    }
    let completing = true;
    const poll = async () => {
      while (completing) {
        const r = await processPendingEvents(db, { limit: 5 });
        if (r.processed === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await drain(db, 5);
    };
    const workers = Array.from({ length: 4 }, poll);
    // Every order completed twice at once: one completion wins per order.
    const completions = await Promise.allSettled(orders.flatMap((o) => [complete(db, actor, o.id), complete(db, actor, o.id)]));
    completing = false;
    await Promise.all(workers);
    await drain(db);
    expect(completions.filter((c) => c.status === "fulfilled")).toHaveLength(50);
    expect(await db.domainEvent.count({ where: { processedAt: null } })).toBe(0);
    const points = await pointsEntries(db);
    for (const o of orders) {
      expect(points.filter((p) => p.sourceId === o.id).map((p) => p.kind).sort()).toEqual(["ORDER_RULE", "REFERRER_ORDER"]);
    }
    expect(await db.walletEntry.count({ where: { kind: "COMMISSION" } })).toBe(50);
    for (const r of referrers) expect(await balances(db, r.customerId)).toEqual({ pointsBalance: 25n * 100n, walletBalance: 25n * 60_000n });
    expect(await balanceMismatches(db)).toEqual([]);
  });
});

describe("cancelling a completed order", () => {
  async function rewardedOrder(db: Db) {
    await seedRules(db);
    await writeLoyaltySettings(db, { productPoints: true, signUpGift: 0n, referrerSignUpPoints: 0n, reviewPoints: 0n });
    const referrer = await shopper(db);
    const buyer = await shopper(db, { referrerId: referrer.customerId });
    const o = await shippedOrder(db, buyer.customerId, { total: 300_000n, items: 4, pointValue: 150n });
    await complete(db, actor, o.id);
    await drain(db);
    return { o, buyer, referrer };
  }

  it("reverses every reward of the order with new REVERSAL entries, once", async () => {
    const db = getDb();
    const { o, buyer, referrer } = await rewardedOrder(db);
    expect(await balances(db, buyer.customerId)).toEqual({ pointsBalance: 300n + 600n, walletBalance: 0n });
    await cancel(db, actor, o.id);
    await drain(db);
    const reversals = (await pointsEntries(db)).filter((e) => e.kind === "REVERSAL");
    expect(reversals.map((r) => [r.customerId, r.amount, r.sourceId]).sort()).toEqual(
      [[buyer.customerId, -300n, o.id], [buyer.customerId, -600n, o.id], [referrer.customerId, -100n, o.id]].sort(),
    );
    expect((await walletEntries(db)).map((e) => [e.kind, e.amount])).toEqual([["COMMISSION", 60_000n], ["REVERSAL", -60_000n]]);
    expect(await balances(db, buyer.customerId)).toEqual({ pointsBalance: 0n, walletBalance: 0n });
    expect(await balances(db, referrer.customerId)).toEqual({ pointsBalance: 0n, walletBalance: 0n });
    // Replayed: nothing more.
    await db.domainEvent.updateMany({ data: { processedAt: null } });
    await drain(db);
    expect(await db.pointsEntry.count({ where: { kind: "REVERSAL" } })).toBe(3);
    expect(await db.walletEntry.count({ where: { kind: "REVERSAL" } })).toBe(1);
    expect(await balanceMismatches(db)).toEqual([]);
  });

  it("a completion and its cancellation in one batch: the rewards are written before the reversal reads them", async () => {
    const db = getDb();
    await seedRules(db);
    await writeLoyaltySettings(db, { productPoints: true, signUpGift: 0n, referrerSignUpPoints: 0n, reviewPoints: 0n });
    const referrer = await shopper(db);
    const buyer = await shopper(db, { referrerId: referrer.customerId });
    const o = await shippedOrder(db, buyer.customerId, { total: 300_000n, items: 4, pointValue: 150n });
    await complete(db, actor, o.id);
    await cancel(db, actor, o.id);
    expect(await processPendingEvents(db)).toEqual({ processed: 2, deferred: 0, failed: 0 });
    expect(await db.pointsEntry.count({ where: { kind: "REVERSAL" } })).toBe(3);
    expect((await walletEntries(db)).map((e) => [e.kind, e.amount])).toEqual([["COMMISSION", 60_000n], ["REVERSAL", -60_000n]]);
    expect(await balances(db, buyer.customerId)).toEqual({ pointsBalance: 0n, walletBalance: 0n });
    expect(await balances(db, referrer.customerId)).toEqual({ pointsBalance: 0n, walletBalance: 0n });
    expect(await balanceMismatches(db)).toEqual([]);
  });

  it("never takes a wallet below zero: what was spent is recorded as the reversal's shortfall", async () => {
    const db = getDb();
    const { o, referrer } = await rewardedOrder(db);
    // The referrer spends 45,000 of the 60,000 commission.
    await adjustWallet(db, actor, { customerId: referrer.customerId, direction: "debit", amount: "45000", reason: "خرید", idempotencyKey: crypto.randomUUID() });
    await cancel(db, actor, o.id);
    await drain(db);
    const reversal = (await walletEntries(db)).find((e) => e.kind === "REVERSAL");
    expect(reversal).toMatchObject({ amount: -15_000n, shortfall: 45_000n });
    expect(await balances(db, referrer.customerId)).toMatchObject({ walletBalance: 0n });
    expect(await balanceMismatches(db)).toEqual([]);
  });

  it("a cancellation that reaches the worker before its completion waits for it", async () => {
    const db = getDb();
    await seedRules(db);
    const buyer = await shopper(db);
    const o = await shippedOrder(db, buyer.customerId, { total: 300_000n });
    await complete(db, actor, o.id);
    await cancel(db, actor, o.id);
    // The cancellation's row sorts first (as when its transaction started before the completion's committed).
    await db.domainEvent.updateMany({ where: { type: "order.cancelled" }, data: { createdAt: new Date(Date.now() - DAY) } });
    expect(await processPendingEvents(db)).toEqual({ processed: 1, deferred: 1, failed: 0 });
    expect(await processPendingEvents(db)).toEqual({ processed: 1, deferred: 0, failed: 0 });
    expect((await pointsEntries(db)).map((e) => e.amount)).toEqual([300n, -300n]);
    expect(await balances(db, buyer.customerId)).toMatchObject({ pointsBalance: 0n });
  });
});

describe("reviews and sign-ups", () => {
  it("an approved review earns the review points once, even approved twice", async () => {
    const db = getDb();
    await writeLoyaltySettings(db, { productPoints: false, signUpGift: 0n, referrerSignUpPoints: 0n, reviewPoints: 500n });
    const buyer = await shopper(db);
    const o = await shippedOrder(db, buyer.customerId, { total: 1000n });
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: o.id } });
    const review = await db.productReview.create({ data: { orderId: o.id, productId: line.productId, customerId: buyer.customerId, rating: 5 } });
    await approveReview(db, actor, review.id);
    await db.productReview.update({ where: { id: review.id }, data: { status: "REJECTED" } });
    await approveReview(db, actor, review.id);
    await drain(db);
    expect(await pointsEntries(db)).toEqual([expect.objectContaining({ kind: "REVIEW", amount: 500n, sourceType: "REVIEW", sourceId: review.id, idempotencyKey: `review:${review.id}:points` })]);
    expect(await db.auditLog.count({ where: { action: "review.approve", targetId: review.id } })).toBe(2);
  });

  it("a referred sign-up: the newcomer's wallet gift and the referrer's 2.0 points", async () => {
    const db = getDb();
    await writeLoyaltySettings(db, { productPoints: false, signUpGift: 50_000n, referrerSignUpPoints: 200n, reviewPoints: 0n });
    const referrer = await shopper(db);
    const code = (await db.customer.findUniqueOrThrow({ where: { id: referrer.customerId } })).referralCode;
    const { customerId } = await signUp(db, { name: "نیما", username: "nima", mobile: "+989121110001", email: null, password: "secret-pass", referrer: code });
    const alone = await signUp(db, { name: "تنها", username: "alone", mobile: "+989121110002", email: null, password: "secret-pass" });
    await drain(db);
    expect(await walletEntries(db)).toEqual([expect.objectContaining({ customerId, kind: "SIGNUP_GIFT", amount: 50_000n, idempotencyKey: `signup:${customerId}:gift` })]);
    expect(await pointsEntries(db)).toEqual([
      expect.objectContaining({ customerId: referrer.customerId, kind: "SIGNUP_REFERRER", amount: 200n, referredId: customerId, idempotencyKey: `signup:${customerId}:referrer` }),
    ]);
    expect(await balances(db, alone.customerId)).toEqual({ pointsBalance: 0n, walletBalance: 0n });
  });
});

describe("the poll", () => {
  it("events that keep failing, more than a batch of them, do not starve the events behind them", async () => {
    const db = getDb();
    await writeLoyaltySettings(db, { productPoints: false, signUpGift: 50_000n, referrerSignUpPoints: 0n, reviewPoints: 0n });
    const buyer = await shopper(db);
    // A completion whose total cannot be read fails every time it is handled.
    await db.domainEvent.createMany({
      data: Array.from({ length: 12 }, () => ({ type: "order.completed", aggregateId: crypto.randomUUID(), payload: { customerId: buyer.customerId, total: "?", lines: [] } })),
    });
    const referrer = await shopper(db);
    const code = (await db.customer.findUniqueOrThrow({ where: { id: referrer.customerId } })).referralCode;
    const { customerId } = await signUp(db, { name: "نیما", username: "nima", mobile: "+989121110001", email: null, password: "secret-pass", referrer: code });

    const first = await processPendingEvents(db, { limit: 10 }); // the head: ten failing events
    expect(first).toMatchObject({ processed: 0, failed: 10 });
    const second = await processPendingEvents(db, { limit: 10 }); // those rest; the rest of the queue moves
    expect(second).toMatchObject({ processed: 1, failed: 2 });
    expect(await walletEntries(db)).toEqual([expect.objectContaining({ customerId, kind: "SIGNUP_GIFT", amount: 50_000n })]);
    expect(await db.domainEvent.count({ where: { processedAt: null } })).toBe(12); // still pending, to be tried again later
  });

  it("is one query when nothing is pending: no transaction is opened", async () => {
    const db = getDb();
    const calls: string[] = [];
    const counting = new Proxy(db, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          calls.push(String(prop));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    expect(await processPendingEvents(counting)).toEqual({ processed: 0, deferred: 0, failed: 0 });
    expect(calls).toEqual(["$queryRawUnsafe"]);
  });

  it("startRewardWorker processes events in the background and stops cleanly", async () => {
    const db = getDb();
    await seedRules(db);
    const buyer = await shopper(db);
    const o = await shippedOrder(db, buyer.customerId, { total: 300_000n });
    const stop = startRewardWorker({ db, intervalMs: 20 });
    expect(startRewardWorker({ db })).toBe(stop); // one per process
    await complete(db, actor, o.id);
    for (let i = 0; i < 200 && (await db.pointsEntry.count()) === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await stop();
    expect(await balances(db, buyer.customerId)).toMatchObject({ pointsBalance: 300n });
  });
});
