// The first start on the embedded database: migrations, system roles and demo data, once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb, getPglite } from "./db";
import { prepareDatabase } from "./bootstrap";
import { authenticate } from "./services/sign-in";
import { permissionsOf } from "./services/roles";
import { ALL_ADMIN_PERMISSIONS } from "./permissions";

const dataDir = mkdtempSync(join(tmpdir(), "bashgah-embedded-"));

describe.skipIf(!!process.env.DATABASE_URL)("embedded start", () => {
  process.env.PGLITE_DATA_DIR = join(dataDir, "nested", "pglite"); // parent folders are made too
  delete (globalThis as { __bashgahDb?: unknown }).__bashgahDb;

  afterAll(async () => {
    await getPglite()?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("creates the demo admin, customers, groups and custom field on the first start only", async () => {
    await prepareDatabase();
    await prepareDatabase(); // a restart
    const users = await getDb().user.findMany({ select: { username: true, status: true }, orderBy: { username: "asc" } });
    expect(users).toEqual([
      { username: "admin", status: "ACTIVE" },
      { username: "ali.rezaei", status: "ACTIVE" },
      { username: "blocked", status: "BLOCKED" },
      { username: "customer", status: "ACTIVE" },
      { username: "fatemeh.k", status: "ACTIVE" },
      { username: "khaled.alotaibi", status: "ACTIVE" },
      { username: "maryam.h", status: "ACTIVE" },
      { username: "new.signup", status: "PENDING" },
      { username: "noura.alqahtani", status: "ACTIVE" },
    ]);
    const groups = await getDb().customerGroup.findMany({ select: { name: true, _count: { select: { members: true } } }, orderBy: { name: "asc" } });
    expect(groups).toEqual([
      { name: "مشتریان ویژه", _count: { members: 3 } },
      { name: "همکار", _count: { members: 2 } },
    ]);
    expect(await getDb().customField.count({ where: { showAtSignUp: true } })).toBe(1);
  });

  it("seeds the demo catalog of a perfume and cosmetics shop, with the codes other parts rely on", async () => {
    const codes = async (rows: Promise<{ code: string }[]>) => (await rows).map((r) => r.code);
    const byPosition = { orderBy: { position: "asc" as const }, select: { code: true } };
    expect(await codes(getDb().warehouse.findMany(byPosition))).toEqual(["tehran-central", "riyadh"]);
    expect(await getDb().shippingMethod.findMany({ orderBy: { position: "asc" }, select: { code: true, price: true } })).toEqual([
      { code: "post", price: 90_000n },
      { code: "courier", price: 150_000n },
      { code: "tipax", price: 120_000n },
    ]);
    expect(await getDb().paymentMethod.findMany({ orderBy: { position: "asc" }, select: { code: true, kind: true } })).toEqual([
      { code: "online", kind: "ONLINE" },
      { code: "bank-slip", kind: "BANK_SLIP" },
      { code: "cod", kind: "CASH_ON_DELIVERY" },
      { code: "wallet", kind: "WALLET" },
    ]);
    expect(await codes(getDb().productCategory.findMany(byPosition))).toEqual(["perfume", "cosmetics", "skincare"]);
    expect((await codes(getDb().brand.findMany({ select: { code: true } }))).sort()).toEqual(["chanel", "dior", "lancome", "loreal"]);
    const chanel = await getDb().product.findUniqueOrThrow({
      where: { sku: "CH-N5-100" },
      select: { price: true, pointValue: true, searchText: true, category: { select: { code: true } }, brand: { select: { code: true } }, stock: { select: { quantity: true } } },
    });
    expect(chanel).toMatchObject({ price: 12_500_000n, pointValue: 500n, category: { code: "perfume" }, brand: { code: "chanel" } });
    expect(chanel.searchText).toContain("chanel no. 5");
    expect(chanel.stock).toHaveLength(2);
    expect(await getDb().product.count()).toBeGreaterThanOrEqual(10);
    // Every product is in stock in both warehouses.
    expect(await getDb().productStock.count({ where: { quantity: { gt: 0 } } })).toBe((await getDb().product.count()) * 2);
  });

  it("seeds the seed 003 rules for the colleague group: no cash on delivery, at most 3 Chanel items in 24 hours", async () => {
    const colleague = await getDb().customerGroup.findUniqueOrThrow({ where: { name: "همکار" }, select: { id: true } });
    const off = await getDb().groupRestriction.findMany({ where: { groupId: colleague.id }, select: { target: true, targetId: true } });
    const cod = await getDb().paymentMethod.findUniqueOrThrow({ where: { code: "cod" }, select: { id: true } });
    expect(off).toEqual([{ target: "PAYMENT_METHOD", targetId: cod.id }]);
    const chanel = await getDb().brand.findUniqueOrThrow({ where: { code: "chanel" }, select: { id: true } });
    expect(await getDb().orderLimit.findMany({ select: { name: true, active: true, groupId: true, maxItems: true, windowHours: true, brandIds: true } })).toEqual([
      { name: "حداکثر ۳ عطر شنل در ۲۴ ساعت", active: true, groupId: colleague.id, maxItems: 3, windowHours: 24, brandIds: [chanel.id] },
    ]);
  });

  it("seeds seed 003's loyalty examples: ≥ 100,000 or ≥ 4 items → 3 points; 10 days, ≥ 250,000 → 20 %; the fixed settings", async () => {
    expect(await getDb().pointsRule.findMany({ select: { minOrderTotal: true, minItemCount: true, points: true, referrerPoints: true, active: true } })).toEqual([
      { minOrderTotal: 100_000n, minItemCount: 4, points: 300n, referrerPoints: 100n, active: true },
    ]);
    expect(await getDb().commissionRule.findMany({ select: { maxDaysSinceSignup: true, minOrderAmount: true, percentBp: true, active: true } })).toEqual([
      { maxDaysSinceSignup: 10, minOrderAmount: 250_000n, percentBp: 2000, active: true },
    ]);
    expect((await getDb().setting.findUniqueOrThrow({ where: { key: "loyalty.settings" } })).value).toEqual({
      productPoints: true,
      signUpGift: "50000",
      referrerSignUpPoints: "200",
      reviewPoints: "500",
    });
    // Referrals are opt-in per store: the demo opts its customer in with a role of its own, nobody else.
    const holders = async (permission: string) =>
      (await getDb().user.findMany({ where: { roles: { some: { role: { permissions: { some: { permission } } } } } }, select: { username: true } })).map((u) => u.username);
    expect(await holders("account.referrals")).toEqual(["customer"]);
  });

  it("lets the demo admin in with every admin permission, and the demo customer as a store customer", async () => {
    const admin = await authenticate(getDb(), "admin", "admin12345");
    expect(admin.ok).toBe(true);
    expect(await permissionsOf(getDb(), admin.ok ? admin.user.id : "")).toEqual(expect.arrayContaining(ALL_ADMIN_PERMISSIONS));
    const customer = await authenticate(getDb(), "customer", "customer12345");
    expect(customer.ok).toBe(true);
    expect(await authenticate(getDb(), "blocked", "blocked12345")).toEqual({ ok: false, code: "blocked" });
  });

  it("sets the default role to 'store customer'", async () => {
    const setting = await getDb().setting.findUniqueOrThrow({ where: { key: "auth.defaultRoleId" } });
    const role = await getDb().role.findUniqueOrThrow({ where: { id: setting.value as string } });
    expect(role.name).toBe("مشتری فروشگاه");
  });
});
