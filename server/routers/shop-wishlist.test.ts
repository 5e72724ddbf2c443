// The storefront and the wishlist through their procedures, on a real database (issue 6 points 1–2):
// prices never leave the server for a customer whose group hides them, stock only of the warehouses
// their groups allow, inactive products never shown or added, each customer only their own wishlist,
// moving a wish to the cart is all or nothing, and the admin's card list and most-wished report.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import { searchTextOf } from "@/lib/normalize";
import type { SessionUser } from "../trpc";

const getDb = useTestDb();
type Caller = ReturnType<typeof callerAs>;

const name = (fa: string, ar = fa, en = fa) => ({ fa, ar, en });
let seq = 0;

let plain: Caller; // no group: prices shown, every warehouse
let hidden: Caller; // a group that hides prices and switches the Riyadh warehouse off
let plainSession: SessionUser;
let hiddenId: string;
let admin: Caller;
let tehran: string;
let riyadh: string;
let cat: { perfume: string; women: string; floral: string; skincare: string };
let brand: { chanel: string; dior: string };
let p: { jasmine: string; cream: string; old: string; classic: string };

async function product(sku: string, n: { fa: string; ar: string; en: string }, data: { categoryId?: string; brandId?: string; active?: boolean; price?: bigint }) {
  const db = getDb();
  const created = await db.product.create({
    data: { sku, name: n, price: data.price ?? 1_000_000n, categoryId: data.categoryId, brandId: data.brandId, active: data.active ?? true, searchText: searchTextOf([n.fa, n.ar, n.en, sku]), createdAt: new Date(Date.UTC(2026, 0, 1) + ++seq * 1000) },
    select: { id: true },
  });
  return created.id;
}

async function customer(): Promise<{ caller: Caller; session: SessionUser; customerId: string }> {
  const { userId, customerId } = await makeCustomer(getDb());
  const session = await sessionOf(getDb(), userId);
  return { caller: callerAs(getDb(), session), session, customerId };
}

beforeEach(async () => {
  const db = getDb();
  await resetDb(db);
  admin = callerAs(db, await sessionOf(db, (await makeAdmin(db)).userId));
  tehran = (await db.warehouse.create({ data: { code: "tehran", name: name("تهران"), position: 1 } })).id;
  riyadh = (await db.warehouse.create({ data: { code: "riyadh", name: name("ریاض"), position: 2 } })).id;
  const perfume = (await db.productCategory.create({ data: { code: "perfume", name: name("عطر") } })).id;
  const women = (await db.productCategory.create({ data: { code: "women", name: name("عطر زنانه"), parentId: perfume } })).id;
  const floral = (await db.productCategory.create({ data: { code: "floral", name: name("گلی"), parentId: women } })).id;
  const skincare = (await db.productCategory.create({ data: { code: "skincare", name: name("مراقبت پوست") } })).id;
  cat = { perfume, women, floral, skincare };
  brand = {
    chanel: (await db.brand.create({ data: { code: "chanel", name: name("شنل") } })).id,
    dior: (await db.brand.create({ data: { code: "dior", name: name("دیور") } })).id,
  };
  p = {
    // Persian spelling in fa, Arabic in ar: a search in either finds it.
    jasmine: await product("JAS-1", { fa: "عطر یاسمن", ar: "عطر ياسمين", en: "Jasmine" }, { categoryId: floral, brandId: brand.chanel, price: 12_500_000n }),
    // Typed with Arabic kaf and yeh only.
    cream: await product("CRM-1", { fa: "كرم دست", ar: "كريم اليد", en: "Hand cream" }, { categoryId: skincare, brandId: brand.dior }),
    old: await product("OLD-1", name("عطر قدیمی"), { categoryId: perfume, brandId: brand.chanel, active: false }),
    classic: await product("CLS-1", name("عطر کلاسیک"), { categoryId: perfume, brandId: brand.dior }),
  };
  await db.productStock.createMany({
    data: [
      { productId: p.jasmine, warehouseId: tehran, quantity: 5 },
      { productId: p.jasmine, warehouseId: riyadh, quantity: 7 },
      { productId: p.cream, warehouseId: riyadh, quantity: 3 },
    ],
  });

  const a = await customer();
  plain = a.caller;
  plainSession = a.session;
  const b = await customer();
  hidden = b.caller;
  hiddenId = b.customerId;
  const group = await db.customerGroup.create({ data: { name: "همکار", showPrices: false }, select: { id: true } });
  await db.customerGroupMember.create({ data: { groupId: group.id, customerId: b.customerId } });
  await db.groupRestriction.create({ data: { groupId: group.id, target: "WAREHOUSE", targetId: riyadh } });
});

