// Products through the procedures: field errors where the form shows them, price in the store's
// currency, stock written with the product in one transaction, search, keyset paging and deletes.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeCustomer, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import type { ProductInput } from "@/lib/schemas/catalog";
import { listAudit } from "../services/audit";

const getDb = useTestDb();
let admin: ReturnType<typeof callerAs>;
let tehran: string;
let riyadh: string;

const name = (fa: string, en = "") => ({ fa, ar: "", en });

beforeEach(async () => {
  await resetDb(getDb());
  admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
  tehran = (await admin.warehouses.create({ code: "tehran", name: name("تهران"), active: true, position: "1" })).id;
  riyadh = (await admin.warehouses.create({ code: "riyadh", name: name("ریاض"), active: true, position: "2" })).id;
});

/** The product form as a user fills it. */
const input = (over: Partial<ProductInput> = {}): ProductInput => ({
  sku: "CH-N5-100",
  name: { fa: "شنل شماره ۵", ar: "شانيل رقم ٥", en: "Chanel No. 5" },
  description: { fa: "", ar: "", en: "" },
  price: "12,500,000",
  pointValue: "5.0",
  categoryId: "",
  brandId: "",
  active: true,
  stock: [
    { warehouseId: tehran, quantity: "12" },
    { warehouseId: riyadh, quantity: "۳" },
  ],
  ...over,
});

const stockOf = async (productId: string) =>
  Object.fromEntries((await getDb().productStock.findMany({ where: { productId } })).map((s) => [s.warehouseId, s.quantity]));

