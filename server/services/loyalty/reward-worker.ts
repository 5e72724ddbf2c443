import "server-only";
import { getDb, type Db, type Tx } from "../../db";
import { appendEntries, appendEntry, lockCustomers, ORDER_REWARD_KINDS, type Ledger, type LockedBalances } from "./ledger";
import { loyaltySettings, type LoyaltySettings } from "./loyalty-settings";
import { activePointsRules } from "./points-rules";
import { activeCommissionRules } from "./commission-rules";
import { orderRewards, reviewRewards, signUpRewards, type CommissionRuleRow, type PlannedEntry, type PointsRuleRow } from "./rewards";

// Consumes the outbox (DomainEvent) exactly once (P-4). A batch of unprocessed events is claimed
// with SELECT … FOR UPDATE SKIP LOCKED, so two workers never take the same event; its rewards and
// its processedAt are written in that same transaction; and every entry carries an idempotency key
// (order:<id>:rule …), so even an event replayed after a crash between commit and acknowledgement
// could not pay twice.

export const REWARD_EVENT_TYPES = ["order.completed", "order.cancelled", "review.approved", "customer.signed_up"];

interface EventRow {
  id: string;
  type: string;
  aggregateId: string;
  payload: unknown;
  createdAt: Date;
}

/** What order-status.ts writes (amounts as decimal strings). */
interface OrderPayload {
  customerId: string;
  number: number;
  total: string;
  lines: { quantity: number; pointValue: string }[];
}

export interface ProcessResult {
  /** Events handled and marked processed. */
  processed: number;
  /** Cancellations waiting for their order's completion to be processed first. */
  deferred: number;
  /** Events whose handling threw; they stay pending and are retried on the next poll. */
  failed: number;
}

const NOTHING: ProcessResult = { processed: 0, deferred: 0, failed: 0 };

/** The idle poll: one indexed query, no transaction (DomainEvent @@index([processedAt, createdAt])). */
export async function hasPendingEvents(db: Db): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<unknown[]>(
    `SELECT 1 FROM "DomainEvent" WHERE "processedAt" IS NULL AND "type" = ANY($1::text[]) LIMIT 1`,
    REWARD_EVENT_TYPES,
  );
  return rows.length > 0;
}

/**
 * Events that failed in this process, and when to try each again: doubling from a second up to ten
 * minutes. Until then they are left out of the batches, so failing events piling up at the head of
 * the queue cannot starve the events behind them. (Kept in memory: a restart tries them again at once.)
 */
const failing = new Map<string, { attempts: number; retryAt: number }>();
const MAX_BACKOFF_MS = 600_000;

const resting = () => [...failing].filter(([, f]) => f.retryAt > Date.now()).map(([id]) => id);

function recordFailure(id: string) {
  const attempts = (failing.get(id)?.attempts ?? 0) + 1;
  failing.set(id, { attempts, retryAt: Date.now() + Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (attempts - 1)) });
}

/**
 * Processes up to `limit` pending events in one transaction. If the batch fails (a bug, a deadlock),
 * its events are retried one per transaction, so one bad event cannot hold back the others; an event
 * that fails on its own rests before its next try (see `failing`).
 */
export async function processPendingEvents(db: Db, { limit = 100 }: { limit?: number } = {}): Promise<ProcessResult> {
  if (!(await hasPendingEvents(db))) return NOTHING;
  const skip = resting();
  try {
    return await db.$transaction((tx) => processBatch(tx, limit, { skip }), { maxWait: 30_000, timeout: 120_000 });
  } catch (e) {
    console.error("[rewards] a batch failed; retrying its events one by one:", e);
    return processOneByOne(db, limit, skip);
  }
}

