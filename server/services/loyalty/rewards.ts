import "server-only";
import type { Ledger, NewEntry } from "./ledger";
import type { LoyaltySettings } from "./loyalty-settings";

// What an event earns, as plain data: no database here. The worker (reward-worker.ts) loads the
// rules, settings and customers, asks these functions for the entries and appends them.

export interface PointsRuleRow {
  id: string;
  name: string;
  minOrderTotal: bigint | null;
  minItemCount: number | null;
  points: bigint;
  referrerPoints: bigint;
  createdAt: Date;
}

export interface CommissionRuleRow {
  id: string;
  maxDaysSinceSignup: number;
  minOrderAmount: bigint;
  percentBp: number;
  createdAt: Date;
}

/** The rule as an entry remembers it (amounts as decimal strings: JSON has no BigInt). */
export const pointsRuleSnapshot = (r: PointsRuleRow) => ({
  type: "pointsRule" as const,
  name: r.name,
  minOrderTotal: r.minOrderTotal === null ? null : String(r.minOrderTotal),
  minItemCount: r.minItemCount,
  points: String(r.points),
  referrerPoints: String(r.referrerPoints),
});

export const commissionRuleSnapshot = (r: CommissionRuleRow) => ({
  type: "commissionRule" as const,
  maxDaysSinceSignup: r.maxDaysSinceSignup,
  minOrderAmount: String(r.minOrderAmount),
  percentBp: r.percentBp,
});

export type RuleSnapshot = ReturnType<typeof pointsRuleSnapshot> | ReturnType<typeof commissionRuleSnapshot>;

export interface OrderFacts {
  total: bigint;
  /** The sum of the lines' quantities (seed 003: "تعداد کالاهای سفارش"). */
  itemCount: number;
}

/**
 * total ≥ minOrderTotal OR itemCount ≥ minItemCount. An empty minimum is no condition, so a rule
 * with one minimum is that condition alone, and a rule with none matches every order (a flat
 * "points per completed order" rule).
 */
export function ruleMatches(rule: Pick<PointsRuleRow, "minOrderTotal" | "minItemCount">, order: OrderFacts): boolean {
  const conditions: boolean[] = [];
  if (rule.minOrderTotal !== null) conditions.push(order.total >= rule.minOrderTotal);
  if (rule.minItemCount !== null) conditions.push(order.itemCount >= rule.minItemCount);
  return conditions.length === 0 || conditions.some(Boolean);
}

/** Older first: (createdAt, id) — uuid v7 ids grow with time, so they also break equal timestamps. */
const older = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * When several rules match, the customer gets one: the rule with the most points; of equal points
 * the oldest. Rules do not add up — a store adding "≥ 500,000 → 10 points" beside "≥ 100,000 → 3"
 * means 10 for a big order, not 13. The referrer gets that same rule's referrer points.
 */
export function bestPointsRule<R extends PointsRuleRow>(rules: R[], order: OrderFacts): R | null {
  let best: R | null = null;
  for (const r of rules) {
    if (!ruleMatches(r, order)) continue;
    if (!best || r.points > best.points || (r.points === best.points && older(r, best) < 0)) best = r;
  }
  return best;
}

/** The products' own points: Σ pointValue × quantity (hundredths). */
export const productPoints = (lines: { pointValue: bigint; quantity: number }[]) =>
  lines.reduce((sum, l) => sum + l.pointValue * BigInt(l.quantity), 0n);

const DAY_MS = 86_400_000;

/**
 * The commission window: the order completed at most maxDays × 24 hours after the buyer signed up
 * (Customer.createdAt), both instants exact, so no time zone decides it. With 10 days, an order
 * 10 days after sign-up to the millisecond qualifies; one a millisecond later ("day 11") does not.
 */
export const withinCommissionWindow = (signedUpAt: Date, completedAt: Date, maxDays: number) =>
  completedAt.getTime() - signedUpAt.getTime() <= maxDays * DAY_MS;

/** percent of the total, rounded down to a whole minor unit. */
export const commissionAmount = (total: bigint, percentBp: number) => (total * BigInt(percentBp)) / 10_000n;

/**
 * The commission rule that applies: inside its window and total ≥ its minimum (exactly the minimum
 * qualifies); of several the highest percent (ties: the oldest), i.e. the most for the referrer.
 */
