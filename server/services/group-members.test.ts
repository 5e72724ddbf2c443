// "Manage users" (G-2): adding customers found by username, name or mobile, removing them, the
// members list with its search and keyset pages, and customers in several groups.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, sessionOf } from "@/test/factories";
import { makeAdmin, newCustomer } from "@/test/customers";
import type { Actor } from "./audit";
import { listAudit } from "./audit";

const getDb = useTestDb();
let admin: ReturnType<typeof callerAs>;
let actor: Actor;
let colleague: string;
let vip: string;

beforeEach(async () => {
  await resetDb(getDb());
  const staff = await makeAdmin(getDb());
  actor = staff.actor;
  admin = callerAs(getDb(), await sessionOf(getDb(), staff.userId));
  const group = (name: string) => admin.groups.create({ name, description: "", paymentPercent: "0", minOrderAmount: "0", showPrices: true });
  colleague = (await group("همکار")).id;
  vip = (await group("VIP")).id;
});

const customer = (username: string, name: string, mobile = "") => newCustomer(getDb(), actor, { username, name, mobile });
const memberNames = async (groupId: string, q?: string) => (await admin.groups.members({ groupId, q })).rows.map((m) => m.username);
const lastAudit = async (action: string) => (await listAudit(getDb(), { action, limit: 1 })).rows[0];

describe("add (G-2)", () => {
  it("the picker finds customers by username, name (any spelling) and mobile (any digits), marking members", async () => {
    const sara = await customer("sara", "سارا کریمی", "09121234567");
    await customer("ali", "علی رضایی", "09351112233");
    await admin.groups.addMembers({ groupId: colleague, customerIds: [sara.id] });
    const find = async (q: string) => (await admin.groups.candidates({ groupId: colleague, q })).map((c) => [c.username, c.isMember]);

    expect(await find("SARA")).toEqual([["sara", true]]);
    expect(await find("كريمي")).toEqual([["sara", true]]);
    expect(await find("۰۹۳۵۱۱۱")).toEqual([["ali", false]]);
    expect(await find("")).toEqual([]);
  });

  it("adds the chosen customers once, skips those already in, and audits who joined", async () => {
    const [a, b] = [await customer("amir", "امیر"), await customer("bahar", "بهار")];
    expect(await admin.groups.addMembers({ groupId: colleague, customerIds: [a.id] })).toEqual({ added: 1 });
    expect(await admin.groups.addMembers({ groupId: colleague, customerIds: [a.id, b.id] })).toEqual({ added: 1 });
    expect((await memberNames(colleague)).sort()).toEqual(["amir", "bahar"]);
    expect(await lastAudit("group.addMembers")).toMatchObject({
      targetType: "group",
      targetId: colleague,
      targetLabel: "همکار",
      changes: { members: { from: null, to: ["bahar"] } },
    });
  });

  it("a deleted customer is never added nor listed, not even found by the picker", async () => {
    const gone = await customer("gone", "رفته");
    const kept = await customer("kept", "مانده");
    await admin.groups.addMembers({ groupId: colleague, customerIds: [gone.id, kept.id] });
    await admin.customers.delete({ id: gone.id });

    expect(await memberNames(colleague)).toEqual(["kept"]);
    expect(await admin.groups.addMembers({ groupId: vip, customerIds: [gone.id] })).toEqual({ added: 0 });
    expect(await memberNames(vip)).toEqual([]);
    expect(await admin.groups.candidates({ groupId: vip, q: "رفته" })).toEqual([]);
    expect((await admin.groups.list({})).rows.find((g) => g.id === colleague)!.members).toBe(1);
  });

  it("an unknown group is refused on its field, with nothing written", async () => {
    const a = await customer("amir", "امیر");
    await expect(admin.groups.addMembers({ groupId: "0196f3a0-0000-7000-8000-000000000009", customerIds: [a.id] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "errors.notFound",
    });
    expect(await getDb().customerGroupMember.count()).toBe(0);
  });
});

describe("several groups", () => {
  it("a customer may be in several groups; the customer list and card show them all; leaving one keeps the other", async () => {
    const sara = await customer("sara", "سارا");
    await admin.groups.addMembers({ groupId: colleague, customerIds: [sara.id] });
    await admin.groups.addMembers({ groupId: vip, customerIds: [sara.id] });

    expect((await admin.customers.card({ id: sara.id })).groups.map((g) => g.name).sort()).toEqual(["VIP", "همکار"]);
    expect((await admin.customers.list({ filter: { group: vip } })).rows.map((r) => r.groups.map((g) => g.name).sort())).toEqual([["VIP", "همکار"]]);

    await admin.groups.removeMembers({ groupId: colleague, customerIds: [sara.id] });
    expect((await admin.customers.card({ id: sara.id })).groups.map((g) => g.name)).toEqual(["VIP"]);
  });
});

describe("the members list", () => {
  it("pages by keyset without repeating or skipping, with name, username, mobile and the date added", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await customer(`mem${i}`, `عضو ${i}`, `0912000000${i}`)).id);
    const before = new Date();
    await admin.groups.addMembers({ groupId: colleague, customerIds: ids });

    const seen: string[] = [];
    let cursor: { id: string } | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof admin.groups.members>> = await admin.groups.members({ groupId: colleague, limit: 2, cursor });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.next;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...ids].sort());

    const [first] = (await admin.groups.members({ groupId: colleague, q: "mem3" })).rows;
    expect(first).toMatchObject({ id: ids[3], name: "عضو 3", username: "mem3", mobile: "+989120000003" });
    expect(first!.addedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });

  it("searches within the members only, in any spelling and digits", async () => {
    const inGroup = await customer("reza", "رضا کاظمی", "09127654321");
    await customer("reza2", "رضا کاظمی", "09127654322");
    await admin.groups.addMembers({ groupId: colleague, customerIds: [inGroup.id] });

    expect(await memberNames(colleague, "كاظمي")).toEqual(["reza"]);
    expect(await memberNames(colleague, "۷۶۵۴۳۲۱")).toEqual(["reza"]);
    expect(await memberNames(colleague, "نیست")).toEqual([]);
  });
});

describe("remove", () => {
  it("removes one or the selected members, says how many, and audits who left", async () => {
    const [a, b, c] = [await customer("amir", "امیر"), await customer("bahar", "بهار"), await customer("cyrus", "کوروش")];
    await admin.groups.addMembers({ groupId: colleague, customerIds: [a.id, b.id, c.id] });

    expect(await admin.groups.removeMembers({ groupId: colleague, customerIds: [a.id, c.id] })).toEqual({ removed: 2 });
    expect(await memberNames(colleague)).toEqual(["bahar"]);
    expect(await lastAudit("group.removeMembers")).toMatchObject({ targetId: colleague, changes: { members: { from: ["amir", "cyrus"], to: null } } });
    // Still customers, and a second removal changes nothing.
    expect(await getDb().customer.count({ where: { id: { in: [a.id, c.id] }, deletedAt: null } })).toBe(2);
    expect(await admin.groups.removeMembers({ groupId: colleague, customerIds: [a.id] })).toEqual({ removed: 0 });
  });
});
