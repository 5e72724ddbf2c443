// What an order earns (P-1, P-3, seed 003): every boundary of the points rules (exactly the minimum,
// OR semantics, empty fields, several rules → the best one, ties → the oldest) and of the commission
// (day 10 vs day 11 to the millisecond, exactly the minimum, rounding down, several → the best).
import { describe, expect, it } from "vitest";
import {
  bestCommissionRule,
  bestPointsRule,
  commissionAmount,
  orderRewards,
  productPoints,
  ruleMatches,
  withinCommissionWindow,
  type CommissionRuleRow,
  type PointsRuleRow,
} from "./rewards";
import { DEFAULT_LOYALTY_SETTINGS } from "./loyalty-settings";

const DAY = 86_400_000;
let seq = 0;
const at = (ms: number) => new Date(Date.UTC(2025, 0, 1) + ms);
const id = () => `0190d7e5-0000-7000-8000-${String(++seq).padStart(12, "0")}`;

const rule = (over: Partial<PointsRuleRow> = {}): PointsRuleRow => ({
  id: id(),
  name: "r",
  minOrderTotal: null,
  minItemCount: null,
  points: 300n,
  referrerPoints: 0n,
  createdAt: at(seq * 1000),
  ...over,
});
const commission = (over: Partial<CommissionRuleRow> = {}): CommissionRuleRow => ({
  id: id(),
  maxDaysSinceSignup: 10,
  minOrderAmount: 250_000n,
  percentBp: 2000,
  createdAt: at(seq * 1000),
  ...over,
});

// Seed 003: "at least 100,000 or at least 4 items → 3 points".
const seedRule = rule({ name: "سفارش‌های بالای ۱۰۰٬۰۰۰", minOrderTotal: 100_000n, minItemCount: 4, points: 300n });

describe("a points rule matches (total ≥ min OR items ≥ min)", () => {
  it.each([
    [100_000n, 1, true, "exactly the minimum total"],
    [99_999n, 3, false, "one below the total and the count"],
    [99_999n, 4, true, "exactly the minimum count, total below"],
    [1n, 4, true, "the count alone suffices (OR)"],
    [5_000_000n, 1, true, "the total alone suffices (OR)"],
    [0n, 0, false, "neither"],
  ])("total %s, %s items → %s (%s)", (total, itemCount, expected) => {
    expect(ruleMatches(seedRule, { total, itemCount })).toBe(expected);
  });

  it("an empty minimum is no condition: only the other one counts", () => {
    const totalOnly = rule({ minOrderTotal: 100_000n });
    expect(ruleMatches(totalOnly, { total: 100_000n, itemCount: 0 })).toBe(true);
    expect(ruleMatches(totalOnly, { total: 99_999n, itemCount: 1000 })).toBe(false);
    const countOnly = rule({ minItemCount: 4 });
    expect(ruleMatches(countOnly, { total: 0n, itemCount: 4 })).toBe(true);
    expect(ruleMatches(countOnly, { total: 10n ** 12n, itemCount: 3 })).toBe(false);
  });

  it("a rule with both minimums empty matches every order (a flat points-per-order rule)", () => {
    const flat = rule({});
    expect(ruleMatches(flat, { total: 0n, itemCount: 0 })).toBe(true);
    expect(ruleMatches(flat, { total: 1n, itemCount: 1 })).toBe(true);
  });
});

describe("several matching rules: the customer gets the single best", () => {
  it("the most points wins; rules do not add up", () => {
    const small = rule({ minOrderTotal: 100_000n, points: 300n });
    const big = rule({ minOrderTotal: 500_000n, points: 1000n });
    const flat = rule({ points: 50n });
    expect(bestPointsRule([small, big, flat], { total: 600_000n, itemCount: 1 })).toBe(big);
    expect(bestPointsRule([small, big, flat], { total: 100_000n, itemCount: 1 })).toBe(small);
    expect(bestPointsRule([small, big, flat], { total: 10n, itemCount: 1 })).toBe(flat);
    expect(bestPointsRule([small, big], { total: 10n, itemCount: 1 })).toBeNull();
  });

  it("equal points: the oldest rule (createdAt, then id)", () => {
    const newer = rule({ points: 300n, createdAt: at(2 * DAY) });
    const older = rule({ points: 300n, createdAt: at(DAY) });
    expect(bestPointsRule([newer, older], { total: 1n, itemCount: 1 })).toBe(older);
    const sameInstantA = rule({ points: 300n, createdAt: at(5 * DAY), id: "0190d7e5-0000-7000-8000-0000000000aa" });
    const sameInstantB = rule({ points: 300n, createdAt: at(5 * DAY), id: "0190d7e5-0000-7000-8000-0000000000bb" });
    expect(bestPointsRule([sameInstantB, sameInstantA], { total: 1n, itemCount: 1 })).toBe(sameInstantA);
  });

  it("the referrer gets the chosen rule's referrer points, even if another matching rule offers them more", () => {
    const generousToReferrer = rule({ points: 100n, referrerPoints: 900n });
    const best = rule({ points: 500n, referrerPoints: 50n });
    const planned = orderRewards(
      { orderId: id(), total: 1000n, lines: [{ pointValue: 0n, quantity: 1 }], completedAt: at(0), buyer: { id: "buyer", signedUpAt: at(0) }, referrerId: "ref" },
      { pointsRules: [generousToReferrer, best], commissionRules: [], settings: DEFAULT_LOYALTY_SETTINGS },
    );
    expect(planned.map((p) => [p.entry.customerId, p.entry.kind, p.entry.amount, p.entry.ruleId])).toEqual([
      ["buyer", "ORDER_RULE", 500n, best.id],
      ["ref", "REFERRER_ORDER", 50n, best.id],
    ]);
  });
});

