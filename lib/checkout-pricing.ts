// The money arithmetic of checkout, in BigInt minor units only (no floats anywhere). Shared by the
// server (which decides) and the checkout form (which shows the same numbers before placing).

export type PaymentKindValue = "ONLINE" | "BANK_SLIP" | "CASH_ON_DELIVERY" | "WALLET";

/** The least a group must pay now: ceil(total × percent / 100). */
export const minimumPayNow = (total: bigint, percent: number): bigint => (total * BigInt(percent) + 99n) / 100n;

export type PayNowResult =
  | { ok: true; payNow: bigint; due: bigint }
  | { ok: false; minimum: bigint; maximum: bigint };

/** The bounds of what is paid now for online / bank slip: [minimum, total]. */
export function payNowBounds(total: bigint, percent: number) {
  const share = minimumPayNow(total, percent);
  return { minimum: total > 0n && share === 0n ? 1n : share, maximum: total, byDefault: percent > 0 ? (total > 0n && share === 0n ? 1n : share) : total };
}

/**
 * What the customer pays now and what stays due.
 * - Online / bank slip: at least the group's share, at most the total; by default exactly the share.
 *   A share of 0 (no group asks for a partial payment) means the whole total by default; the
 *   customer may still choose less, but something is paid now: paying nothing now is what cash on
 *   delivery is for.
 * - Cash on delivery: nothing now, all due.
 */
export function resolvePayNow(kind: PaymentKindValue, total: bigint, percent: number, requested: bigint | undefined): PayNowResult {
  if (kind === "CASH_ON_DELIVERY") return { ok: true, payNow: 0n, due: total };
  const { minimum, maximum, byDefault } = payNowBounds(total, percent);
  const payNow = requested ?? byDefault;
  if (payNow < minimum || payNow > maximum) return { ok: false, minimum, maximum };
  return { ok: true, payNow, due: total - payNow };
}