async function processOneByOne(db: Db, limit: number, skip: string[]): Promise<ProcessResult> {
  const ids = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id" FROM "DomainEvent" WHERE "processedAt" IS NULL AND "type" = ANY($1::text[]) AND NOT ("id" = ANY($3::uuid[]))
     ORDER BY "createdAt", "id" LIMIT $2`,
    REWARD_EVENT_TYPES,
    limit,
    skip,
  );
  const total = { ...NOTHING };
  for (const { id } of ids) {
    try {
      const r = await db.$transaction((tx) => processBatch(tx, 1, { onlyId: id }), { maxWait: 30_000, timeout: 60_000 });
      total.processed += r.processed;
      total.deferred += r.deferred;
      failing.delete(id);
    } catch (e) {
      total.failed += 1;
      recordFailure(id);
      console.error(`[rewards] event ${id} failed and stays pending (attempt ${failing.get(id)!.attempts}):`, e);
    }
  }
  return total;
}

/** Claims events (skipping those another worker holds) and handles them in order. */
async function processBatch(tx: Tx, limit: number, { onlyId, skip = [] }: { onlyId?: string; skip?: string[] }): Promise<ProcessResult> {
  const events = await tx.$queryRawUnsafe<EventRow[]>(
    `SELECT "id", "type", "aggregateId", "payload", "createdAt" FROM "DomainEvent"
     WHERE "processedAt" IS NULL AND "type" = ANY($1::text[]) AND NOT ("id" = ANY($3::uuid[])) ${onlyId ? `AND "id" = $4::uuid` : ""}
     ORDER BY "createdAt", "id" LIMIT $2 FOR UPDATE SKIP LOCKED`,
    ...(onlyId ? [REWARD_EVENT_TYPES, limit, skip, onlyId] : [REWARD_EVENT_TYPES, limit, skip]),
  );
  if (events.length === 0) return NOTHING;
  const batch = await loadBatch(tx, events);
  const done: string[] = [];
  const handled = new Set<string>();
  let deferred = 0;
  for (const event of events) {
    // A reversal reads balances, so the rewards planned before it are written first.
    if (event.type === "order.cancelled") await flush(tx, batch);
    if (await handle(tx, batch, event, handled)) {
      done.push(event.id);
      handled.add(`${event.type}:${event.aggregateId}`);
    } else deferred += 1;
  }
  await flush(tx, batch);
  if (done.length) {
    await tx.$executeRawUnsafe(`UPDATE "DomainEvent" SET "processedAt" = now() WHERE "id" = ANY($1::uuid[])`, done);
    for (const id of done) failing.delete(id);
  }
  return { processed: done.length, deferred, failed: 0 };
}

interface Batch {
  settings: LoyaltySettings;
  pointsRules: PointsRuleRow[];
  commissionRules: CommissionRuleRow[];
  /** Buyers, reviewers, new customers and their referrers (deleted ones left out: they earn nothing). */
  customers: Map<string, { referrerId: string | null; createdAt: Date }>;
  completedAt: Map<string, Date | null>;
  reviews: Map<string, { customerId: string }>;
  balances: LockedBalances;
  /** Rewards planned by the batch's events, written together by flush. */
  planned: PlannedEntry[];
}

const orderPayload = (e: EventRow) => e.payload as OrderPayload;

/**
 * Reads what the events need in a few queries, and locks every customer the batch may credit or
 * debit, in id order, before any entry is written: two workers cannot deadlock on each other.
 */
async function loadBatch(tx: Tx, events: EventRow[]): Promise<Batch> {
  const ofType = (type: string) => events.filter((e) => e.type === type);
  const orderIds = [...ofType("order.completed"), ...ofType("order.cancelled")].map((e) => e.aggregateId);
  const reviewRows = await tx.productReview.findMany({ where: { id: { in: ofType("review.approved").map((e) => e.aggregateId) } }, select: { id: true, customerId: true } });
  const people = new Set<string>([
    ...[...ofType("order.completed"), ...ofType("order.cancelled")].map((e) => orderPayload(e).customerId),
    ...reviewRows.map((r) => r.customerId),
    ...ofType("customer.signed_up").map((e) => e.aggregateId),
  ]);
  const select = { id: true, referrerId: true, createdAt: true } as const;
  const direct = await tx.customer.findMany({ where: { id: { in: [...people] }, deletedAt: null }, select });
  const referrerIds = direct.map((c) => c.referrerId).filter((id): id is string => !!id && !people.has(id));
  const referrers = await tx.customer.findMany({ where: { id: { in: referrerIds }, deletedAt: null }, select });
  const customers = new Map([...direct, ...referrers].map((c) => [c.id, { referrerId: c.referrerId, createdAt: c.createdAt }]));
  // A cancellation takes back from whoever its order's entries credited.
  const cancelled = ofType("order.cancelled").map((e) => e.aggregateId);
  const owners = cancelled.length
    ? await tx.$queryRawUnsafe<{ customerId: string }[]>(
        `SELECT "customerId" FROM "PointsEntry" WHERE "sourceType" = 'ORDER' AND "sourceId" = ANY($1::uuid[])
         UNION SELECT "customerId" FROM "WalletEntry" WHERE "sourceType" = 'ORDER' AND "sourceId" = ANY($1::uuid[])`,
        cancelled,
      )
    : [];
  const orders = orderIds.length ? await tx.order.findMany({ where: { id: { in: orderIds } }, select: { id: true, completedAt: true } }) : [];
  const balances = await lockCustomers(tx, [...customers.keys(), ...owners.map((o) => o.customerId)]);
  const [settings, pointsRules, commissionRules] = [await loyaltySettings(tx), await activePointsRules(tx), await activeCommissionRules(tx)];
  return {
    settings,
    pointsRules,
    commissionRules,
    customers,
    completedAt: new Map(orders.map((o) => [o.id, o.completedAt])),
    reviews: new Map(reviewRows.map((r) => [r.id, { customerId: r.customerId }])),
    balances,
    planned: [],
  };
}

/** Handles one event; false defers it (it stays pending). */
async function handle(tx: Tx, b: Batch, e: EventRow, handled: Set<string>): Promise<boolean> {
  switch (e.type) {
    case "order.completed": {
      const p = orderPayload(e);
      const buyer = b.customers.get(p.customerId);
      if (!buyer) return true; // a deleted customer earns nothing
      const referrerId = buyer.referrerId && b.customers.has(buyer.referrerId) ? buyer.referrerId : null;
      const planned = orderRewards(
        {
          orderId: e.aggregateId,
          total: BigInt(p.total),
          lines: p.lines.map((l) => ({ quantity: l.quantity, pointValue: BigInt(l.pointValue) })),
          completedAt: b.completedAt.get(e.aggregateId) ?? e.createdAt,
          buyer: { id: p.customerId, signedUpAt: buyer.createdAt },
          referrerId,
        },
        b,
      );
      b.planned.push(...planned);
      return true;
    }
    case "order.cancelled":
      return reverseOrder(tx, b.balances, e.aggregateId, handled);
    case "review.approved": {
      const review = b.reviews.get(e.aggregateId);
      if (review && b.customers.has(review.customerId)) b.planned.push(...reviewRewards({ reviewId: e.aggregateId, customerId: review.customerId }, b.settings));
      return true;
    }
    case "customer.signed_up": {
      const newcomer = b.customers.get(e.aggregateId);
      if (!newcomer) return true;
      const referrerId = newcomer.referrerId && b.customers.has(newcomer.referrerId) ? newcomer.referrerId : null;
      b.planned.push(...signUpRewards({ customerId: e.aggregateId, referrerId }, b.settings));
      return true;
    }
    default:
      return true;
  }
}

/** Writes the planned rewards: two statements per ledger for the whole batch (appendEntries). */
async function flush(tx: Tx, b: Batch) {
  const planned = b.planned.splice(0);
  for (const ledger of ["points", "wallet"] as Ledger[]) {
    await appendEntries(tx, b.balances, ledger, planned.filter((p) => p.ledger === ledger).map((p) => p.entry));
  }
}

/**
 * Takes back what a cancelled order granted, with REVERSAL entries (keys reversal:<entry id>).
 * A balance never goes below zero: when the customer has already spent part of it, the reversal
 * takes what is there and records the rest as its shortfall. Waits (returns false) while the
 * order's completion is still unprocessed — possibly held by another worker — so that a reversal
 * never runs before the rewards it must take back exist.
 */
async function reverseOrder(tx: Tx, balances: LockedBalances, orderId: string, handled: Set<string>): Promise<boolean> {
  if (!handled.has(`order.completed:${orderId}`)) {
    const completion = await tx.domainEvent.findUnique({
      where: { type_aggregateId: { type: "order.completed", aggregateId: orderId } },
      select: { processedAt: true },
    });
    if (completion && !completion.processedAt) return false;
  }
  for (const ledger of ["points", "wallet"] as Ledger[]) {
    const where = { sourceType: "ORDER" as const, sourceId: orderId, kind: { in: ORDER_REWARD_KINDS }, reversal: { is: null } };
    const select = { id: true, customerId: true, amount: true, referredId: true, ruleId: true, ruleSnapshot: true } as const;
    const orderBy = [{ createdAt: "asc" as const }, { id: "asc" as const }];
    const entries = ledger === "points" ? await tx.pointsEntry.findMany({ where, select, orderBy }) : await tx.walletEntry.findMany({ where, select, orderBy });
    for (const entry of entries) {
      await lockCustomers(tx, [entry.customerId], balances); // already held (loadBatch); a no-op then
      const have = balances.get(entry.customerId)![ledger];
      const take = entry.amount < have ? entry.amount : have > 0n ? have : 0n;
      await appendEntry(tx, balances, ledger, {
        customerId: entry.customerId,
        amount: -take,
        kind: "REVERSAL",
        sourceType: "ORDER",
        sourceId: orderId,
        referredId: entry.referredId,
        ruleId: entry.ruleId,
        ruleSnapshot: entry.ruleSnapshot ?? null,
        reversesId: entry.id,
        shortfall: entry.amount > take ? entry.amount - take : null,
        idempotencyKey: `reversal:${entry.id}`,
      });
    }
  }
  return true;
}

// ——— The poller: in the app process (embedded mode) and in `npm run worker`.

const state = globalThis as unknown as { __bashgahRewardWorker?: { stop: () => Promise<void> } };

/**
 * Polls every `intervalMs` (about a second) and drains full batches back to back. Idempotent: a
 * second start in the same process returns the running worker's stop. Running it in several
 * processes at once is safe (SKIP LOCKED and the idempotency keys).
 */
export function startRewardWorker(opts: { db?: Db; intervalMs?: number; limit?: number } = {}): () => Promise<void> {
  if (state.__bashgahRewardWorker) return state.__bashgahRewardWorker.stop;
  const { intervalMs = 1000, limit = 100 } = opts;
  const db = opts.db ?? getDb();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      for (;;) {
        const r = await processPendingEvents(db, { limit });
        if (stopped || r.processed < limit) break;
      }
    } catch (e) {
      console.error("[rewards] poll failed:", e);
    }
    if (!stopped) {
      timer = setTimeout(() => void (running = tick()), intervalMs);
      timer.unref?.(); // never keeps a process alive on its own
    }
  };
  running = tick();
  const stop = async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
    delete state.__bashgahRewardWorker;
  };
  state.__bashgahRewardWorker = { stop };
  return stop;
}
