// Customer groups through their procedures (G-1, G-2): create/edit with errors on the right field,
// the list, the default group for new customers, deleting with members, and who may do what.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { customerInput, makeAdmin, refusal } from "@/test/customers";
import type { GroupFormInput } from "@/lib/schemas/groups";
import { listAudit } from "../services/audit";
import { signUp } from "../services/users";
import { setSetting } from "../services/settings";
import { STORE_KEYS } from "../services/store-settings";
import { bashgahAdapter } from "../auth-adapter";

const getDb = useTestDb();
let admin: ReturnType<typeof callerAs>;
let adminName: string;

beforeEach(async () => {
  await resetDb(getDb());
  const staff = await makeAdmin(getDb());
  adminName = staff.username;
  admin = callerAs(getDb(), await sessionOf(getDb(), staff.userId));
});

const form = (over: Partial<GroupFormInput> = {}): GroupFormInput => ({
  name: "همکار",
  description: "",
  paymentPercent: "50",
  minOrderAmount: "0",
  showPrices: true,
  ...over,
});
const create = (over: Partial<GroupFormInput> = {}) => admin.groups.create(form(over));
const groupCount = () => getDb().customerGroup.count();
const groupsOf = async (customerId: string) =>
  (await getDb().customerGroupMember.findMany({ where: { customerId }, select: { group: { select: { name: true } } } })).map((m) => m.group.name).sort();
const lastAudit = async (action: string) => (await listAudit(getDb(), { action, limit: 1 })).rows[0];
const allRows = async () => (await admin.groups.list({})).rows;

describe("create and edit (G-1)", () => {
  it("creates the seed's colleague group; the list shows it with its rules; audited", async () => {
    const { id } = await create({ description: "همکاران فروش", minOrderAmount: "۲۵۰٬۰۰۰", showPrices: false });
    const { rows, currency } = await admin.groups.list({});
    expect(currency).toBe("IRT");
    expect(rows).toEqual([
      { id, name: "همکار", description: "همکاران فروش", paymentPercent: 50, minOrderAmount: 250000n, showPrices: false, members: 0, isDefault: false },
    ]);
    expect(await lastAudit("group.create")).toMatchObject({
      actorName: adminName,
      targetType: "group",
      targetId: id,
      targetLabel: "همکار",
      changes: { paymentPercent: { from: null, to: 50 }, minOrderAmount: { from: null, to: "250000" }, showPrices: { from: null, to: false } },
    });
  });

  it.each(["-1", "101", "50.5"])("refuses the payment percent %s on its field and writes nothing", async (paymentPercent) => {
    expect(await refusal(create({ paymentPercent }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "paymentPercent", message: "validation.percentRange" }],
    });
    expect(await groupCount()).toBe(0);
  });

  it("a name another group has, in another case or Arabic spelling, is a conflict on the name field", async () => {
    await create({ name: "مشتریان ویژه" });
    await create({ name: "VIP" });
    for (const name of ["مشتريان ويژه", "مشتری\u200cان ویژه", " vip "]) {
      expect(await refusal(create({ name }))).toEqual({ code: "CONFLICT", fields: [{ path: "name", message: "errors.groups.nameTaken" }] });
    }
    expect(await groupCount()).toBe(2);
  });

  it("renaming onto another group's name is refused; a group may change the case of its own name", async () => {
    const { id } = await create({ name: "Colleague" });
    await create({ name: "همکار" });
    expect(await refusal(admin.groups.update({ id, ...form({ name: "همكار" }) }))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "name", message: "errors.groups.nameTaken" }],
    });
    await admin.groups.update({ id, ...form({ name: "COLLEAGUE", paymentPercent: "30" }) });
    expect((await admin.groups.forEdit({ id })).values).toMatchObject({ name: "COLLEAGUE", paymentPercent: "30" });
    expect(await lastAudit("group.update")).toMatchObject({
      targetId: id,
      changes: { name: { from: "Colleague", to: "COLLEAGUE" }, paymentPercent: { from: 50, to: 30 } },
    });
  });

  it("stores the minimum in the store currency's minor units; too many decimals for it is an error on that field", async () => {
    expect(await refusal(create({ minOrderAmount: "49.5" }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "minOrderAmount", message: "validation.moneyDecimals" }],
    });
    expect(await groupCount()).toBe(0);

    await setSetting(getDb(), STORE_KEYS.currency, "SAR");
    const { id } = await create({ minOrderAmount: "49.5" });
    expect((await allRows())[0]!.minOrderAmount).toBe(4950n);
    expect((await admin.groups.forEdit({ id })).values.minOrderAmount).toBe("49.50");
  });

  it("an unknown group cannot be edited", async () => {
    const ghost = "0196f3a0-0000-7000-8000-000000000009";
    expect(await refusal(admin.groups.update({ id: ghost, ...form() }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "id", message: "errors.notFound" }],
    });
  });
});

