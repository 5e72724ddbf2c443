// Order limits through the procedures (R-2, seed 003 محدودیت سفارش): create, edit, switch, delete
// and list them; errors on the field that caused them, nothing half-written, every change audited.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import type { OrderLimitInput } from "@/lib/schemas/order-limits";
import { normalizeText } from "@/lib/normalize";
import { listAudit } from "../services/audit";

const getDb = useTestDb();
const name = (fa: string, en = fa) => ({ fa, ar: fa, en });
let admin: ReturnType<typeof callerAs>;
let adminName: string;
let colleague: { id: string };
let chanel: { id: string };
let perfume: { id: string };
let no5: { id: string };

beforeEach(async () => {
  await resetDb(getDb());
  const staff = await makeAdmin(getDb());
  adminName = staff.username;
  admin = callerAs(getDb(), await sessionOf(getDb(), staff.userId));
  const db = getDb();
  colleague = await db.customerGroup.create({ data: { name: "همکار" } });
  chanel = await db.brand.create({ data: { code: "chanel", name: name("شنل", "Chanel") } });
  perfume = await db.productCategory.create({ data: { code: "perfume", name: name("عطر", "Perfume") } });
  no5 = await db.product.create({
    data: { sku: "CH-N5-100", name: name("عطر شنل شماره ۵", "Chanel No 5"), price: 9_000_000n, brandId: chanel.id, categoryId: perfume.id, searchText: normalizeText("عطر شنل شماره ۵ Chanel No 5 CH-N5-100") },
  });
});

/** The form as a user fills it: strings in the number fields. */
const input = (over: Partial<OrderLimitInput> = {}): OrderLimitInput => ({
  name: "حداکثر ۳ عطر شنل در ۲۴ ساعت",
  active: true,
  groupId: colleague.id,
  maxItems: "۳",
  windowHours: "24",
  productIds: [],
  categoryIds: [],
  brandIds: [chanel.id],
  ...over,
});

describe("create and edit", () => {
  it("creates a limit from the form's values (Persian digits too) and records it", async () => {
    const { id } = await admin.orderLimits.create(input());
    expect(await admin.orderLimits.get({ id })).toMatchObject({
      name: "حداکثر ۳ عطر شنل در ۲۴ ساعت",
      active: true,
      group: { id: colleague.id, name: "همکار" },
      maxItems: 3,
      windowHours: 24,
      brandIds: [chanel.id],
      products: [],
    });
    const [entry] = (await listAudit(getDb(), { action: "orderLimit.create", limit: 5 })).rows;
    expect(entry).toMatchObject({
      actorName: adminName,
      targetType: "orderLimit",
      targetId: id,
      targetLabel: "حداکثر ۳ عطر شنل در ۲۴ ساعت",
      changes: { group: { from: null, to: "همکار" }, maxItems: { from: null, to: 3 }, windowHours: { from: null, to: 24 }, brands: { from: null, to: ["chanel"] } },
    });
  });

  it("edits a limit and records only what changed; the products come back with their names", async () => {
    const { id } = await admin.orderLimits.create(input());
    await admin.orderLimits.update({ id, ...input({ maxItems: 5, productIds: [no5.id] }) });
    const limit = await admin.orderLimits.get({ id });
    expect(limit).toMatchObject({ maxItems: 5, productIds: [no5.id], products: [{ id: no5.id, sku: "CH-N5-100", name: name("عطر شنل شماره ۵", "Chanel No 5") }] });
    const [entry] = (await listAudit(getDb(), { action: "orderLimit.update", limit: 5 })).rows;
    expect(entry!.changes).toEqual({ maxItems: { from: 3, to: 5 }, products: { from: [], to: ["CH-N5-100"] } });
  });

  it("a limit without items is refused on the items field, and nothing is written", async () => {
    expect(await refusal(admin.orderLimits.create(input({ brandIds: [] })))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "items", message: "validation.limitItemsRequired" }],
    });
    expect(await getDb().orderLimit.count()).toBe(0);
  });

  it("at most 0 items, or a window of 0 hours or over a year, are refused on their fields", async () => {
    expect(await refusal(admin.orderLimits.create(input({ maxItems: "0", windowHours: 0 })))).toEqual({
      code: "BAD_REQUEST",
      fields: [
        { path: "maxItems", message: "validation.limitMaxItems" },
        { path: "windowHours", message: "validation.limitWindowHours" },
      ],
    });
    expect((await refusal(admin.orderLimits.create(input({ windowHours: "8761" })))).fields).toEqual([{ path: "windowHours", message: "validation.limitWindowHours" }]);
    expect((await refusal(admin.orderLimits.create(input({ maxItems: "2.5", name: " " })))).fields).toEqual([
      { path: "name", message: "validation.required" },
      { path: "maxItems", message: "validation.numberInvalid" },
    ]);
    expect((await refusal(admin.orderLimits.create(input({ groupId: "" })))).fields).toEqual([{ path: "groupId", message: "validation.pickGroup" }]);
    expect(await getDb().orderLimit.count()).toBe(0);
    expect(await admin.orderLimits.create(input({ maxItems: 1, windowHours: 8760 }))).toHaveProperty("id");
  });

  it("a group, product, category or brand that does not exist is refused on its field", async () => {
    const ghost = "0190a5e2-0000-7000-8000-000000000000";
    expect(await refusal(admin.orderLimits.create(input({ groupId: ghost, productIds: [no5.id, ghost], categoryIds: [ghost], brandIds: [chanel.id] })))).toEqual({
      code: "BAD_REQUEST",
      fields: [
        { path: "groupId", message: "errors.notFound" },
        { path: "productIds", message: "errors.notFound" },
        { path: "categoryIds", message: "errors.notFound" },
      ],
    });
    expect(await getDb().orderLimit.count()).toBe(0);
  });

  it("editing or deleting a limit that does not exist is not found", async () => {
    const ghost = "0190a5e2-0000-7000-8000-000000000000";
    expect((await refusal(admin.orderLimits.update({ id: ghost, ...input() }))).fields).toEqual([{ path: "id", message: "errors.notFound" }]);
    expect((await refusal(admin.orderLimits.delete({ id: ghost }))).fields).toEqual([{ path: "id", message: "errors.notFound" }]);
  });
});

