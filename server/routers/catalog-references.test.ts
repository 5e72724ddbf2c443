// Warehouses, shipping and payment methods, categories and brands through the procedures: codes,
// prices in the store's currency, refused deletes, restrictions removed with their option, audit.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import { listAudit } from "../services/audit";

const getDb = useTestDb();
let admin: ReturnType<typeof callerAs>;

const name = (fa: string, ar = "", en = "") => ({ fa, ar, en });
const warehouse = (code: string, over: object = {}) => ({ code, name: name("انبار"), active: true, position: "0", ...over });

beforeEach(async () => {
  await resetDb(getDb());
  admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
});

describe("codes", () => {
  it("are lower-cased, and a taken one is a conflict on the code field that writes nothing", async () => {
    await admin.warehouses.create(warehouse("Tehran-Central"));
    expect((await admin.warehouses.list()).map((w) => w.code)).toEqual(["tehran-central"]);
    expect(await refusal(admin.warehouses.create(warehouse("TEHRAN-central")))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "code", message: "errors.catalog.codeTaken" }],
    });
    expect(await getDb().warehouse.count()).toBe(1);
    expect(await getDb().auditLog.count({ where: { action: "warehouse.create" } })).toBe(1);
  });

  it("taking another item's code on edit is refused the same way and changes nothing", async () => {
    await admin.brands.create({ code: "dior", name: name("دیور") });
    const { id } = await admin.brands.create({ code: "chanel", name: name("شنل") });
    expect((await refusal(admin.brands.update({ id, code: "dior", name: name("شنل۲") }))).fields).toEqual([
      { path: "code", message: "errors.catalog.codeTaken" },
    ]);
    expect((await getDb().brand.findUniqueOrThrow({ where: { id } })).name).toEqual(name("شنل"));
  });

  it("must be a latin slug; the Persian name is required", async () => {
    expect((await refusal(admin.categories.create({ code: "عطر زنانه", name: name(" "), parentId: "", position: "x" }))).fields).toEqual([
      { path: "code", message: "validation.slugFormat" },
      { path: "name.fa", message: "validation.required" },
      { path: "position", message: "validation.wholeNumber" },
    ]);
  });
});

describe("warehouses, shipping and payment methods", () => {
  it("a shipping method's price is stored in minor units and audited as typed; decimals the toman lacks are refused", async () => {
    const { id } = await admin.shippingMethods.create({ code: "post", name: name("پست پیشتاز"), price: "۹۰٬۰۰۰", active: true, position: "1" });
    expect(await admin.shippingMethods.list()).toEqual({
      currency: "IRT",
      rows: [{ id, code: "post", name: name("پست پیشتاز"), price: 90_000n, active: true, position: 1 }],
    });
    expect((await listAudit(getDb(), { action: "shippingMethod.create", limit: 1 })).rows[0]!.changes).toMatchObject({ price: { from: null, to: "90000" } });
    expect(await refusal(admin.shippingMethods.update({ id, code: "post", name: name("پست"), price: "90000.5", active: true, position: "1" }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "price", message: "validation.moneyDecimals" }],
    });
    expect((await getDb().shippingMethod.findUniqueOrThrow({ where: { id } })).name).toEqual(name("پست پیشتاز"));
  });

  it("a payment method has one of the four kinds", async () => {
    const { id } = await admin.paymentMethods.create({ code: "cod", name: name("پرداخت در محل"), kind: "CASH_ON_DELIVERY", active: true, position: "0" });
    expect((await admin.paymentMethods.list())[0]).toMatchObject({ id, kind: "CASH_ON_DELIVERY" });
    expect((await refusal(admin.paymentMethods.create({ code: "gold", name: name("طلا"), kind: "GOLD" as never, active: true, position: "0" }))).fields).toEqual([
      { path: "kind", message: "validation.optionInvalid" },
    ]);
  });

  it("deleting one removes the groups' restrictions that name it, in the same transaction, and leaves others'", async () => {
    const group = await getDb().customerGroup.create({ data: { name: "همکار" } });
    const w = await admin.warehouses.create(warehouse("riyadh"));
    const s = await admin.shippingMethods.create({ code: "courier", name: name("پیک"), price: "150000", active: true, position: "0" });
    const p = await admin.paymentMethods.create({ code: "cod", name: name("در محل"), kind: "CASH_ON_DELIVERY", active: true, position: "0" });
    await getDb().groupRestriction.createMany({
      data: [
        { groupId: group.id, target: "WAREHOUSE", targetId: w.id },
        { groupId: group.id, target: "SHIPPING_METHOD", targetId: s.id },
        { groupId: group.id, target: "PAYMENT_METHOD", targetId: p.id },
      ],
    });
    await admin.warehouses.delete({ id: w.id });
    expect((await getDb().groupRestriction.findMany()).map((r) => r.target).sort()).toEqual(["PAYMENT_METHOD", "SHIPPING_METHOD"]);
    await admin.shippingMethods.delete({ id: s.id });
    await admin.paymentMethods.delete({ id: p.id });
    expect(await getDb().groupRestriction.count()).toBe(0);
    const [entry] = (await listAudit(getDb(), { action: "paymentMethod.delete", limit: 1 })).rows;
    expect(entry).toMatchObject({ targetLabel: "cod", changes: { restrictions: { from: 1, to: 0 } } });
  });

  it("the list follows the position, then the code", async () => {
    await admin.warehouses.create(warehouse("b", { position: "2" }));
    await admin.warehouses.create(warehouse("c", { position: "1" }));
    await admin.warehouses.create(warehouse("a", { position: "2" }));
    expect((await admin.warehouses.list()).map((w) => w.code)).toEqual(["c", "a", "b"]);
  });
});