/** Every key anywhere in a response, and whether any bigint (an amount) is in it. */
function scan(value: unknown, keys = new Set<string>(), found = { bigint: false }) {
  if (typeof value === "bigint") found.bigint = true;
  else if (Array.isArray(value)) value.forEach((v) => scan(v, keys, found));
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      scan(v, keys, found);
    }
  }
  return { keys, ...found };
}
const expectNoPrice = (value: unknown) => {
  const { keys, bigint } = scan(value);
  expect(keys.has("price")).toBe(false);
  expect(bigint).toBe(false);
};

const skus = async (caller: Caller, filter: Record<string, string> = {}) => (await caller.shop.list({ filter })).rows.map((r) => r.sku);

describe("prices hidden by the customer's group (R-3)", () => {
  it("leave no price in any response of shop and wishlist: the field is absent", async () => {
    const options = await hidden.shop.options();
    expect(options.showPrices).toBe(false);
    expectNoPrice(options);
    expectNoPrice(await hidden.shop.list({}));
    expectNoPrice(await hidden.shop.list({ filter: { q: "عطر" }, limit: 1 }));
    expectNoPrice(await hidden.shop.product({ id: p.jasmine }));
    expectNoPrice(await hidden.shop.addToCart({ productId: p.jasmine }));
    expectNoPrice(await hidden.wishlist.add({ productId: p.jasmine }));
    expectNoPrice(await hidden.wishlist.add({ productId: p.cream }));
    const wishes = await hidden.wishlist.list({});
    expect(wishes.rows).toHaveLength(2);
    expect(wishes.showPrices).toBe(false);
    expectNoPrice(wishes);
    expectNoPrice(await hidden.wishlist.moveToCart({ productId: p.jasmine }));
    expectNoPrice(await hidden.wishlist.remove({ productId: p.cream }));
  });

  it("are shown to a customer whose groups show them, in minor units", async () => {
    expect((await plain.shop.options()).showPrices).toBe(true);
    const list = await plain.shop.list({ filter: { q: "یاسمن" } });
    expect(list.rows).toEqual([expect.objectContaining({ sku: "JAS-1", price: 12_500_000n })]);
    expect((await plain.shop.product({ id: p.jasmine })).price).toBe(12_500_000n);
    await plain.wishlist.add({ productId: p.jasmine });
    expect((await plain.wishlist.list({})).rows).toEqual([expect.objectContaining({ productId: p.jasmine, price: 12_500_000n, addedAt: expect.any(Date) })]);
  });

  it("staff see the price on the customer's card even when the customer's group hides it", async () => {
    await hidden.wishlist.add({ productId: p.jasmine });
    expect((await admin.wishlist.ofCustomer({ customerId: hiddenId })).rows).toEqual([
      expect.objectContaining({ productId: p.jasmine, sku: "JAS-1", price: 12_500_000n, active: true, addedAt: expect.any(Date) }),
    ]);
  });
});