describe("switch, delete, list", () => {
  it("switches a limit off and on, audited; deleting it is audited too", async () => {
    const { id } = await admin.orderLimits.create(input());
    await admin.orderLimits.setActive({ id, active: false });
    expect((await admin.orderLimits.get({ id })).active).toBe(false);
    const [off] = (await listAudit(getDb(), { action: "orderLimit.update", limit: 5 })).rows;
    expect(off!.changes).toEqual({ active: { from: true, to: false } });
    await admin.orderLimits.delete({ id });
    expect(await getDb().orderLimit.count()).toBe(0);
    const [deleted] = (await listAudit(getDb(), { action: "orderLimit.delete", limit: 5 })).rows;
    expect(deleted).toMatchObject({ targetId: id, targetLabel: "حداکثر ۳ عطر شنل در ۲۴ ساعت", changes: { name: { from: "حداکثر ۳ عطر شنل در ۲۴ ساعت", to: null }, brands: { from: ["chanel"], to: null } } });
  });

  it("lists newest first by keyset pages, filtered by group and by active", async () => {
    const vip = await getDb().customerGroup.create({ data: { name: "ویژه" } });
    for (let i = 0; i < 5; i++) {
      const { id } = await admin.orderLimits.create(input({ name: `limit ${i}`, groupId: i % 2 ? vip.id : colleague.id, active: i !== 4 }));
      // Distinct creation times, so the order does not hang on the clock's resolution.
      await getDb().orderLimit.update({ where: { id }, data: { createdAt: new Date(Date.UTC(2026, 0, 1 + i)) } });
    }
    const first = await admin.orderLimits.list({ limit: 2 });
    expect(first.rows.map((r) => r.name)).toEqual(["limit 4", "limit 3"]);
    const second = await admin.orderLimits.list({ limit: 2, cursor: first.next });
    expect(second.rows.map((r) => r.name)).toEqual(["limit 2", "limit 1"]);
    const third = await admin.orderLimits.list({ limit: 2, cursor: second.next });
    expect(third.rows.map((r) => r.name)).toEqual(["limit 0"]);
    expect(third.next).toBeNull();
    expect((await admin.orderLimits.list({ groupId: colleague.id })).rows.map((r) => r.name)).toEqual(["limit 4", "limit 2", "limit 0"]);
    expect((await admin.orderLimits.list({ groupId: colleague.id, active: true })).rows.map((r) => r.name)).toEqual(["limit 2", "limit 0"]);
    expect((await admin.orderLimits.list({ active: false })).rows.map((r) => [r.name, r.group.name])).toEqual([["limit 4", "همکار"]]);
  });

  it("the form's options and the product picker: groups, categories, brands; products by name or SKU in any script", async () => {
    const options = await admin.orderLimits.options();
    expect(options.groups.map((g) => g.name)).toEqual(["همکار"]);
    expect(options.brands).toEqual([{ id: chanel.id, code: "chanel", name: name("شنل", "Chanel") }]);
    expect(options.categories.map((c) => c.code)).toEqual(["perfume"]);
    expect((await admin.orderLimits.products({ q: "شنل" })).map((p) => p.sku)).toEqual(["CH-N5-100"]);
    expect((await admin.orderLimits.products({ q: "ch-n5" })).map((p) => p.sku)).toEqual(["CH-N5-100"]);
    expect((await admin.orderLimits.products({ q: "۵" })).map((p) => p.sku)).toEqual(["CH-N5-100"]);
    expect(await admin.orderLimits.products({ q: "dior" })).toEqual([]);
  });
});

describe("permissions", () => {
  it("staff with orderLimits.read see limits but cannot create, edit, switch or delete them", async () => {
    const { id } = await admin.orderLimits.create(input());
    const reader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["orderLimits.read"])).userId));
    expect((await reader.orderLimits.list({})).rows).toHaveLength(1);
    await expect(reader.orderLimits.create(input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reader.orderLimits.update({ id, ...input({ maxItems: 9 }) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reader.orderLimits.setActive({ id, active: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reader.orderLimits.delete({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getDb().orderLimit.findUniqueOrThrow({ where: { id } })).toMatchObject({ maxItems: 3, active: true });
  });
});