describe("create and edit", () => {
  it("stores the SKU upper-cased, the price in minor units, points in hundredths, the stock of each warehouse, and audits it", async () => {
    const { id } = await admin.products.create(input({ sku: "ch-n5-100" }));
    const p = await getDb().product.findUniqueOrThrow({ where: { id } });
    expect(p).toMatchObject({ sku: "CH-N5-100", price: 12_500_000n, pointValue: 500n, active: true });
    expect(p.searchText).toBe("شنل شماره 5 شانیل رقم 5 chanel no. 5 ch-n5-100");
    expect(await stockOf(id)).toEqual({ [tehran]: 12, [riyadh]: 3 });
    const [entry] = (await listAudit(getDb(), { action: "product.create", limit: 5 })).rows;
    expect(entry).toMatchObject({ targetId: id, targetLabel: "CH-N5-100", changes: { price: { from: null, to: "12500000" }, pointValue: { to: "5" } } });
  });

  it("the edit form gets back what was saved, in major units, with a row for every warehouse", async () => {
    const { id } = await admin.products.create(input({ pointValue: "2.5", stock: [{ warehouseId: tehran, quantity: "4" }] }));
    expect((await admin.products.forEdit({ id })).values).toMatchObject({
      sku: "CH-N5-100",
      price: "12500000",
      pointValue: "2.5",
      stock: [
        { warehouseId: tehran, quantity: "4" },
        { warehouseId: riyadh, quantity: "0" },
      ],
    });
  });

  it("an update changes the fields and the stock and records only what changed", async () => {
    const { id } = await admin.products.create(input());
    await admin.products.update({ id, ...input({ price: "13000000", stock: [{ warehouseId: tehran, quantity: "0" }] }) });
    expect((await getDb().product.findUniqueOrThrow({ where: { id } })).price).toBe(13_000_000n);
    expect(await stockOf(id)).toEqual({ [tehran]: 0, [riyadh]: 3 });
    const [entry] = (await listAudit(getDb(), { action: "product.update", limit: 5 })).rows;
    expect(entry!.changes).toEqual({
      price: { from: "12500000", to: "13000000" },
      stock: { from: { [tehran]: 12, [riyadh]: 3 }, to: { [tehran]: 0, [riyadh]: 3 } },
    });
  });

  it("a taken SKU, in any case, is a conflict on the sku field and writes nothing", async () => {
    await admin.products.create(input());
    expect(await refusal(admin.products.create(input({ sku: "ch-n5-100", name: name("دیگری") })))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "sku", message: "errors.catalog.skuTaken" }],
    });
    expect(await getDb().product.count()).toBe(1);
    expect(await getDb().productStock.count()).toBe(2);
  });

  it("a price that is not a number, or has decimals the toman lacks, is refused on the price field", async () => {
    expect((await refusal(admin.products.create(input({ price: "ده هزار" })))).fields).toEqual([{ path: "price", message: "validation.moneyInvalid" }]);
    expect(await refusal(admin.products.create(input({ price: "12500.5" })))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "price", message: "validation.moneyDecimals" }],
    });
    expect(await getDb().product.count()).toBe(0);
  });

  it("bad points, SKU, name and stock are each refused on their own field", async () => {
    const { fields } = await refusal(
      admin.products.create(input({ sku: "شنل", pointValue: "1.234", name: name(""), stock: [{ warehouseId: tehran, quantity: "-1" }] })),
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: "sku", message: "validation.skuFormat" },
        { path: "name.fa", message: "validation.required" },
        { path: "pointValue", message: "validation.pointsInvalid" },
        { path: "stock.0.quantity", message: "validation.wholeNumber" },
      ]),
    );
  });

  it("a stock row for a warehouse that is gone fails the whole save: no product, no stock", async () => {
    const gone = (await admin.warehouses.create({ code: "gone", name: name("رفته"), active: true, position: "3" })).id;
    await admin.warehouses.delete({ id: gone });
    const bad = input({ stock: [{ warehouseId: tehran, quantity: "5" }, { warehouseId: gone, quantity: "1" }] });
    expect((await refusal(admin.products.create(bad))).fields).toEqual([{ path: "stock.1.warehouseId", message: "errors.notFound" }]);
    expect(await getDb().product.count()).toBe(0);
    expect(await getDb().productStock.count()).toBe(0);

    const { id } = await admin.products.create(input());
    await refusal(admin.products.update({ id, ...bad, price: "1", name: name("عوض‌شده") }));
    expect(await getDb().product.findUniqueOrThrow({ where: { id } })).toMatchObject({ price: 12_500_000n, name: { fa: "شنل شماره ۵" } });
    expect(await stockOf(id)).toEqual({ [tehran]: 12, [riyadh]: 3 });
  });

  it("the same warehouse twice in the stock is refused on the second row", async () => {
    const { fields } = await refusal(admin.products.create(input({ stock: [{ warehouseId: tehran, quantity: "1" }, { warehouseId: tehran, quantity: "2" }] })));
    expect(fields).toEqual([{ path: "stock.1.warehouseId", message: "validation.duplicate" }]);
  });

  it("in a fresh store switched to riyals, halalas are kept and a third decimal is refused on the price", async () => {
    await getDb().warehouse.deleteMany();
    await admin.storeSettings.update({ currency: "SAR" });
    const { id } = await admin.products.create(input({ price: "49.50", stock: [] }));
    expect((await getDb().product.findUniqueOrThrow({ where: { id } })).price).toBe(4950n);
    expect((await admin.products.forEdit({ id })).values.price).toBe("49.50");
    expect((await refusal(admin.products.create(input({ sku: "X-1", price: "49.505", stock: [] })))).fields).toEqual([
      { path: "price", message: "validation.moneyInvalid" },
    ]);
  });

  it("a category or brand that does not exist is refused on its field", async () => {
    const missing = "0190a5d2-0000-7000-8000-000000000000";
    expect((await refusal(admin.products.create(input({ categoryId: missing, brandId: missing })))).fields).toEqual([
      { path: "categoryId", message: "errors.notFound" },
      { path: "brandId", message: "errors.notFound" },
    ]);
  });
});