describe("the storefront", () => {
  it("shows stock only of the warehouses the customer's groups allow", async () => {
    expect((await plain.shop.product({ id: p.jasmine })).stock).toEqual([
      expect.objectContaining({ warehouseId: tehran, quantity: 5 }),
      expect.objectContaining({ warehouseId: riyadh, quantity: 7 }),
    ]);
    expect((await hidden.shop.product({ id: p.jasmine })).stock).toEqual([expect.objectContaining({ warehouseId: tehran, quantity: 5 })]);
    const available = async (c: Caller) => Object.fromEntries((await c.shop.list({})).rows.map((r) => [r.sku, r.available]));
    expect(await available(plain)).toMatchObject({ "JAS-1": 12, "CRM-1": 3 });
    expect(await available(hidden)).toMatchObject({ "JAS-1": 5, "CRM-1": 0 });
  });

  it("never shows or adds an inactive product", async () => {
    expect(await skus(plain)).toEqual(["CLS-1", "CRM-1", "JAS-1"]);
    expect(await refusal(plain.shop.product({ id: p.old }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(plain.shop.addToCart({ productId: p.old }))).toEqual({ code: "BAD_REQUEST", fields: [{ path: "productId", message: "errors.notFound" }] });
    expect(await refusal(plain.wishlist.add({ productId: p.old }))).toEqual({ code: "BAD_REQUEST", fields: [{ path: "productId", message: "errors.notFound" }] });
    expect(await getDb().cartItem.count()).toBe(0);
    expect(await getDb().wishlistItem.count()).toBe(0);
    // A wish made before the product was switched off drops out of the customer's list (the card keeps it).
    await plain.wishlist.add({ productId: p.classic });
    await getDb().product.update({ where: { id: p.classic }, data: { active: false } });
    expect((await plain.wishlist.list({})).rows).toEqual([]);
    expect(await refusal(plain.wishlist.moveToCart({ productId: p.classic }))).toMatchObject({ code: "BAD_REQUEST" });
    expect(await getDb().wishlistItem.count()).toBe(1);
    expect((await admin.wishlist.ofCustomer({ customerId: plainSession.customerId! })).rows).toEqual([expect.objectContaining({ productId: p.classic, active: false })]);
  });

  it("search meets across Persian and Arabic spellings, and %/_ are letters", async () => {
    expect(await skus(plain, { q: "ياسمن" })).toEqual(["JAS-1"]); // Arabic yeh finds the Persian name
    expect(await skus(plain, { q: "عطر ياسمين" })).toEqual(["JAS-1"]);
    expect(await skus(plain, { q: "کرم" })).toEqual(["CRM-1"]); // Persian kaf finds the Arabic spelling
    expect(await skus(plain, { q: "crm-1" })).toEqual(["CRM-1"]);
    expect(await skus(plain, { q: "قدیمی" })).toEqual([]); // inactive
    expect(await skus(plain, { q: "%" })).toEqual([]);
  });

  it("a category filter includes its sub-categories however deep; brand filters combine", async () => {
    expect(await skus(plain, { category: cat.perfume })).toEqual(["CLS-1", "JAS-1"]);
    expect(await skus(plain, { category: cat.women })).toEqual(["JAS-1"]);
    expect(await skus(plain, { category: cat.skincare })).toEqual(["CRM-1"]);
    expect(await skus(plain, { category: cat.perfume, brand: brand.dior })).toEqual(["CLS-1"]);
    expect(await skus(plain, { brand: brand.chanel })).toEqual(["JAS-1"]);
    // A stale id in the URL is dropped, not an error.
    expect(await skus(plain, { category: "not-an-id" })).toHaveLength(3);
  });

  it("pages by keyset without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: { createdAt: Date; id: string } | null = null;
    do {
      const page: Awaited<ReturnType<Caller["shop"]["list"]>> = await plain.shop.list({ limit: 1, cursor });
      seen.push(...page.rows.map((r) => r.sku));
      cursor = page.next;
    } while (cursor);
    expect(seen).toEqual(["CLS-1", "CRM-1", "JAS-1"]);
  });

  it("add to cart adds one at a time up to 99, then refuses on the product", async () => {
    expect(await plain.shop.addToCart({ productId: p.jasmine })).toEqual({ quantity: 1 });
    expect(await plain.shop.addToCart({ productId: p.jasmine })).toEqual({ quantity: 2 });
    expect((await plain.shop.product({ id: p.jasmine })).inCart).toBe(2);
    await getDb().cartItem.update({ where: { customerId_productId: { customerId: plainSession.customerId!, productId: p.jasmine } }, data: { quantity: 98 } });
    expect(await plain.shop.addToCart({ productId: p.jasmine })).toEqual({ quantity: 99 });
    expect(await refusal(plain.shop.addToCart({ productId: p.jasmine }))).toEqual({ code: "BAD_REQUEST", fields: [{ path: "productId", message: "errors.shop.cartFull" }] });
    expect((await getDb().cartItem.findMany()).map((c) => c.quantity)).toEqual([99]);
  });
});

describe("the wishlist", () => {
  it("adds once (keeping the first date), marks the product, removes, newest first with keyset paging", async () => {
    await plain.wishlist.add({ productId: p.jasmine });
    const first = (await getDb().wishlistItem.findFirstOrThrow()).createdAt;
    await plain.wishlist.add({ productId: p.jasmine });
    expect(await getDb().wishlistItem.count()).toBe(1);
    expect((await getDb().wishlistItem.findFirstOrThrow()).createdAt).toEqual(first);
    expect((await plain.shop.product({ id: p.jasmine })).wished).toBe(true);
    expect((await plain.shop.list({})).rows.filter((r) => r.wished).map((r) => r.sku)).toEqual(["JAS-1"]);
    await plain.wishlist.add({ productId: p.cream });
    const page1 = await plain.wishlist.list({ limit: 1 });
    const page2 = await plain.wishlist.list({ limit: 1, cursor: page1.next });
    expect([...page1.rows, ...page2.rows].map((r) => r.sku)).toEqual(["CRM-1", "JAS-1"]);
    expect(page2.next).toBeNull();
    expect(await plain.wishlist.remove({ productId: p.jasmine })).toEqual({ wished: false });
    expect((await plain.wishlist.list({})).rows.map((r) => r.sku)).toEqual(["CRM-1"]);
  });

  it("a customer never reaches another's wishlist", async () => {
    await hidden.wishlist.add({ productId: p.jasmine });
    expect((await plain.wishlist.list({})).rows).toEqual([]);
    await plain.wishlist.remove({ productId: p.jasmine });
    expect(await refusal(plain.wishlist.moveToCart({ productId: p.jasmine }))).toEqual({ code: "BAD_REQUEST", fields: [{ path: "productId", message: "errors.notFound" }] });
    expect(await getDb().wishlistItem.count({ where: { customerId: hiddenId } })).toBe(1);
    expect(await getDb().cartItem.count()).toBe(0);
    expect((await plain.shop.product({ id: p.jasmine })).wished).toBe(false);
    // Customer procedures take no customer id.
    expect((await refusal(plain.wishlist.list({ customerId: hiddenId } as never))).code).toBe("BAD_REQUEST");
  });

  it("move to cart removes the wish and adds one to the cart in one transaction", async () => {
    await plain.wishlist.add({ productId: p.jasmine });
    await plain.shop.addToCart({ productId: p.jasmine });
    expect(await plain.wishlist.moveToCart({ productId: p.jasmine })).toEqual({ quantity: 2 });
    expect(await getDb().wishlistItem.count()).toBe(0);
    expect((await getDb().cartItem.findFirstOrThrow()).quantity).toBe(2);
  });

  it("a failed move writes nothing: a full cart keeps the wish and the cart as they were", async () => {
    await plain.wishlist.add({ productId: p.jasmine });
    await getDb().cartItem.create({ data: { customerId: plainSession.customerId!, productId: p.jasmine, quantity: 99 } });
    expect((await refusal(plain.wishlist.moveToCart({ productId: p.jasmine }))).fields).toEqual([{ path: "productId", message: "errors.shop.cartFull" }]);
    expect(await getDb().wishlistItem.count()).toBe(1);
    expect((await getDb().cartItem.findFirstOrThrow()).quantity).toBe(99);
  });
});

describe("the admin's wishlist views", () => {
  it("the card lists the customer's wishes newest first with price and date, keyset-paged", async () => {
    await plain.wishlist.add({ productId: p.jasmine });
    await plain.wishlist.add({ productId: p.cream });
    await hidden.wishlist.add({ productId: p.classic });
    const page1 = await admin.wishlist.ofCustomer({ customerId: plainSession.customerId!, limit: 1 });
    const page2 = await admin.wishlist.ofCustomer({ customerId: plainSession.customerId!, limit: 1, cursor: page1.next });
    expect(page1.currency).toBe("IRT");
    expect([...page1.rows, ...page2.rows]).toEqual([
      expect.objectContaining({ sku: "CRM-1", price: 1_000_000n }),
      expect.objectContaining({ sku: "JAS-1", price: 12_500_000n }),
    ]);
    expect(page2.next).toBeNull();
  });

  it("the report counts how many customers wish each product, most first, keyset-paged", async () => {
    const others = [await customer(), await customer()];
    for (const c of [plain, hidden, ...others.map((o) => o.caller)]) await c.wishlist.add({ productId: p.jasmine });
    for (const c of [plain, others[0]!.caller]) await c.wishlist.add({ productId: p.cream });
    await hidden.wishlist.add({ productId: p.classic });
    const all = await admin.wishlist.report({});
    expect(all.rows.map((r) => [r.sku, r.wishers])).toEqual([
      ["JAS-1", 4],
      ["CRM-1", 2],
      ["CLS-1", 1],
    ]);
    expect(all.rows[0]).toMatchObject({ name: { fa: "عطر یاسمن" }, price: 12_500_000n, active: true });
    const walked: string[] = [];
    let cursor: { wishers: number; productId: string } | null = null;
    do {
      const page: Awaited<ReturnType<Caller["wishlist"]["report"]>> = await admin.wishlist.report({ limit: 1, cursor });
      walked.push(...page.rows.map((r) => r.sku));
      cursor = page.next;
    } while (cursor);
    expect(walked).toEqual(["JAS-1", "CRM-1", "CLS-1"]);
  });

  it("permissions: the card needs customers.read, the report catalog.read; customers reach neither", async () => {
    const cardOnly = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["customers.read"])).userId));
    const catalogOnly = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["catalog.read"])).userId));
    const customerId = plainSession.customerId!;
    expect((await cardOnly.wishlist.ofCustomer({ customerId })).rows).toEqual([]);
    expect((await refusal(cardOnly.wishlist.report({}))).code).toBe("FORBIDDEN");
    expect((await catalogOnly.wishlist.report({})).rows).toEqual([]);
    expect((await refusal(catalogOnly.wishlist.ofCustomer({ customerId }))).code).toBe("FORBIDDEN");
    expect((await refusal(plain.wishlist.ofCustomer({ customerId }))).code).toBe("FORBIDDEN");
    expect((await refusal(plain.wishlist.report({}))).code).toBe("FORBIDDEN");
    // Staff have no customer record: no storefront, no wishlist of their own.
    expect((await refusal(cardOnly.shop.list({}))).code).toBe("FORBIDDEN");
    expect((await refusal(cardOnly.wishlist.list({}))).code).toBe("FORBIDDEN");
  });

  it("permissions: the storefront needs account.orders, the wishlist account.wishlist, moving to the cart both", async () => {
    const without = (perm: string) => callerAs(getDb(), { ...plainSession, permissions: plainSession.permissions.filter((x) => x !== perm) });
    const noOrders = without("account.orders");
    const noWishlist = without("account.wishlist");
    expect((await refusal(noOrders.shop.list({}))).code).toBe("FORBIDDEN");
    expect((await refusal(noOrders.shop.addToCart({ productId: p.jasmine }))).code).toBe("FORBIDDEN");
    await noOrders.wishlist.add({ productId: p.jasmine });
    expect((await refusal(noOrders.wishlist.moveToCart({ productId: p.jasmine }))).code).toBe("FORBIDDEN");
    expect(await getDb().wishlistItem.count()).toBe(1);
    expect((await refusal(noWishlist.wishlist.add({ productId: p.cream }))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(getDb(), null).shop.list({}))).code).toBe("UNAUTHORIZED");
  });
});