describe("categories", () => {
  it("nest under a parent, but never under themselves or their own descendants", async () => {
    const perfume = await admin.categories.create({ code: "perfume", name: name("عطر"), parentId: "", position: "0" });
    const women = await admin.categories.create({ code: "women", name: name("زنانه"), parentId: perfume.id, position: "0" });
    expect((await admin.categories.list()).find((c) => c.id === perfume.id)).toMatchObject({ children: 1, products: 0 });
    expect((await refusal(admin.categories.update({ id: perfume.id, code: "perfume", name: name("عطر"), parentId: women.id, position: "0" }))).fields).toEqual([
      { path: "parentId", message: "errors.catalog.categoryLoop" },
    ]);
    expect((await refusal(admin.categories.update({ id: perfume.id, code: "perfume", name: name("عطر"), parentId: perfume.id, position: "0" }))).fields).toEqual([
      { path: "parentId", message: "errors.catalog.categoryLoop" },
    ]);
    expect((await getDb().productCategory.findUniqueOrThrow({ where: { id: perfume.id } })).parentId).toBeNull();
  });

  it("a category with sub-categories or products is not deleted; an empty one is, audited", async () => {
    const perfume = await admin.categories.create({ code: "perfume", name: name("عطر"), parentId: "", position: "0" });
    const women = await admin.categories.create({ code: "women", name: name("زنانه"), parentId: perfume.id, position: "0" });
    await getDb().product.createMany({ data: [1, 2].map((i) => ({ sku: `P${i}`, name: name("عطر"), price: 1n, categoryId: women.id })) });
    expect(await refusal(admin.categories.delete({ id: perfume.id }))).toEqual({ code: "CONFLICT", fields: [{ path: "id", message: "errors.catalog.categoryHasChildren" }] });
    expect((await refusal(admin.categories.delete({ id: women.id }))).fields).toEqual([{ path: "id", message: "errors.catalog.categoryHasProducts" }]);
    expect((await admin.categories.list()).find((c) => c.id === women.id)).toMatchObject({ products: 2 });
    await getDb().product.deleteMany();
    await admin.categories.delete({ id: women.id });
    await admin.categories.delete({ id: perfume.id });
    expect(await getDb().productCategory.count()).toBe(0);
    expect((await listAudit(getDb(), { action: "category.delete", limit: 5 })).rows.map((r) => r.targetLabel)).toEqual(["perfume", "women"]);
  });
});

describe("brands", () => {
  it("a brand that products carry, or that an order limit counts, is not deleted", async () => {
    const dior = await admin.brands.create({ code: "dior", name: name("دیور", "ديور", "Dior") });
    await getDb().product.createMany({ data: [1, 2, 3].map((i) => ({ sku: `D${i}`, name: name("ساواج"), price: 1n, brandId: dior.id })) });
    expect((await admin.brands.list())[0]).toMatchObject({ code: "dior", products: 3 });
    expect((await refusal(admin.brands.delete({ id: dior.id }))).fields).toEqual([{ path: "id", message: "errors.catalog.brandHasProducts" }]);
    await getDb().product.deleteMany();
    const group = await getDb().customerGroup.create({ data: { name: "همکار" } });
    await getDb().orderLimit.create({ data: { name: "برند", groupId: group.id, maxItems: 3, windowHours: 24, brandIds: [dior.id] } });
    expect((await refusal(admin.brands.delete({ id: dior.id }))).fields).toEqual([{ path: "id", message: "errors.catalog.inOrderLimit" }]);
    expect(await getDb().brand.count()).toBe(1);
  });

  it("edits are audited with the fields that changed", async () => {
    const { id } = await admin.brands.create({ code: "loreal", name: name("لورال") });
    await admin.brands.update({ id, code: "loreal", name: name("لورآل", "لوريال", "L'Oréal") });
    const [entry] = (await listAudit(getDb(), { action: "brand.update", limit: 1 })).rows;
    expect(entry!.changes).toEqual({ name: { from: name("لورال"), to: name("لورآل", "لوريال", "L'Oréal") } });
  });
});

describe("permissions", () => {
  it("catalog.read lists but does not write; nothing is written", async () => {
    const reader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["catalog.read"])).userId));
    await expect(reader.warehouses.list()).resolves.toEqual([]);
    await expect(reader.products.options()).resolves.toMatchObject({ currency: "IRT" });
    await expect(reader.brands.create({ code: "dior", name: name("دیور") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getDb().brand.count()).toBe(0);
  });
});
