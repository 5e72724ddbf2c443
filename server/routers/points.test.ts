// The points router (P-1, P-2): variable rules CRUD and the fixed settings, through the procedures as
// the admin pages call them — field errors as message keys, every write audited, points.read /
// points.write enforced, customers refused.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";

const getDb = useTestDb();
type Caller = ReturnType<typeof callerAs>;
let admin: Caller;

const seedRule = { name: "سفارش‌های بالای ۱۰۰٬۰۰۰", minOrderTotal: "۱۰۰٬۰۰۰", minItemCount: "۴", points: "۳", referrerPoints: "1.5", active: true };

beforeEach(async () => {
  await resetDb(getDb());
  admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
});

describe("points rules", () => {
  it("creates the seed's rule from the form's strings (any digits), lists it and opens it for editing", async () => {
    const { id } = await admin.points.createRule(seedRule);
    const list = await admin.points.listRules();
    expect(list.currency).toBe("IRT");
    expect(list.rows).toEqual([
      expect.objectContaining({ id, name: seedRule.name, type: "ORDER", minOrderTotal: 100_000n, minItemCount: 4, points: 300n, referrerPoints: 150n, active: true }),
    ]);
    expect(await admin.points.getRule({ id })).toEqual({
      id,
      currency: "IRT",
      values: { name: seedRule.name, active: true, minOrderTotal: "100000", minItemCount: "4", points: "3", referrerPoints: "1.5" },
    });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "pointsRule.create" } });
    expect(audit).toMatchObject({ targetType: "pointsRule", targetId: id, targetLabel: seedRule.name });
    expect(audit.changes).toMatchObject({ minOrderTotal: { from: null, to: "100000" }, points: { from: null, to: "3" } });
  });

  it("takes empty minimums as no condition, and keeps 2.5 points exact", async () => {
    const { id } = await admin.points.createRule({ name: "هر سفارش", minOrderTotal: "", minItemCount: "", points: "2.5", referrerPoints: "" });
    expect(await getDb().pointsRule.findUniqueOrThrow({ where: { id } })).toMatchObject({ minOrderTotal: null, minItemCount: null, points: 250n, referrerPoints: 0n });
  });

  it("refuses bad values on their fields", async () => {
    const fields = async (over: Record<string, unknown>) => (await refusal(admin.points.createRule({ ...seedRule, ...over } as never))).fields;
    expect(await fields({ name: " " })).toEqual([{ path: "name", message: "validation.required" }]);
    expect(await fields({ points: "" })).toEqual([{ path: "points", message: "validation.required" }]);
    expect(await fields({ points: "1.234" })).toEqual([{ path: "points", message: "validation.pointsInvalid" }]);
    expect(await fields({ minItemCount: "0" })).toEqual([{ path: "minItemCount", message: "validation.itemCountRange" }]);
    expect(await fields({ minItemCount: "2.5" })).toEqual([{ path: "minItemCount", message: "validation.itemCountRange" }]);
    expect(await fields({ minOrderTotal: "abc" })).toEqual([{ path: "minOrderTotal", message: "validation.moneyInvalid" }]);
    expect(await fields({ minOrderTotal: "10.5" })).toEqual([{ path: "minOrderTotal", message: "validation.moneyDecimals" }]);
    expect((await refusal(admin.points.createRule({ ...seedRule, type: "ORDER" } as never))).code).toBe("BAD_REQUEST");
    expect(await getDb().pointsRule.count()).toBe(0);
  });

  it("updates, switches off and deletes, each audited; an unknown id is not found", async () => {
    const { id } = await admin.points.createRule(seedRule);
    await admin.points.updateRule({ id, ...seedRule, points: "5" });
    expect(await admin.points.setRuleActive({ id, active: false })).toEqual({ id, active: false });
    await admin.points.setRuleActive({ id, active: false }); // no change, no record
    await admin.points.deleteRule({ id });
    expect(await getDb().pointsRule.count()).toBe(0);
    const audits = await getDb().auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" }, select: { action: true, changes: true } });
    expect(audits.map((a) => a.action)).toEqual(["pointsRule.create", "pointsRule.update", "pointsRule.update", "pointsRule.delete"]);
    expect(audits[1]!.changes).toEqual({ points: { from: "3", to: "5" } });
    expect(audits[2]!.changes).toEqual({ active: { from: true, to: false } });
    expect((await refusal(admin.points.getRule({ id }))).fields).toEqual([{ path: "id", message: "errors.notFound" }]);
    expect((await refusal(admin.points.deleteRule({ id }))).fields).toEqual([{ path: "id", message: "errors.notFound" }]);
  });
});

describe("fixed points settings", () => {
  it("start empty, save decimals and the gift in major units, audit the change", async () => {
    expect(await admin.points.settings()).toMatchObject({
      currency: "IRT",
      values: { productPoints: false, signUpGift: "0", referrerSignUpPoints: "0", reviewPoints: "0" },
    });
    const saved = await admin.points.updateSettings({ productPoints: true, signUpGift: "۵۰٬۰۰۰", referrerSignUpPoints: "2.0", reviewPoints: "5.0" });
    expect(saved.settings).toEqual({ productPoints: true, signUpGift: 50_000n, referrerSignUpPoints: 200n, reviewPoints: 500n });
    expect(saved.values).toEqual({ productPoints: true, signUpGift: "50000", referrerSignUpPoints: "2", reviewPoints: "5" });
    const audit = await getDb().auditLog.findFirstOrThrow({ where: { action: "settings.loyalty" } });
    expect(audit.changes).toEqual({
      productPoints: { from: false, to: true },
      signUpGift: { from: "0", to: "50000" },
      referrerSignUpPoints: { from: "0", to: "2" },
      reviewPoints: { from: "0", to: "5" },
    });
    expect((await refusal(admin.points.updateSettings({ productPoints: true, signUpGift: "x", referrerSignUpPoints: "", reviewPoints: "" }))).fields).toEqual([
      { path: "signUpGift", message: "validation.moneyInvalid" },
    ]);
  });
});

describe("permissions", () => {
  it("points.read lists and opens; writing needs points.write; customers are refused", async () => {
    const { id } = await admin.points.createRule(seedRule);
    const reader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["points.read"])).userId));
    await expect(reader.points.listRules()).resolves.toMatchObject({ rows: [expect.objectContaining({ id })] });
    await expect(reader.points.settings()).resolves.toMatchObject({ currency: "IRT" });
    for (const call of [
      reader.points.createRule(seedRule),
      reader.points.updateRule({ id, ...seedRule }),
      reader.points.setRuleActive({ id, active: false }),
      reader.points.deleteRule({ id }),
      reader.points.updateSettings({ productPoints: true, signUpGift: "", referrerSignUpPoints: "", reviewPoints: "" }),
    ]) {
      expect((await refusal(call)).code).toBe("FORBIDDEN");
    }
    const other = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["commissions.read", "wallet.write"])).userId));
    expect((await refusal(other.points.listRules())).code).toBe("FORBIDDEN");
    const customer = callerAs(getDb(), await sessionOf(getDb(), (await makeCustomer(getDb())).userId));
    expect((await refusal(customer.points.listRules())).code).toBe("FORBIDDEN");
    expect((await refusal(customer.points.settings())).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(getDb(), null).points.listRules())).code).toBe("UNAUTHORIZED");
    expect(await getDb().pointsRule.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: true });
  });
});