describe("the list", () => {
  it("pages by name without repeating or skipping, and counts members", async () => {
    for (const name of ["ب", "الف", "د", "ج", "ه"]) await create({ name });
    const c = await makeCustomer(getDb());
    const alef = (await allRows()).find((g) => g.name === "الف")!;
    await admin.groups.addMembers({ groupId: alef.id, customerIds: [c.customerId] });

    const seen: string[] = [];
    let cursor: { name: string; id: string } | null = null;
    do {
      const page: Awaited<ReturnType<typeof admin.groups.list>> = await admin.groups.list({ limit: 2, cursor });
      seen.push(...page.rows.map((g) => g.name));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(5);
    expect((await allRows()).find((g) => g.name === "الف")!.members).toBe(1);
  });

  it("counts customers awaiting approval, a status shown beside the groups", async () => {
    await makeCustomer(getDb(), { status: "PENDING" });
    await makeCustomer(getDb(), { status: "PENDING" });
    await makeCustomer(getDb());
    expect(await admin.groups.summary()).toEqual({ defaultGroup: null, pendingCount: 2, currency: "IRT" });
  });
});

describe("the default group for new customers (G-2)", () => {
  it("sign-up and the next-auth adapter put the new customer in it; the admin's form offers it ticked", async () => {
    const { id } = await create({ name: "عادی" });
    await admin.groups.setDefault({ groupId: id });

    const signedUp = await signUp(getDb(), { name: "سارا", username: "sara", mobile: "+989121234567", email: null, password: "sara-pass-1" });
    const adapted = await bashgahAdapter(getDb).createUser!({ id: "", name: "Ali", email: "ali@example.com", emailVerified: null });
    const adaptedCustomer = await getDb().customer.findUniqueOrThrow({ where: { userId: adapted.id } });
    expect(await groupsOf(signedUp.customerId)).toEqual(["عادی"]);
    expect(await groupsOf(adaptedCustomer.id)).toEqual(["عادی"]);

    // The admin's form starts with the default group ticked, and what the admin leaves ticked stands.
    expect((await admin.customers.options()).defaultGroupId).toBe(id);
    const kept = await admin.customers.create(customerInput({ groupIds: [id] }));
    const unticked = await admin.customers.create(customerInput({ groupIds: [] }));
    expect(await groupsOf(kept.id)).toEqual(["عادی"]);
    expect(await groupsOf(unticked.id)).toEqual([]);
    expect((await allRows())[0]).toMatchObject({ isDefault: true, members: 3 });
  });

  it("the admin's form may tick the default group too, with other groups: the customer is in each once", async () => {
    const { id } = await create({ name: "عادی" });
    const other = await create({ name: "ویژه" });
    await admin.groups.setDefault({ groupId: id });
    const made = await admin.customers.create(customerInput({ groupIds: [id, other.id] }));
    expect((await groupsOf(made.id)).sort()).toEqual(["عادی", "ویژه"].sort());
  });

  it("a customer awaiting approval joins it too; without a default nobody joins any group", async () => {
    const { id } = await create({ name: "عادی" });
    const before = await signUp(getDb(), { name: "پیش", username: "before", mobile: "+989121111111", email: null, password: "pass-pass-1" });
    expect(await groupsOf(before.customerId)).toEqual([]);
    await admin.groups.setDefault({ groupId: id });
    const pending = await makeCustomer(getDb(), { status: "PENDING" });
    expect(await groupsOf(pending.customerId)).toEqual(["عادی"]);
  });

  it("making a group the default and stopping it are audited; the summary names it", async () => {
    const a = await create({ name: "الف" });
    const b = await create({ name: "ب" });
    await admin.groups.setDefault({ groupId: a.id });
    await admin.groups.setDefault({ groupId: b.id });
    expect((await admin.groups.summary()).defaultGroup).toEqual({ id: b.id, name: "ب" });
    expect(await lastAudit("setting.defaultGroup")).toMatchObject({ actorName: adminName, changes: { defaultGroup: { from: "الف", to: "ب" } } });

    await admin.groups.setDefault({ groupId: null });
    expect((await admin.groups.summary()).defaultGroup).toBeNull();
    expect(await lastAudit("setting.defaultGroup")).toMatchObject({ changes: { defaultGroup: { from: "ب", to: null } } });
    expect(await groupsOf((await makeCustomer(getDb())).customerId)).toEqual([]);
  });

  it("deleting the default group clears the setting (audited); later customers join no group", async () => {
    const { id } = await create({ name: "عادی" });
    await admin.groups.setDefault({ groupId: id });
    await admin.groups.delete({ id });
    expect(await getDb().setting.findUnique({ where: { key: STORE_KEYS.defaultGroupId } })).toBeNull();
    expect(await lastAudit("setting.defaultGroup")).toMatchObject({ changes: { defaultGroup: { from: "عادی", to: null } } });
    const later = await signUp(getDb(), { name: "بعدی", username: "later", mobile: "+989122222222", email: null, password: "pass-pass-1" });
    expect(await groupsOf(later.customerId)).toEqual([]);
  });
});

describe("delete", () => {
  async function groupWithMembers() {
    const doomed = await create({ name: "قدیمی" });
    const target = await create({ name: "جدید" });
    const [a, b, c] = [await makeCustomer(getDb()), await makeCustomer(getDb()), await makeCustomer(getDb())];
    await admin.groups.addMembers({ groupId: doomed.id, customerIds: [a.customerId, b.customerId, c.customerId] });
    // b is in the target group already: after the move it is there once.
    await admin.groups.addMembers({ groupId: target.id, customerIds: [b.customerId] });
    // The group's rules, which go with it.
    const warehouse = await getDb().warehouse.create({ data: { code: "tehran-1", name: { fa: "تهران", ar: "", en: "" } } });
    await getDb().groupRestriction.create({ data: { groupId: doomed.id, target: "WAREHOUSE", targetId: warehouse.id } });
    await getDb().orderLimit.create({ data: { name: "سه در روز", groupId: doomed.id, maxItems: 3, windowHours: 24 } });
    return { doomed, target, a, b, c };
  }

  it("a group with members asks what to do with them, and deletes nothing until told", async () => {
    const { doomed } = await groupWithMembers();
    expect(await admin.groups.deletePreview({ id: doomed.id })).toMatchObject({ members: 3, restrictions: 1, orderLimits: 1, isDefault: false });
    expect(await refusal(admin.groups.delete({ id: doomed.id }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "members", message: "errors.groups.membersChoice" }],
    });
    expect(await refusal(admin.groups.delete({ id: doomed.id, members: "move" }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "moveToGroupId", message: "validation.pickGroup" }],
    });
    expect(await groupCount()).toBe(2);
    expect(await getDb().customerGroupMember.count({ where: { groupId: doomed.id } })).toBe(3);
  });

  it("moves the members to the chosen group, says how many, and takes restrictions and order limits with it", async () => {
    const { doomed, target, a, b, c } = await groupWithMembers();
    expect(await admin.groups.delete({ id: doomed.id, members: "move", moveToGroupId: target.id })).toEqual({
      moved: 3,
      removed: 0,
      movedTo: { id: target.id, name: "جدید" },
    });
    for (const m of [a, b, c]) expect(await groupsOf(m.customerId)).toEqual(["جدید"]);
    expect(await getDb().groupRestriction.count()).toBe(0);
    expect(await getDb().orderLimit.count()).toBe(0);
    expect(await lastAudit("group.delete")).toMatchObject({
      targetId: doomed.id,
      targetLabel: "قدیمی",
      changes: { members: { from: 3, to: 0 }, movedTo: { to: "جدید" }, restrictions: { from: 1 }, orderLimits: { from: 1 } },
    });
  });

  it("or only takes them out of the group: they stay customers, in their other groups", async () => {
    const { doomed, a, b } = await groupWithMembers();
    expect(await admin.groups.delete({ id: doomed.id, members: "remove" })).toEqual({ moved: 0, removed: 3, movedTo: null });
    expect(await groupsOf(a.customerId)).toEqual([]);
    expect(await groupsOf(b.customerId)).toEqual(["جدید"]);
    expect(await getDb().customer.count({ where: { deletedAt: null } })).toBe(3);
  });
});

