import "server-only";
import type { Tx } from "../../db";
import type { LedgerEntryKind, LedgerSource, Prisma } from "../../generated/prisma/client";

// The points and wallet ledgers (P-4). Entries are only ever appended; each has a unique
// idempotency key, so writing the same reward twice writes it once. Customer.pointsBalance and
// walletBalance are the sums of the customer's entries, kept in the same transaction under the
// customer's row lock: lock first (lockCustomers), then append (appendEntry).

export type Ledger = "points" | "wallet";

/** The kinds a completed order grants; cancelling the order reverses exactly these. */
export const ORDER_REWARD_KINDS: LedgerEntryKind[] = ["ORDER_RULE", "ORDER_PRODUCTS", "REFERRER_ORDER", "COMMISSION"];

export interface NewEntry {
  customerId: string;
  /** Hundredths of a point or minor units; negative takes away. */
  amount: bigint;
  kind: LedgerEntryKind;
  sourceType: LedgerSource;
  sourceId?: string | null;
  referredId?: string | null;
  ruleId?: string | null;
  ruleSnapshot?: Prisma.InputJsonValue | null;
  note?: string | null;
  idempotencyKey: string;
  reversesId?: string | null;
  shortfall?: bigint | null;
  createdById?: string | null;
}

/** The locked customers' balances, updated as entries are appended in this transaction. */
export type LockedBalances = Map<string, { points: bigint; wallet: bigint }>;

/**
 * Locks the customers' rows (SELECT … FOR UPDATE) in id order, so that two transactions locking
 * overlapping sets cannot deadlock, and returns their balances. Missing ids are left out.
 */
export async function lockCustomers(tx: Tx, ids: Iterable<string>, into: LockedBalances = new Map()): Promise<LockedBalances> {
  const wanted = [...new Set(ids)].filter((id) => !into.has(id)).sort();
  if (wanted.length === 0) return into;
  const rows = await tx.$queryRawUnsafe<{ id: string; pointsBalance: bigint; walletBalance: bigint }[]>(
    `SELECT "id", "pointsBalance", "walletBalance" FROM "Customer" WHERE "id" = ANY($1::uuid[]) ORDER BY "id" FOR UPDATE`,
    wanted,
  );
  for (const r of rows) into.set(r.id, { points: BigInt(r.pointsBalance), wallet: BigInt(r.walletBalance) });
  return into;
}

/**
 * Appends one entry unless an entry with its idempotency key exists (INSERT … ON CONFLICT DO
 * NOTHING), and moves the cached balance by its amount. The caller holds the customer's lock;
 * non-negative balances are the caller's rule (it knows whether to refuse or to clamp).
 */
export async function appendEntry(tx: Tx, balances: LockedBalances, ledger: Ledger, entry: NewEntry): Promise<{ id: string; created: boolean }> {
  const balance = balances.get(entry.customerId);
  if (!balance) throw new Error(`appendEntry: customer ${entry.customerId} is not locked`);
  const data = { ...entry, ruleSnapshot: entry.ruleSnapshot ?? undefined };
  const select = { id: true } as const;
  const inserted =
    ledger === "points"
      ? await tx.pointsEntry.createManyAndReturn({ data: [data], skipDuplicates: true, select })
      : await tx.walletEntry.createManyAndReturn({ data: [data], skipDuplicates: true, select });
  if (inserted.length === 0) {
    const existing = await findByKey(tx, ledger, entry.idempotencyKey);
    return { id: existing!.id, created: false };
  }
  if (entry.amount !== 0n) {
    await tx.customer.update({
      where: { id: entry.customerId },
      data: ledger === "points" ? { pointsBalance: { increment: entry.amount } } : { walletBalance: { increment: entry.amount } },
    });
    balance[ledger] += entry.amount;
  }
  return { id: inserted[0]!.id, created: true };
}

/**
 * Appends many entries of one ledger in two statements — one multi-row INSERT … ON CONFLICT DO
 * NOTHING RETURNING and one UPDATE of the balances the inserted rows move — where appendEntry needs
 * two per entry (the reward worker's batches: bench/rewards.bench.ts). Same guarantees: an existing
 * key is skipped and moves nothing; the caller holds every customer's lock.
 */
export async function appendEntries(tx: Tx, balances: LockedBalances, ledger: Ledger, entries: NewEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  for (const e of entries) if (!balances.has(e.customerId)) throw new Error(`appendEntries: customer ${e.customerId} is not locked`);
  const data = entries.map((e) => ({ ...e, ruleSnapshot: e.ruleSnapshot ?? undefined }));
  const select = { customerId: true, amount: true } as const;
  const inserted =
    ledger === "points"
      ? await tx.pointsEntry.createManyAndReturn({ data, skipDuplicates: true, select })
      : await tx.walletEntry.createManyAndReturn({ data, skipDuplicates: true, select });
  const moves = new Map<string, bigint>();
  for (const r of inserted) if (r.amount !== 0n) moves.set(r.customerId, (moves.get(r.customerId) ?? 0n) + r.amount);
  if (moves.size > 0) {
    const column = ledger === "points" ? "pointsBalance" : "walletBalance";
    await tx.$executeRawUnsafe(
      `UPDATE "Customer" AS c SET "${column}" = c."${column}" + m."amount", "updatedAt" = now()
       FROM unnest($1::uuid[], $2::bigint[]) AS m("id", "amount") WHERE c."id" = m."id"`,
      [...moves.keys()],
      [...moves.values()].map(String),
    );
    for (const [customerId, amount] of moves) balances.get(customerId)![ledger] += amount;
  }
  return inserted.length;
}

export function findByKey(tx: Tx, ledger: Ledger, idempotencyKey: string) {
  const select = { id: true, customerId: true, amount: true, createdAt: true } as const;
  return ledger === "points"
    ? tx.pointsEntry.findUnique({ where: { idempotencyKey }, select })
    : tx.walletEntry.findUnique({ where: { idempotencyKey }, select });
}

/** The sum of a customer's entries (what the cached balance must equal). */
export async function ledgerSum(tx: Tx, ledger: Ledger, customerId: string): Promise<bigint> {
  const where = { customerId };
  const sum = ledger === "points" ? await tx.pointsEntry.aggregate({ where, _sum: { amount: true } }) : await tx.walletEntry.aggregate({ where, _sum: { amount: true } });
  return sum._sum.amount ?? 0n;
}