export function bestCommissionRule<R extends CommissionRuleRow>(rules: R[], o: { total: bigint; signedUpAt: Date; completedAt: Date }): R | null {
  let best: R | null = null;
  for (const r of rules) {
    if (o.total < r.minOrderAmount || !withinCommissionWindow(o.signedUpAt, o.completedAt, r.maxDaysSinceSignup)) continue;
    if (!best || r.percentBp > best.percentBp || (r.percentBp === best.percentBp && older(r, best) < 0)) best = r;
  }
  return best;
}

export interface PlannedEntry {
  ledger: Ledger;
  entry: NewEntry;
}

export interface CompletedOrder {
  orderId: string;
  total: bigint;
  lines: { pointValue: bigint; quantity: number }[];
  completedAt: Date;
  buyer: { id: string; signedUpAt: Date };
  /** The buyer's referrer, if any (and not deleted). */
  referrerId: string | null;
}

/** Everything a completed order earns: the buyer's rule and product points, the referrer's points and commission. */
export function orderRewards(
  o: CompletedOrder,
  ctx: { pointsRules: PointsRuleRow[]; commissionRules: CommissionRuleRow[]; settings: LoyaltySettings },
): PlannedEntry[] {
  const planned: PlannedEntry[] = [];
  const source = { sourceType: "ORDER" as const, sourceId: o.orderId };
  const key = (what: string) => `order:${o.orderId}:${what}`;
  const itemCount = o.lines.reduce((n, l) => n + l.quantity, 0);
  const rule = bestPointsRule(ctx.pointsRules, { total: o.total, itemCount });
  if (rule && rule.points > 0n) {
    planned.push({
      ledger: "points",
      entry: { customerId: o.buyer.id, amount: rule.points, kind: "ORDER_RULE", ...source, ruleId: rule.id, ruleSnapshot: pointsRuleSnapshot(rule), idempotencyKey: key("rule") },
    });
  }
  const fromProducts = ctx.settings.productPoints ? productPoints(o.lines) : 0n;
  if (fromProducts > 0n) {
    planned.push({ ledger: "points", entry: { customerId: o.buyer.id, amount: fromProducts, kind: "ORDER_PRODUCTS", ...source, idempotencyKey: key("products") } });
  }
  if (!o.referrerId) return planned;
  const referred = { customerId: o.referrerId, referredId: o.buyer.id, ...source };
  if (rule && rule.referrerPoints > 0n) {
    planned.push({
      ledger: "points",
      entry: { ...referred, amount: rule.referrerPoints, kind: "REFERRER_ORDER", ruleId: rule.id, ruleSnapshot: pointsRuleSnapshot(rule), idempotencyKey: key("referrer") },
    });
  }
  const commission = bestCommissionRule(ctx.commissionRules, { total: o.total, signedUpAt: o.buyer.signedUpAt, completedAt: o.completedAt });
  const amount = commission ? commissionAmount(o.total, commission.percentBp) : 0n;
  if (commission && amount > 0n) {
    planned.push({
      ledger: "wallet",
      entry: { ...referred, amount, kind: "COMMISSION", ruleId: commission.id, ruleSnapshot: commissionRuleSnapshot(commission), idempotencyKey: key("commission") },
    });
  }
  return planned;
}

/** A referred sign-up: the newcomer's wallet gift and the referrer's points. */
export function signUpRewards(s: { customerId: string; referrerId: string | null }, settings: LoyaltySettings): PlannedEntry[] {
  if (!s.referrerId) return [];
  const planned: PlannedEntry[] = [];
  const source = { sourceType: "CUSTOMER" as const, sourceId: s.customerId };
  if (settings.signUpGift > 0n) {
    planned.push({ ledger: "wallet", entry: { customerId: s.customerId, amount: settings.signUpGift, kind: "SIGNUP_GIFT", ...source, idempotencyKey: `signup:${s.customerId}:gift` } });
  }
  if (settings.referrerSignUpPoints > 0n) {
    planned.push({
      ledger: "points",
      entry: { customerId: s.referrerId, referredId: s.customerId, amount: settings.referrerSignUpPoints, kind: "SIGNUP_REFERRER", ...source, idempotencyKey: `signup:${s.customerId}:referrer` },
    });
  }
  return planned;
}

/** An approved product review: the reviewer's points. */
export function reviewRewards(r: { reviewId: string; customerId: string }, settings: LoyaltySettings): PlannedEntry[] {
  if (settings.reviewPoints <= 0n) return [];
  return [
    {
      ledger: "points",
      entry: { customerId: r.customerId, amount: settings.reviewPoints, kind: "REVIEW", sourceType: "REVIEW", sourceId: r.reviewId, idempotencyKey: `review:${r.reviewId}:points` },
    },
  ];
}