describe("permissions", () => {
  it("staff with groups.read see groups and members but cannot change anything", async () => {
    const { id } = await create();
    const c = await makeCustomer(getDb());
    await admin.groups.addMembers({ groupId: id, customerIds: [c.customerId] });
    const reader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["groups.read"])).userId));

    expect((await reader.groups.list({})).rows.map((g) => g.name)).toEqual(["همکار"]);
    expect((await reader.groups.members({ groupId: id })).rows.map((m) => m.id)).toEqual([c.customerId]);
    // Without customers.read the members' mobile numbers stay hidden; with it they show.
    expect((await reader.groups.members({ groupId: id })).rows[0]!.mobile).toBeNull();
    expect((await admin.groups.members({ groupId: id })).rows[0]!.mobile).toMatch(/^\+98/);
    const other = await makeCustomer(getDb());
    const attempts = [
      () => reader.groups.create(form({ name: "دیگر" })),
      () => reader.groups.update({ id, ...form({ paymentPercent: "10" }) }),
      () => reader.groups.setDefault({ groupId: id }),
      () => reader.groups.addMembers({ groupId: id, customerIds: [other.customerId] }),
      () => reader.groups.removeMembers({ groupId: id, customerIds: [c.customerId] }),
      () => reader.groups.candidates({ groupId: id, q: "c_" }),
      () => reader.groups.delete({ id, members: "remove" }),
    ];
    for (const attempt of attempts) expect((await refusal(attempt())).code).toBe("FORBIDDEN");
    expect(await allRows()).toMatchObject([{ name: "همکار", paymentPercent: 50, members: 1, isDefault: false }]);
  });

  it("deleting needs groups.delete, not only groups.write", async () => {
    const { id } = await create();
    const writer = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["groups.read", "groups.write"])).userId));
    expect((await refusal(writer.groups.delete({ id }))).code).toBe("FORBIDDEN");
    expect(await groupCount()).toBe(1);
  });
});