describe("the list", () => {
  it("finds a product however its name is spelled (Arabic ي/ك against Persian ی/ک) and by SKU", async () => {
    const { id } = await admin.products.create(input({ sku: "LC-IDOLE-50", name: name("عطر ایدل لانکوم", "Idole") }));
    await admin.products.create(input({ sku: "DI-SAU-100", name: name("ساواج دیور") }));
    const find = async (q: string) => (await admin.products.list({ filter: { q } })).rows.map((r) => r.id);
    expect(await find("ايدل")).toEqual([id]);
    expect(await find("لانكوم")).toEqual([id]);
    expect(await find("lc-idole")).toEqual([id]);
    expect(await find("IDOLE")).toEqual([id]);
    expect(await find("%")).toEqual([]);
  });

  it("takes % and _ in a search as letters", async () => {
    const underscore = (await admin.products.create(input({ sku: "AB_1", name: name("یک") }))).id;
    await admin.products.create(input({ sku: "ABX1", name: name("دو") }));
    expect((await admin.products.list({ filter: { q: "ab_1" } })).rows.map((r) => r.id)).toEqual([underscore]);
  });

  it("filters by category and brand", async () => {
    const perfume = (await admin.categories.create({ code: "perfume", name: name("عطر"), parentId: "", position: "0" })).id;
    const dior = (await admin.brands.create({ code: "dior", name: name("دیور") })).id;
    const a = (await admin.products.create(input({ sku: "A", categoryId: perfume, brandId: dior }))).id;
    const b = (await admin.products.create(input({ sku: "B", categoryId: perfume }))).id;
    await admin.products.create(input({ sku: "C" }));
    const ids = async (filter: object) => (await admin.products.list({ filter })).rows.map((r) => r.id).sort();
    expect(await ids({ category: perfume })).toEqual([a, b].sort());
    expect(await ids({ category: perfume, brand: dior })).toEqual([a]);
    const [row] = (await admin.products.list({ filter: { brand: dior } })).rows;
    expect(row).toMatchObject({ sku: "A", price: 12_500_000n, category: { name: { fa: "عطر" } }, brand: { name: { fa: "دیور" } }, ordered: false });
  });

  it("pages newest first by (createdAt, id), every product once, ties broken by id", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await admin.products.create(input({ sku: `P-${i}`, stock: [] }))).id);
    // Three products made in the same instant: the id decides their order.
    await getDb().product.updateMany({ where: { id: { in: ids.slice(2, 5) } }, data: { createdAt: new Date("2026-01-01T00:00:00Z") } });
    const seen: string[] = [];
    let cursor: { createdAt: Date; id: string } | null = null;
    do {
      const page: Awaited<ReturnType<typeof admin.products.list>> = await admin.products.list({ limit: 2, cursor });
      expect(page.rows.length).toBeLessThanOrEqual(2);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.next;
    } while (cursor);
    const all = await getDb().product.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(seen).toEqual(all.map((r) => r.id));
    expect(new Set(seen).size).toBe(7);
  });
});

describe("delete", () => {
  it("deletes an unordered product with its stock, audited", async () => {
    const { id } = await admin.products.create(input());
    await admin.products.delete({ id });
    expect(await getDb().product.count()).toBe(0);
    expect(await getDb().productStock.count()).toBe(0);
    expect((await listAudit(getDb(), { action: "product.delete", limit: 5 })).rows[0]).toMatchObject({ targetId: id, targetLabel: "CH-N5-100" });
  });

  it("refuses a product that has been ordered; deactivating it is the way out", async () => {
    const { id } = await admin.products.create(input());
    const { customerId } = await makeCustomer(getDb());
    await getDb().order.create({ data: { customerId, lines: { create: { productId: id, quantity: 1, unitPrice: 12_500_000n } } } });
    expect(await refusal(admin.products.delete({ id }))).toEqual({ code: "CONFLICT", fields: [{ path: "id", message: "errors.catalog.productOrdered" }] });
    expect((await admin.products.list({})).rows[0]).toMatchObject({ id, ordered: true });
    await admin.products.setActive({ id, active: false });
    expect((await getDb().product.findUniqueOrThrow({ where: { id } })).active).toBe(false);
    expect((await listAudit(getDb(), { action: "product.update", limit: 5 })).rows[0]!.changes).toEqual({ active: { from: true, to: false } });
  });

  it("refuses a product an order limit counts", async () => {
    const { id } = await admin.products.create(input());
    const group = await getDb().customerGroup.create({ data: { name: "همکار" } });
    await getDb().orderLimit.create({ data: { name: "سه در روز", groupId: group.id, maxItems: 3, windowHours: 24, productIds: [id] } });
    expect((await refusal(admin.products.delete({ id }))).fields).toEqual([{ path: "id", message: "errors.catalog.inOrderLimit" }]);
    expect(await getDb().product.count()).toBe(1);
  });
});
