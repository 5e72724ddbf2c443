// Group restrictions through the procedures: the switches of one group, saved in one go and
// audited, and the rules a customer ends up with as the customer card shows them.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import { listAudit } from "../services/audit";

const getDb = useTestDb();
const name = (fa: string) => ({ fa, ar: `${fa} (ar)`, en: `${fa} (en)` });
let admin: ReturnType<typeof callerAs>;
let adminName: string;

async function catalog() {
  const db = getDb();
  return {
    tehran: await db.warehouse.create({ data: { code: "tehran", name: name("انبار تهران"), position: 1 } }),
    old: await db.warehouse.create({ data: { code: "old", name: name("انبار قدیمی"), active: false, position: 2 } }),
    post: await db.shippingMethod.create({ data: { code: "post", name: name("پست") } }),
    courier: await db.shippingMethod.create({ data: { code: "courier", name: name("پیک") } }),
    online: await db.paymentMethod.create({ data: { code: "online", kind: "ONLINE", name: name("پرداخت آنلاین"), position: 1 } }),
    cod: await db.paymentMethod.create({ data: { code: "cod", kind: "CASH_ON_DELIVERY", name: name("پرداخت در محل"), position: 2 } }),
  };
}

const none = { warehouses: [], shippingMethods: [], paymentMethods: [] };

beforeEach(async () => {
  await resetDb(getDb());
  const staff = await makeAdmin(getDb());
  adminName = staff.username;
  admin = callerAs(getDb(), await sessionOf(getDb(), staff.userId));
});