describe("product points", () => {
  it("add up pointValue × quantity in hundredths (2.5 × 3 + 5 = 12.5)", () => {
    expect(productPoints([{ pointValue: 250n, quantity: 3 }, { pointValue: 500n, quantity: 1 }, { pointValue: 0n, quantity: 9 }])).toBe(1250n);
  });

  it("are granted only when the setting is on", () => {
    const o = { orderId: "o1", total: 1n, lines: [{ pointValue: 250n, quantity: 2 }], completedAt: at(0), buyer: { id: "b", signedUpAt: at(0) }, referrerId: null };
    const off = orderRewards(o, { pointsRules: [], commissionRules: [], settings: DEFAULT_LOYALTY_SETTINGS });
    const on = orderRewards(o, { pointsRules: [], commissionRules: [], settings: { ...DEFAULT_LOYALTY_SETTINGS, productPoints: true } });
    expect(off).toEqual([]);
    expect(on.map((p) => [p.entry.kind, p.entry.amount, p.entry.idempotencyKey])).toEqual([["ORDER_PRODUCTS", 500n, "order:o1:products"]]);
  });
});

describe("the commission window: at most maxDays × 24 h after sign-up, exact instants", () => {
  const signedUpAt = at(0);
  it.each([
    [0, true, "at sign-up"],
    [9 * DAY, true, "day 9"],
    [10 * DAY - 1, true, "the last millisecond before day 10 ends"],
    [10 * DAY, true, "day 10, exactly 240 hours"],
    [10 * DAY + 1, false, "one millisecond into day 11"],
    [11 * DAY, false, "day 11"],
  ])("+%s ms → %s (%s)", (offset, expected) => {
    expect(withinCommissionWindow(signedUpAt, at(offset), 10)).toBe(expected);
  });
});

describe("the commission", () => {
  const o = (total: bigint, days: number) => ({ total, signedUpAt: at(0), completedAt: at(days * DAY) });

  it("seed 003: within 10 days, at least 250,000 → 20 % to the referrer's wallet", () => {
    const seed = commission();
    expect(bestCommissionRule([seed], o(250_000n, 10))).toBe(seed); // exactly the minimum, exactly day 10
    expect(commissionAmount(250_000n, seed.percentBp)).toBe(50_000n);
    expect(bestCommissionRule([seed], o(249_999n, 1))).toBeNull();
    expect(bestCommissionRule([seed], o(1_000_000n, 11))).toBeNull();
  });

  it("rounds down to a whole minor unit", () => {
    expect(commissionAmount(99n, 2000)).toBe(19n); // 19.8
    expect(commissionAmount(1n, 1250)).toBe(0n); // 0.125
    expect(commissionAmount(1_000_001n, 1250)).toBe(125_000n); // 125000.125
  });

  it("several rules: the highest percent that applies; ties → the oldest", () => {
    const long = commission({ maxDaysSinceSignup: 30, minOrderAmount: 100_000n, percentBp: 500 });
    const seed = commission({ percentBp: 2000 });
    const rich = commission({ minOrderAmount: 1_000_000n, percentBp: 3000 });
    expect(bestCommissionRule([long, seed, rich], o(2_000_000n, 5))).toBe(rich);
    expect(bestCommissionRule([long, seed, rich], o(300_000n, 5))).toBe(seed);
    expect(bestCommissionRule([long, seed, rich], o(300_000n, 20))).toBe(long);
    const twin = commission({ percentBp: 2000, createdAt: at(DAY * 400) });
    expect(bestCommissionRule([twin, seed], o(300_000n, 5))).toBe(seed);
  });

  it("goes to the referrer's wallet once per order (key order:<id>:commission), never to a buyer without a referrer", () => {
    const ctx = { pointsRules: [], commissionRules: [commission()], settings: DEFAULT_LOYALTY_SETTINGS };
    const base = { orderId: "o9", total: 300_000n, lines: [{ pointValue: 0n, quantity: 1 }], completedAt: at(DAY), buyer: { id: "b", signedUpAt: at(0) } };
    expect(orderRewards({ ...base, referrerId: null }, ctx)).toEqual([]);
    const [c] = orderRewards({ ...base, referrerId: "ref" }, ctx);
    expect(c).toMatchObject({ ledger: "wallet", entry: { customerId: "ref", referredId: "b", kind: "COMMISSION", amount: 60_000n, idempotencyKey: "order:o9:commission" } });
  });
});
