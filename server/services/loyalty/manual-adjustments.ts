import "server-only";
import type { Db, Tx } from "../../db";
import { FieldErrors } from "../../errors";
import { toMajorUnits, toMinorUnits, type Currency } from "@/lib/money";
import { pointsToDecimal } from "@/lib/schemas/catalog";
import type { PointsAdjustData, WalletAdjustData } from "@/lib/schemas/loyalty";
import { recordAudit, type Actor } from "../audit";
import { storeCurrency } from "../store-settings";
import { appendEntry, findByKey, lockCustomers, type Ledger } from "./ledger";

// Manual credit and debit by staff on the customer card (C-4): a reason is required, every one is
// audited, and a debit never takes a balance below zero — checked under the customer's row lock,
// so 100 debits at once cannot overdraw it. The form sends an idempotency key made when it opened:
// a double-click or a retry of the same submission writes one entry.

interface Adjustment {
  customerId: string;
  direction: "credit" | "debit";
  reason: string;
  idempotencyKey: string;
}

/** The positive amount (hundredths of a point or minor units) and how the audit log shows a balance. */
type Amount = (tx: Tx) => Promise<{ amount: bigint; show: (v: bigint) => string }>;

export interface AdjustResult {
  entryId: string;
  /** The balance after the entry (hundredths of a point or minor units). */
  balance: bigint;
  /** True when this key had already been written: nothing new happened. */
  replayed: boolean;
}

async function adjust(db: Db, actor: Actor, ledger: Ledger, a: Adjustment, amountOf: Amount): Promise<AdjustResult> {
  return db.$transaction(async (tx) => {
    const { amount: positive, show } = await amountOf(tx);
    const customer = await tx.customer.findUnique({ where: { id: a.customerId }, select: { deletedAt: true, user: { select: { username: true } } } });
    if (!customer || customer.deletedAt) throw new FieldErrors([{ path: "customerId", message: "errors.notFound" }], "invalid");
    const balances = await lockCustomers(tx, [a.customerId]);
    const key = `manual:${a.idempotencyKey}`;
    // Looked up under the lock: the first submission has committed, so its retry sees it.
    const existing = await findByKey(tx, ledger, key);
    if (existing) {
      if (existing.customerId !== a.customerId) throw new FieldErrors([{ path: "idempotencyKey", message: "errors.loyalty.keyReused" }]);
      return { entryId: existing.id, balance: balances.get(a.customerId)![ledger], replayed: true };
    }
    const before = balances.get(a.customerId)![ledger];
    const amount = a.direction === "debit" ? -positive : positive;
    if (before + amount < 0n) throw new FieldErrors([{ path: "amount", message: "errors.loyalty.insufficientBalance" }]);
    const entry = await appendEntry(tx, balances, ledger, {
      customerId: a.customerId,
      amount,
      kind: "MANUAL",
      sourceType: "MANUAL",
      note: a.reason,
      idempotencyKey: key,
      createdById: actor.userId,
    });
    // Another customer's adjustment took this key at the same moment: refuse rather than report it as done.
    if (!entry.created) throw new FieldErrors([{ path: "idempotencyKey", message: "errors.loyalty.keyReused" }]);
    const after = balances.get(a.customerId)![ledger];
    await recordAudit(tx, actor, `${ledger}.adjust`, { type: "customer", id: a.customerId, label: customer.user.username }, {
      [ledger === "points" ? "pointsBalance" : "walletBalance"]: { from: show(before), to: show(after) },
      reason: { from: null, to: a.reason },
    });
    return { entryId: entry.id, balance: after, replayed: false };
  });
}

export function adjustPoints(db: Db, actor: Actor, data: PointsAdjustData): Promise<AdjustResult> {
  return adjust(db, actor, "points", data, async () => ({ amount: data.amount, show: pointsToDecimal }));
}

export async function adjustWallet(db: Db, actor: Actor, data: WalletAdjustData): Promise<AdjustResult & { currency: Currency }> {
  let currency: Currency = "IRT";
  const result = await adjust(db, actor, "wallet", data, async (tx) => {
    // Inside the transaction: storeCurrency holds the currency steady until the entry is written.
    currency = await storeCurrency(tx);
    const amount = toMinorUnits(data.amount, currency);
    if (amount === null) throw new FieldErrors([{ path: "amount", message: "validation.moneyDecimals" }], "invalid");
    return { amount, show: (v) => toMajorUnits(v, currency) };
  });
  return { ...result, currency };
}
