// The commissions router (P-3): rules CRUD with every field required and the percent exact, and the
// points and commissions report — totals per day or per month of the reader's calendar (Jalali in
// fa) in their time zone, and the top referrers; commissions.read / commissions.write enforced.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import type { LedgerEntryKind } from "../generated/prisma/client";

const getDb = useTestDb();
type Caller = ReturnType<typeof callerAs>;
let admin: Caller;

const seedRule = { maxDaysSinceSignup: "10", minOrderAmount: "250,000", percent: "20", active: true };

beforeEach(async () => {
  await resetDb(getDb());
  admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
});

describe("commission rules", () => {
  it("creates the seed's rule (10 days, 250,000, 20 %), stores 20 % as 2000 basis points, opens it for editing", async () => {
    const { id } = await admin.commissions.createRule(seedRule);
    expect((await admin.commissions.listRules()).rows).toEqual([
      expect.objectContaining({ id, maxDaysSinceSignup: 10, minOrderAmount: 250_000n, percentBp: 2000, active: true }),
    ]);
    expect(await admin.commissions.getRule({ id })).toEqual({ id, currency: "IRT", values: { active: true, maxDaysSinceSignup: "10", minOrderAmount: "250000", percent: "20" } });
    await admin.commissions.updateRule({ id, ...seedRule, percent: "۱۲٫۵" });
    expect(await getDb().commissionRule.findUniqueOrThrow({ where: { id } })).toMatchObject({ percentBp: 1250 });
    const audits = await getDb().auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" }, select: { action: true, targetLabel: true, changes: true } });
    expect(audits.map((a) => a.action)).toEqual(["commissionRule.create", "commissionRule.update"]);
    expect(audits[1]).toMatchObject({ targetLabel: "12.5% · 10d · 250000", changes: { percent: { from: "20", to: "12.5" } } });
  });

  it("requires every field and checks its range", async () => {
    const fields = async (over: Record<string, unknown>) => (await refusal(admin.commissions.createRule({ ...seedRule, ...over } as never))).fields;
    expect(await fields({ maxDaysSinceSignup: "" })).toEqual([{ path: "maxDaysSinceSignup", message: "validation.required" }]);
    expect(await fields({ maxDaysSinceSignup: "0" })).toEqual([{ path: "maxDaysSinceSignup", message: "validation.commissionDays" }]);
    expect(await fields({ minOrderAmount: "" })).toEqual([{ path: "minOrderAmount", message: "validation.required" }]);
    expect(await fields({ percent: "" })).toEqual([{ path: "percent", message: "validation.required" }]);
    expect(await fields({ percent: "0" })).toEqual([{ path: "percent", message: "validation.commissionPercent" }]);
    expect(await fields({ percent: "100.01" })).toEqual([{ path: "percent", message: "validation.commissionPercent" }]);
    expect(await fields({ percent: "12.345" })).toEqual([{ path: "percent", message: "validation.commissionPercent" }]);
    await expect(admin.commissions.createRule({ ...seedRule, percent: "100" })).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("switches off and deletes, audited", async () => {
    const { id } = await admin.commissions.createRule(seedRule);
    await admin.commissions.setRuleActive({ id, active: false });
    await admin.commissions.deleteRule({ id });
    expect(await getDb().commissionRule.count()).toBe(0);
    expect((await getDb().auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action)).toEqual([
      "commissionRule.create",
      "commissionRule.update",
      "commissionRule.delete",
    ]);
  });
});

describe("the points and commissions report", () => {
  async function entry(ledger: "points" | "wallet", customerId: string, kind: LedgerEntryKind, amount: bigint, createdAt: string, referredId: string | null = null) {
    const data = { customerId, kind, amount, createdAt: new Date(createdAt), sourceType: "MANUAL" as const, referredId, idempotencyKey: crypto.randomUUID() };
    if (ledger === "points") await getDb().pointsEntry.create({ data });
    else await getDb().walletEntry.create({ data });
  }

  it("sums per kind per Tehran day, and per Jalali month (Esfand 1403 ends 2025-03-20 at 20:30 UTC)", async () => {
    const a = await makeCustomer(getDb());
    await entry("points", a.customerId, "ORDER_RULE", 300n, "2025-03-20T20:29:59Z"); // 29 Esfand 1403, Tehran
    await entry("points", a.customerId, "ORDER_RULE", 300n, "2025-03-20T20:30:00Z"); // 1 Farvardin 1404
    await entry("points", a.customerId, "REVERSAL", -300n, "2025-03-21T10:00:00Z");
    await entry("wallet", a.customerId, "COMMISSION", 50_000n, "2025-03-22T10:00:00Z");
    await entry("points", a.customerId, "REVIEW", 500n, "2025-04-30T10:00:00Z"); // outside the range

    const days = await admin.commissions.report({ from: "2025-03-20", to: "2025-03-22", period: "day", locale: "fa" });
    expect(days.periods).toEqual([
      { key: "2025-03-20", firstDay: "2025-03-20", points: { ORDER_RULE: 300n }, wallet: {} },
      { key: "2025-03-21", firstDay: "2025-03-21", points: { ORDER_RULE: 300n, REVERSAL: -300n }, wallet: {} },
      { key: "2025-03-22", firstDay: "2025-03-22", points: {}, wallet: { COMMISSION: 50_000n } },
    ]);
    expect(days.totals).toEqual({ points: { ORDER_RULE: 600n, REVERSAL: -300n }, wallet: { COMMISSION: 50_000n } });

    const months = await admin.commissions.report({ from: "2025-03-01", to: "2025-03-31", period: "month", locale: "fa" });
    expect(months.periods.map((p) => [p.key, p.firstDay, p.points])).toEqual([
      ["1403-12", "2025-03-20", { ORDER_RULE: 300n }],
      ["1404-01", "2025-03-21", { ORDER_RULE: 300n, REVERSAL: -300n }],
    ]);
    // In English the same entries are one Gregorian month, and UTC days.
    const gregorian = await admin.commissions.report({ from: "2025-03-01", to: "2025-03-31", period: "month", locale: "en" });
    expect(gregorian.periods.map((p) => [p.key, p.points])).toEqual([["2025-03", { ORDER_RULE: 600n, REVERSAL: -300n }]]);
  });

  it("ranks referrers by what their referrals earned them in the range, net of reversals", async () => {
    const top = await makeCustomer(getDb());
    const second = await makeCustomer(getDb());
    const referred = await makeCustomer(getDb());
    await getDb().customer.update({ where: { id: referred.customerId }, data: { referrerId: top.customerId, createdAt: new Date("2025-03-05T00:00:00Z") } });
    await entry("wallet", top.customerId, "COMMISSION", 60_000n, "2025-03-10T10:00:00Z", referred.customerId);
    await entry("wallet", top.customerId, "REVERSAL", -10_000n, "2025-03-11T10:00:00Z", referred.customerId);
    await entry("points", top.customerId, "REFERRER_ORDER", 100n, "2025-03-10T10:00:00Z", referred.customerId);
    await entry("points", second.customerId, "SIGNUP_REFERRER", 5_000n, "2025-03-10T10:00:00Z", referred.customerId);
    await entry("points", second.customerId, "MANUAL", 9_999n, "2025-03-10T10:00:00Z"); // not from a referral
    const r = await admin.commissions.report({ from: "2025-03-01", to: "2025-03-31", locale: "en" });
    expect(r.topReferrers).toEqual([
      { customerId: top.customerId, name: expect.any(String), username: top.username, points: 100n, wallet: 50_000n, referred: 1 },
      { customerId: second.customerId, name: expect.any(String), username: second.username, points: 5_000n, wallet: 0n, referred: 0 },
    ]);
    expect((await admin.commissions.report({ from: "2025-03-01", to: "2025-03-31", top: 1, locale: "en" })).topReferrers).toHaveLength(1);
  });

  it("refuses a backwards or too long range on the 'to' field", async () => {
    expect((await refusal(admin.commissions.report({ from: "2025-03-02", to: "2025-03-01" }))).fields).toEqual([{ path: "to", message: "validation.dateRange" }]);
    expect((await refusal(admin.commissions.report({ from: "2024-01-01", to: "2025-03-01", period: "day" }))).fields).toEqual([{ path: "to", message: "validation.reportRange" }]);
    await expect(admin.commissions.report({ from: "2024-01-01", to: "2025-03-01", period: "month" })).resolves.toMatchObject({ periods: [] });
  });
});

describe("permissions", () => {
  it("commissions.read lists and reports; writing needs commissions.write; customers are refused", async () => {
    const { id } = await admin.commissions.createRule(seedRule);
    const reader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["commissions.read"])).userId));
    await expect(reader.commissions.listRules()).resolves.toMatchObject({ rows: [expect.objectContaining({ id })] });
    await expect(reader.commissions.report({ from: "2025-03-01", to: "2025-03-31" })).resolves.toMatchObject({ periods: [] });
    for (const call of [
      reader.commissions.createRule(seedRule),
      reader.commissions.updateRule({ id, ...seedRule }),
      reader.commissions.setRuleActive({ id, active: false }),
      reader.commissions.deleteRule({ id }),
    ]) {
      expect((await refusal(call)).code).toBe("FORBIDDEN");
    }
    const pointsStaff = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["points.read", "points.write"])).userId));
    expect((await refusal(pointsStaff.commissions.report({ from: "2025-03-01", to: "2025-03-31" }))).code).toBe("FORBIDDEN");
    const customer = callerAs(getDb(), await sessionOf(getDb(), (await makeCustomer(getDb())).userId));
    expect((await refusal(customer.commissions.listRules())).code).toBe("FORBIDDEN");
    expect((await refusal(customer.commissions.report({ from: "2025-03-01", to: "2025-03-31" }))).code).toBe("FORBIDDEN");
  });
});
