import "server-only";
import type { Db, Tx } from "../db";
import { FieldErrors } from "../errors";
import { DEFAULT_CURRENCY, CURRENCY_CODES, type Currency } from "@/lib/money";
import { diff, recordAudit, type Actor } from "./audit";
import { getSetting, setSetting } from "./settings";

// The store's own settings that prices depend on. The currency is chosen once, before prices are
// entered: amounts are stored in its minor units (lib/money.ts).

export const STORE_KEYS = { currency: "store.currency", defaultGroupId: "customers.defaultGroupId" } as const;

/** One key for the currency's advisory lock (any constant both sides agree on). */
const CURRENCY_LOCK = 482_193_001;

/**
 * The currency amounts are entered in. Inside a transaction that writes an amount it also holds a
 * shared lock until commit, so a currency change waits for that amount and then sees it (and refuses).
 */
export async function storeCurrency(tx: Tx): Promise<Currency> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${CURRENCY_LOCK}::bigint)`;
  const value = await getSetting<string>(tx, STORE_KEYS.currency);
  return CURRENCY_CODES.includes(value as Currency) ? (value as Currency) : DEFAULT_CURRENCY;
}

export async function storeSettings(tx: Tx): Promise<{ currency: Currency }> {
  return { currency: await storeCurrency(tx) };
}

/**
 * Whether any amount is stored in the current currency's minor units: switching currencies then
 * would silently change what every price, minimum, balance and order total means.
 */
export async function currencyLocked(tx: Tx): Promise<boolean> {
  const found = await Promise.all([
    tx.product.findFirst({ select: { id: true } }),
    tx.shippingMethod.findFirst({ where: { price: { not: 0 } }, select: { id: true } }),
    tx.customerGroup.findFirst({ where: { minOrderAmount: { not: 0 } }, select: { id: true } }),
    tx.customer.findFirst({ where: { walletBalance: { not: 0 } }, select: { id: true } }),
    tx.order.findFirst({ select: { id: true } }),
  ]);
  return found.some(Boolean);
}

/** Settings → store. The currency is chosen before prices are entered and is then fixed. */
export async function updateStoreSettings(db: Db, actor: Actor, next: { currency: Currency }) {
  await db.$transaction(async (tx) => {
    // Exclusive: no amount is being written meanwhile in the old currency (see storeCurrency).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CURRENCY_LOCK}::bigint)`;
    const before = await storeSettings(tx);
    if (before.currency === next.currency) return;
    if (await currencyLocked(tx)) throw new FieldErrors([{ path: "currency", message: "errors.store.currencyLocked" }]);
    await setSetting(tx, STORE_KEYS.currency, next.currency);
    await recordAudit(tx, actor, "settings.store", { type: "settings", id: "store", label: "store" }, diff(before, next));
  });
}
