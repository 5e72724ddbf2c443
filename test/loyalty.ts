// Loyalty fixtures for tests (issue 7): customers with referrers and sign-up dates, orders that the
// real order-status service completes and cancels, the worker drained, and the ledger invariant.
import type { Db } from "../server/db";
import type { Actor } from "../server/services/audit";
import { changeOrderStatus } from "../server/services/order-status";
import { processPendingEvents } from "../server/services/loyalty/reward-worker";
import { makeCustomer } from "./factories";

const name = (fa: string) => ({ fa, ar: fa, en: fa });

export async function shopper(db: Db, opts: { referrerId?: string | null; signedUpAt?: Date } = {}) {
  const c = await makeCustomer(db);
  if (opts.referrerId !== undefined || opts.signedUpAt) {
    await db.customer.update({ where: { id: c.customerId }, data: { referrerId: opts.referrerId ?? null, ...(opts.signedUpAt ? { createdAt: opts.signedUpAt } : {}) } });
  }
  return c;
}

let productId: string | undefined;
async function product(db: Db) {
  const found = productId ? await db.product.findUnique({ where: { id: productId }, select: { id: true } }) : null;
  if (found) return found.id;
  productId = (await db.product.create({ data: { sku: `p-${Math.random()}`, name: name("عطر"), price: 1000n } })).id;
  return productId;
}

/** A SHIPPED order of `items` units (one line) worth `total`, each unit worth `pointValue` hundredths. */
export async function shippedOrder(db: Db, customerId: string, o: { total: bigint; items?: number; pointValue?: bigint }) {
  const items = o.items ?? 1;
  return db.order.create({
    data: {
      customerId,
      status: "SHIPPED",
      subtotal: o.total,
      total: o.total,
      lines: { create: [{ productId: await product(db), sku: "p", name: name("عطر"), quantity: items, unitPrice: o.total / BigInt(items), pointValue: o.pointValue ?? 0n }] },
    },
    select: { id: true, number: true },
  });
}

/** Completes an order the way staff do (writes order.completed), at `at`. */
export const complete = (db: Db, actor: Actor, orderId: string, at = new Date()) => changeOrderStatus(db, actor, orderId, "COMPLETED", at);
export const cancel = (db: Db, actor: Actor, orderId: string) => changeOrderStatus(db, actor, orderId, "CANCELLED");

/** Runs the worker until nothing is left to do. */
export async function drain(db: Db, limit = 100) {
  const total = { processed: 0, deferred: 0, failed: 0 };
  for (let i = 0; i < 1000; i++) {
    const r = await processPendingEvents(db, { limit });
    total.processed += r.processed;
    total.failed += r.failed;
    if (r.processed === 0) return { ...total, deferred: r.deferred };
  }
  throw new Error("the worker did not finish");
}

/** Every customer whose cached balance differs from the sum of their entries (should be none). */
export const balanceMismatches = (db: Db) =>
  db.$queryRawUnsafe<{ id: string }[]>(`
    SELECT c."id" FROM "Customer" c
    WHERE c."pointsBalance" <> COALESCE((SELECT SUM(p."amount") FROM "PointsEntry" p WHERE p."customerId" = c."id"), 0)
       OR c."walletBalance" <> COALESCE((SELECT SUM(w."amount") FROM "WalletEntry" w WHERE w."customerId" = c."id"), 0)`);

export const balances = async (db: Db, customerId: string) =>
  db.customer.findUniqueOrThrow({ where: { id: customerId }, select: { pointsBalance: true, walletBalance: true } });

const entrySelect = { customerId: true, kind: true, amount: true, idempotencyKey: true, sourceType: true, sourceId: true, referredId: true, shortfall: true } as const;
export const pointsEntries = (db: Db, where: { customerId?: string; sourceId?: string } = {}) =>
  db.pointsEntry.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: entrySelect });
export const walletEntries = (db: Db, where: { customerId?: string; sourceId?: string } = {}) =>
  db.walletEntry.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: entrySelect });

/** The seed 003 rules: ≥ 100,000 or ≥ 4 items → 3 points (referrer 1); 10 days, ≥ 250,000 → 20 %. */
export async function seedRules(db: Db) {
  const points = await db.pointsRule.create({ data: { name: "سفارش‌های بالای ۱۰۰٬۰۰۰", minOrderTotal: 100_000n, minItemCount: 4, points: 300n, referrerPoints: 100n } });
  const commission = await db.commissionRule.create({ data: { maxDaysSinceSignup: 10, minOrderAmount: 250_000n, percentBp: 2000 } });
  return { points, commission };
}