describe("a group's switches", () => {
  it("show every option on (inactive ones too, marked) until the group switches some off", async () => {
    const c = await catalog();
    const colleague = await getDb().customerGroup.create({ data: { name: "همکار" } });
    expect(await admin.restrictions.groups()).toEqual([{ id: colleague.id, name: "همکار" }]);
    const view = await admin.restrictions.get({ groupId: colleague.id });
    expect(view.group).toEqual({ id: colleague.id, name: "همکار" });
    expect(view.warehouses.map((w) => [w.code, w.active, w.disabled])).toEqual([["tehran", true, false], ["old", false, false]]);
    expect(view.paymentMethods.map((m) => [m.code, m.kind, m.disabled])).toEqual([["online", "ONLINE", false], ["cod", "CASH_ON_DELIVERY", false]]);
    expect(view.paymentMethods[1]!.name).toEqual(name("پرداخت در محل"));
    expect(view.shippingMethods.map((m) => m.id).sort()).toEqual([c.post.id, c.courier.id].sort());
  });

  it("saves the switched-off options in one go, records what changed, and switching back on removes them", async () => {
    const c = await catalog();
    const colleague = await getDb().customerGroup.create({ data: { name: "همکار" } });
    await admin.restrictions.update({ groupId: colleague.id, disabled: { warehouses: [], shippingMethods: [c.courier.id], paymentMethods: [c.cod.id] } });
    let view = await admin.restrictions.get({ groupId: colleague.id });
    expect(view.paymentMethods.map((m) => [m.code, m.disabled])).toEqual([["online", false], ["cod", true]]);
    expect(view.shippingMethods.find((m) => m.code === "courier")!.disabled).toBe(true);
    const [entry] = (await listAudit(getDb(), { action: "restriction.update", limit: 5 })).rows;
    expect(entry).toMatchObject({
      actorName: adminName,
      targetType: "group",
      targetId: colleague.id,
      targetLabel: "همکار",
      changes: { shippingMethods: { from: [], to: ["courier"] }, paymentMethods: { from: [], to: ["cod"] } },
    });
    expect(entry!.changes).not.toHaveProperty("warehouses");

    await admin.restrictions.update({ groupId: colleague.id, disabled: { ...none, paymentMethods: [c.cod.id] } });
    view = await admin.restrictions.get({ groupId: colleague.id });
    expect(view.shippingMethods.every((m) => !m.disabled)).toBe(true);
    const entries = (await listAudit(getDb(), { action: "restriction.update", limit: 5 })).rows;
    expect(entries).toHaveLength(2);
    expect(entries[0]!.changes).toEqual({ shippingMethods: { from: ["courier"], to: [] } });
  });

  it("saving the same switches again changes nothing and records nothing", async () => {
    const c = await catalog();
    const colleague = await getDb().customerGroup.create({ data: { name: "همکار" } });
    const input = { groupId: colleague.id, disabled: { ...none, paymentMethods: [c.cod.id, c.cod.id] } };
    expect(await admin.restrictions.update(input)).toEqual({ changed: true });
    expect(await admin.restrictions.update(input)).toEqual({ changed: false });
    expect((await listAudit(getDb(), { action: "restriction.update", limit: 5 })).rows).toHaveLength(1);
  });

  it("an unknown option is refused on its list, and nothing of the save is kept", async () => {
    const c = await catalog();
    const colleague = await getDb().customerGroup.create({ data: { name: "همکار" } });
    await admin.restrictions.update({ groupId: colleague.id, disabled: { ...none, paymentMethods: [c.cod.id] } });
    // A shipping method's id is not a payment method.
    expect(await refusal(admin.restrictions.update({ groupId: colleague.id, disabled: { ...none, warehouses: [c.tehran.id], paymentMethods: [c.post.id] } }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "disabled.paymentMethods", message: "errors.notFound" }],
    });
    expect(await getDb().groupRestriction.findMany({ select: { targetId: true } })).toEqual([{ targetId: c.cod.id }]);
  });

  it("an unknown group is not found; a malformed id is a validation error on groupId", async () => {
    expect(await refusal(admin.restrictions.get({ groupId: "0190a5e2-0000-7000-8000-000000000000" }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "groupId", message: "errors.notFound" }],
    });
    expect(await refusal(admin.restrictions.update({ groupId: "nope", disabled: none }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "groupId", message: "validation.invalid" }],
    });
  });

  it("staff with restrictions.read see the switches but cannot change them", async () => {
    const c = await catalog();
    const colleague = await getDb().customerGroup.create({ data: { name: "همکار" } });
    const reader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["restrictions.read"])).userId));
    expect((await reader.restrictions.get({ groupId: colleague.id })).paymentMethods).toHaveLength(2);
    await expect(reader.restrictions.update({ groupId: colleague.id, disabled: { ...none, paymentMethods: [c.cod.id] } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getDb().groupRestriction.count()).toBe(0);
    await expect(reader.restrictions.effective({ customerId: colleague.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("effective rules (the customer card)", () => {
  it("explain the groups, their numbers, each option with the group that switched it off, and the limits", async () => {
    const c = await catalog();
    const db = getDb();
    const colleague = await db.customerGroup.create({ data: { name: "همکار", paymentPercent: 50, minOrderAmount: 2_000_000n } });
    const vip = await db.customerGroup.create({ data: { name: "ویژه", paymentPercent: 10, showPrices: false } });
    await admin.restrictions.update({ groupId: colleague.id, disabled: { ...none, paymentMethods: [c.cod.id] } });
    const { customerId } = await makeCustomer(db);
    await db.customerGroupMember.createMany({ data: [{ groupId: colleague.id, customerId }, { groupId: vip.id, customerId }] });
    const chanel = await db.brand.create({ data: { code: "chanel", name: name("شنل") } });
    await db.orderLimit.create({ data: { name: "حداکثر ۳ عطر شنل", groupId: colleague.id, maxItems: 3, windowHours: 24, brandIds: [chanel.id] } });

    const reader = callerAs(db, await sessionOf(db, (await makeStaff(db, ["customers.read"])).userId));
    const rules = await reader.restrictions.effective({ customerId });
    expect(rules).toMatchObject({
      currency: "IRT",
      groups: [{ name: "همکار" }, { name: "ویژه" }],
      paymentPercent: 50,
      minOrderAmount: 2_000_000n,
      showPrices: false,
      limits: [{ name: "حداکثر ۳ عطر شنل", maxItems: 3, windowHours: 24, used: 0, remaining: 3, availableAgainAt: null, group: { name: "همکار" } }],
    });
    expect(rules.paymentMethods.map((m) => [m.code, m.allowed, m.disabledBy.map((g) => g.name)])).toEqual([
      ["online", true, []],
      ["cod", false, ["همکار"]],
    ]);
    expect(rules.warehouses.map((w) => w.code)).toEqual(["tehran"]);
  });

  it("an unknown customer is not found", async () => {
    expect(await refusal(admin.restrictions.effective({ customerId: "0190a5e2-0000-7000-8000-000000000000" }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "customerId", message: "errors.notFound" }],
    });
  });
});
