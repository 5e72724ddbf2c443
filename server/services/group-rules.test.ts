// The rules a customer's groups set, decided by group-rules.ts on a real database:
// how several groups combine, and how order limits count within their window.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { makeCustomer } from "@/test/factories";
import type { OrderStatus } from "../generated/prisma/client";
import { allowedCheckoutOptions, checkOrderLimits, checkoutRules, effectiveRules, groupNumbers } from "./group-rules";

const getDb = useTestDb();
const HOUR = 3_600_000;
const now = new Date("2026-11-30T12:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const name = (fa: string) => ({ fa, ar: fa, en: fa });

let seq = 0;
const code = (prefix: string) => `${prefix}-${++seq}`;

const group = (n: string, data: { paymentPercent?: number; minOrderAmount?: bigint; showPrices?: boolean } = {}) =>
  getDb().customerGroup.create({ data: { name: n, ...data }, select: { id: true, name: true } });

async function customerIn(...groupIds: string[]) {
  const { customerId } = await makeCustomer(getDb());
  await getDb().customerGroupMember.createMany({ data: groupIds.map((groupId) => ({ groupId, customerId })) });
  return customerId;
}

async function catalog() {
  const db = getDb();
  const perfume = await db.productCategory.create({ data: { code: code("perfume"), name: name("عطر") } });
  const skincare = await db.productCategory.create({ data: { code: code("skincare"), name: name("مراقبت پوست") } });
  const chanel = await db.brand.create({ data: { code: code("chanel"), name: name("شنل") } });
  const dior = await db.brand.create({ data: { code: code("dior"), name: name("دیور") } });
  const product = (sku: string, categoryId: string, brandId: string) =>
    db.product.create({ data: { sku: code(sku), name: name(sku), price: 1_000_000n, categoryId, brandId } });
  return {
    perfume,
    skincare,
    chanel,
    dior,
    no5: await product("chanel-no5", perfume.id, chanel.id), // perfume, Chanel
    sauvage: await product("dior-sauvage", perfume.id, dior.id), // perfume, Dior
    cream: await product("chanel-cream", skincare.id, chanel.id), // skincare, Chanel
    serum: await product("dior-serum", skincare.id, dior.id), // skincare, Dior
  };
}
type Catalog = Awaited<ReturnType<typeof catalog>>;

/** An order as checkout will record it: each line with the product's category and brand of that moment. */
async function order(customerId: string, placedAt: Date, lines: { product: { id: string; categoryId: string | null; brandId: string | null }; quantity: number }[], status: OrderStatus = "PAID") {
  return getDb().order.create({
    data: {
      customerId,
      status,
      placedAt,
      lines: {
        create: lines.map((l) => ({ productId: l.product.id, categoryId: l.product.categoryId, brandId: l.product.brandId, quantity: l.quantity, unitPrice: 1_000_000n })),
      },
    },
  });
}

const limit = (groupId: string, data: { maxItems: number; windowHours: number; productIds?: string[]; categoryIds?: string[]; brandIds?: string[]; active?: boolean; name?: string }) =>
  getDb().orderLimit.create({ data: { name: data.name ?? code("limit"), groupId, ...data } });

const check = (customerId: string, lines: { productId: string; quantity: number }[], at = now) =>
  checkOrderLimits(getDb(), { customerId, lines, now: at });

beforeEach(async () => {
  await resetDb(getDb());
});

describe("restrictions across groups (R-1)", () => {
  async function setUp() {
    const db = getDb();
    const tehran = await db.warehouse.create({ data: { code: "tehran", name: name("تهران"), position: 1 } });
    const jeddah = await db.warehouse.create({ data: { code: "jeddah", name: name("جده"), position: 2 } });
    const closed = await db.warehouse.create({ data: { code: "closed", name: name("بسته"), active: false } });
    const post = await db.shippingMethod.create({ data: { code: "post", name: name("پست") } });
    const online = await db.paymentMethod.create({ data: { code: "online", kind: "ONLINE", name: name("آنلاین"), position: 1 } });
    const cod = await db.paymentMethod.create({ data: { code: "cod", kind: "CASH_ON_DELIVERY", name: name("پرداخت در محل"), position: 2 } });
    const colleague = await group("همکار");
    const vip = await group("ویژه");
    const wholesale = await group("عمده");
    await db.groupRestriction.createMany({
      data: [
        { groupId: colleague.id, target: "PAYMENT_METHOD", targetId: cod.id },
        { groupId: wholesale.id, target: "PAYMENT_METHOD", targetId: cod.id },
        { groupId: wholesale.id, target: "WAREHOUSE", targetId: jeddah.id },
        // Switched off for VIPs although inactive anyway: it stays out for everyone.
        { groupId: vip.id, target: "WAREHOUSE", targetId: closed.id },
      ],
    });
    return { tehran, jeddah, closed, post, online, cod, colleague, vip, wholesale };
  }

  it("the stricter group wins: a colleague who is also VIP cannot pay cash on delivery", async () => {
    const s = await setUp();
    const both = await customerIn(s.colleague.id, s.vip.id);
    expect(await allowedCheckoutOptions(getDb(), both)).toEqual({
      warehouseIds: [s.tehran.id, s.jeddah.id],
      shippingMethodIds: [s.post.id],
      paymentMethodIds: [s.online.id],
    });
    const rules = await effectiveRules(getDb(), both, now);
    expect(rules.paymentMethods.map((m) => [m.code, m.kind, m.allowed, m.disabledBy.map((g) => g.name)])).toEqual([
      ["online", "ONLINE", true, []],
      ["cod", "CASH_ON_DELIVERY", false, ["همکار"]],
    ]);
  });

  it("names every group that switched an option off", async () => {
    const s = await setUp();
    const customer = await customerIn(s.colleague.id, s.wholesale.id);
    const rules = await effectiveRules(getDb(), customer, now);
    expect(rules.paymentMethods.find((m) => m.code === "cod")!.disabledBy.map((g) => g.name).sort()).toEqual(["عمده", "همکار"].sort());
    expect(rules.warehouses.map((w) => [w.code, w.allowed])).toEqual([["tehran", true], ["jeddah", false]]);
  });

  it("a group that switches nothing off leaves every active option on", async () => {
    const s = await setUp();
    const vipOnly = await customerIn(s.vip.id);
    expect(await allowedCheckoutOptions(getDb(), vipOnly)).toEqual({
      warehouseIds: [s.tehran.id, s.jeddah.id],
      shippingMethodIds: [s.post.id],
      paymentMethodIds: [s.online.id, s.cod.id],
    });
  });

  it("a customer in no group gets every active option, and an inactive option is offered to nobody", async () => {
    const s = await setUp();
    const nobody = await customerIn();
    const allowed = await allowedCheckoutOptions(getDb(), nobody);
    expect(allowed.paymentMethodIds).toEqual([s.online.id, s.cod.id]);
    expect(allowed.warehouseIds).toEqual([s.tehran.id, s.jeddah.id]);
    const rules = await effectiveRules(getDb(), nobody, now);
    expect(rules.groups).toEqual([]);
    expect(rules.warehouses.map((w) => w.code)).not.toContain("closed");
  });

  it("a group the customer has left no longer restricts them", async () => {
    const s = await setUp();
    const customer = await customerIn(s.colleague.id);
    expect((await allowedCheckoutOptions(getDb(), customer)).paymentMethodIds).toEqual([s.online.id]);
    await getDb().customerGroupMember.deleteMany({ where: { customerId: customer } });
    expect((await allowedCheckoutOptions(getDb(), customer)).paymentMethodIds).toEqual([s.online.id, s.cod.id]);
  });
});

describe("group numbers across groups (G-1, R-3)", () => {
  it("payment percent and minimum order are the highest of the groups; prices hidden if any group hides them", async () => {
    const colleague = await group("همکار", { paymentPercent: 50, minOrderAmount: 1_000_000n, showPrices: true });
    const wholesale = await group("عمده", { paymentPercent: 20, minOrderAmount: 25_000_000n, showPrices: false });
    const vip = await group("ویژه", { paymentPercent: 100, minOrderAmount: 0n });
    const customer = await customerIn(colleague.id, wholesale.id);
    expect(await groupNumbers(getDb(), customer)).toMatchObject({ paymentPercent: 50, minOrderAmount: 25_000_000n, showPrices: false });
    const all = await customerIn(colleague.id, wholesale.id, vip.id);
    expect(await groupNumbers(getDb(), all)).toMatchObject({ paymentPercent: 100, minOrderAmount: 25_000_000n, showPrices: false });
    const shown = await customerIn(colleague.id, vip.id);
    expect(await groupNumbers(getDb(), shown)).toMatchObject({ paymentPercent: 100, minOrderAmount: 1_000_000n, showPrices: true });
  });

  it("a customer in no group: 0 percent, no minimum, prices shown; the store's currency comes along", async () => {
    const nobody = await customerIn();
    const rules = await effectiveRules(getDb(), nobody, now);
    expect(rules).toMatchObject({ currency: "IRT", groups: [], paymentPercent: 0, minOrderAmount: 0n, showPrices: true, limits: [] });
    expect(typeof rules.minOrderAmount).toBe("bigint");
  });
});

describe("order limits (R-2)", () => {
  let c: Catalog;
  let colleague: { id: string; name: string };
  let customer: string;
  beforeEach(async () => {
    c = await catalog();
    colleague = await group("همکار");
    customer = await customerIn(colleague.id);
  });

  it("a cart within the limit passes; one item too many is refused with the numbers", async () => {
    const chanel = await limit(colleague.id, { name: "حداکثر ۳ عطر شنل", maxItems: 3, windowHours: 24, brandIds: [c.chanel.id] });
    expect(await check(customer, [{ productId: c.no5.id, quantity: 3 }])).toEqual([]);
    expect(await check(customer, [{ productId: c.no5.id, quantity: 2 }, { productId: c.cream.id, quantity: 2 }])).toEqual([
      { limitId: chanel.id, name: "حداکثر ۳ عطر شنل", maxItems: 3, windowHours: 24, used: 0, inCart: 4, remaining: 3, availableAgainAt: null },
    ]);
  });

  it("the window is half-open: an order placed exactly H hours ago no longer counts, one second later it does", async () => {
    await limit(colleague.id, { maxItems: 3, windowHours: 24, brandIds: [c.chanel.id] });
    await order(customer, ago(24 * HOUR), [{ product: c.no5, quantity: 2 }]);
    expect(await check(customer, [{ productId: c.no5.id, quantity: 3 }])).toEqual([]);
    await order(customer, ago(24 * HOUR - 1000), [{ product: c.no5, quantity: 2 }]);
    const [v] = await check(customer, [{ productId: c.no5.id, quantity: 2 }]);
    expect(v).toMatchObject({ used: 2, inCart: 2, remaining: 1 });
    // It leaves the window one second from now, and the cart fits then.
    expect(v!.availableAgainAt).toEqual(new Date(now.getTime() + 1000));
    expect(await check(customer, [{ productId: c.no5.id, quantity: 2 }], new Date(now.getTime() + 1000))).toEqual([]);
  });

  it("an order placed at this very moment counts; one dated after it does not", async () => {
    await limit(colleague.id, { maxItems: 1, windowHours: 1, productIds: [c.no5.id] });
    await order(customer, new Date(now.getTime() + 1000), [{ product: c.no5, quantity: 1 }]);
    expect(await check(customer, [{ productId: c.no5.id, quantity: 1 }])).toEqual([]);
    await order(customer, now, [{ product: c.no5, quantity: 1 }]);
    expect(await check(customer, [{ productId: c.no5.id, quantity: 1 }])).toMatchObject([{ used: 1, inCart: 1, remaining: 0 }]);
  });

  it("availableAgainAt is when the oldest counted order leaves the window", async () => {
    await limit(colleague.id, { maxItems: 3, windowHours: 24, categoryIds: [c.perfume.id] });
    await order(customer, ago(30 * HOUR), [{ product: c.no5, quantity: 5 }]); // outside: not the oldest counted
    await order(customer, ago(19 * HOUR), [{ product: c.sauvage, quantity: 1 }]);
    await order(customer, ago(2 * HOUR), [{ product: c.no5, quantity: 1 }]);
    const [v] = await check(customer, [{ productId: c.sauvage.id, quantity: 2 }]);
    expect(v).toMatchObject({ used: 2, inCart: 2, remaining: 1 });
    expect(v!.availableAgainAt).toEqual(new Date(now.getTime() + 5 * HOUR)); // "2 more now, more in 5 hours"
  });

  it("a limit by product counts that product only; by category the category's; by brand the brand's", async () => {
    const byProduct = await limit(colleague.id, { maxItems: 1, windowHours: 24, productIds: [c.no5.id] });
    const byCategory = await limit(colleague.id, { maxItems: 1, windowHours: 24, categoryIds: [c.skincare.id] });
    const byBrand = await limit(colleague.id, { maxItems: 1, windowHours: 24, brandIds: [c.dior.id] });
    await order(customer, ago(HOUR), [{ product: c.no5, quantity: 1 }]);
    const ids = async (productId: string) => (await check(customer, [{ productId, quantity: 1 }])).map((v) => v.limitId).sort();
    expect(await ids(c.no5.id)).toEqual([byProduct.id]); // Chanel perfume: only the product limit, used up
    expect(await ids(c.cream.id)).toEqual([]); // Chanel skincare: 1 of 1 allowed by the category limit
    expect(await ids(c.sauvage.id)).toEqual([]); // Dior perfume: 1 of 1 allowed by the brand limit
    await order(customer, ago(HOUR), [{ product: c.serum, quantity: 1 }]); // Dior skincare: category and brand
    expect(await ids(c.cream.id)).toEqual([byCategory.id]);
    expect(await ids(c.sauvage.id)).toEqual([byBrand.id]);
  });

  it("a limit on a category covers its sub-categories, however deep", async () => {
    const db = getDb();
    const womens = await db.productCategory.create({ data: { code: code("womens"), name: name("عطر زنانه"), parentId: c.perfume.id } });
    const floral = await db.productCategory.create({ data: { code: code("floral"), name: name("گلی"), parentId: womens.id } });
    const rose = await db.product.create({ data: { sku: code("rose"), name: name("rose"), price: 1_000_000n, categoryId: floral.id, brandId: c.dior.id } });
    await limit(colleague.id, { maxItems: 2, windowHours: 24, categoryIds: [c.perfume.id] });
    await order(customer, ago(HOUR), [{ product: rose, quantity: 1 }]);
    expect(await check(customer, [{ productId: rose.id, quantity: 2 }])).toMatchObject([{ used: 1, inCart: 2, remaining: 1 }]);
    expect(await check(customer, [{ productId: c.serum.id, quantity: 5 }])).toEqual([]); // skincare is not under perfume
  });

  it("a line matching the product, its category and its brand counts once", async () => {
    await limit(colleague.id, { maxItems: 3, windowHours: 24, productIds: [c.no5.id], categoryIds: [c.perfume.id], brandIds: [c.chanel.id] });
    await order(customer, ago(HOUR), [{ product: c.no5, quantity: 2 }]);
    expect(await check(customer, [{ productId: c.no5.id, quantity: 2 }])).toMatchObject([{ used: 2, inCart: 2, remaining: 1 }]);
    expect(await check(customer, [{ productId: c.no5.id, quantity: 1 }])).toEqual([]);
  });

  it("past lines count by the category and brand recorded at purchase; the cart by the product's current ones", async () => {
    await limit(colleague.id, { maxItems: 2, windowHours: 24, brandIds: [c.chanel.id] });
    await order(customer, ago(HOUR), [{ product: c.no5, quantity: 2 }]); // bought as Chanel
    await getDb().product.update({ where: { id: c.no5.id }, data: { brandId: c.dior.id } });
    expect(await check(customer, [{ productId: c.no5.id, quantity: 1 }])).toEqual([]); // now Dior: not limited
    expect(await check(customer, [{ productId: c.cream.id, quantity: 1 }])).toMatchObject([{ used: 2, inCart: 1, remaining: 0 }]);
  });

  it("ignores inactive limits, cancelled orders, other customers' orders and limits of groups the customer left", async () => {
    const inactive = await limit(colleague.id, { maxItems: 1, windowHours: 24, productIds: [c.no5.id], active: false });
    expect(await check(customer, [{ productId: c.no5.id, quantity: 5 }])).toEqual([]);
    await getDb().orderLimit.update({ where: { id: inactive.id }, data: { active: true, maxItems: 2 } });

    const other = await customerIn(colleague.id);
    await order(other, ago(HOUR), [{ product: c.no5, quantity: 9 }]);
    await order(customer, ago(HOUR), [{ product: c.no5, quantity: 9 }], "CANCELLED");
    await order(customer, ago(HOUR), [{ product: c.no5, quantity: 1 }], "PENDING_PAYMENT");
    expect(await check(customer, [{ productId: c.no5.id, quantity: 1 }])).toEqual([]);
    expect(await check(customer, [{ productId: c.no5.id, quantity: 2 }])).toMatchObject([{ limitId: inactive.id, used: 1, inCart: 2 }]);

    await getDb().customerGroupMember.deleteMany({ where: { customerId: customer } });
    expect(await check(customer, [{ productId: c.no5.id, quantity: 5 }])).toEqual([]);
  });

  it("an order cancelled, moved out of the window or handed to another customer after it was placed stops counting; restored, it counts again", async () => {
    const limited = await limit(colleague.id, { maxItems: 2, windowHours: 24, productIds: [c.no5.id] });
    const placed = await order(customer, ago(HOUR), [{ product: c.no5, quantity: 2 }]);
    const full = [{ limitId: limited.id, used: 2, inCart: 1 }];
    expect(await check(customer, [{ productId: c.no5.id, quantity: 1 }])).toMatchObject(full);

    await getDb().order.update({ where: { id: placed.id }, data: { status: "CANCELLED" } });
    expect(await check(customer, [{ productId: c.no5.id, quantity: 1 }])).toEqual([]);
    await getDb().order.update({ where: { id: placed.id }, data: { status: "PAID" } });
    expect(await check(customer, [{ productId: c.no5.id, quantity: 1 }])).toMatchObject(full);

    await getDb().order.update({ where: { id: placed.id }, data: { placedAt: ago(25 * HOUR) } });
    expect(await check(customer, [{ productId: c.no5.id, quantity: 1 }])).toEqual([]);
    await getDb().order.update({ where: { id: placed.id }, data: { placedAt: ago(HOUR) } });

    const other = await customerIn(colleague.id);
    await getDb().order.update({ where: { id: placed.id }, data: { customerId: other } });
    expect(await check(customer, [{ productId: c.no5.id, quantity: 1 }])).toEqual([]);
    expect(await check(other, [{ productId: c.no5.id, quantity: 1 }])).toMatchObject(full);
  });

  it("a limit of another group does not apply; each of the customer's groups' limits does", async () => {
    const vip = await group("ویژه");
    await limit(vip.id, { maxItems: 1, windowHours: 24, productIds: [c.no5.id] });
    expect(await check(customer, [{ productId: c.no5.id, quantity: 3 }])).toEqual([]);
    await getDb().customerGroupMember.create({ data: { groupId: vip.id, customerId: customer } });
    await limit(colleague.id, { maxItems: 2, windowHours: 24, brandIds: [c.chanel.id] });
    expect((await check(customer, [{ productId: c.no5.id, quantity: 3 }])).map((v) => v.maxItems).sort()).toEqual([1, 2]);
  });

  it("a limit already used up does not refuse a cart without its items", async () => {
    await limit(colleague.id, { maxItems: 1, windowHours: 24, brandIds: [c.chanel.id] });
    await order(customer, ago(HOUR), [{ product: c.no5, quantity: 3 }]);
    expect(await check(customer, [{ productId: c.sauvage.id, quantity: 4 }])).toEqual([]);
    expect(await check(customer, [{ productId: c.cream.id, quantity: 1 }])).toMatchObject([{ used: 3, remaining: 0 }]);
  });

  it("the customer card's rules show each active limit with its usage and items", async () => {
    const shown = await limit(colleague.id, { name: "حداکثر ۳ عطر شنل در ۲۴ ساعت", maxItems: 3, windowHours: 24, brandIds: [c.chanel.id], productIds: [c.serum.id] });
    await limit(colleague.id, { maxItems: 3, windowHours: 24, brandIds: [c.chanel.id], active: false });
    await order(customer, ago(3 * HOUR), [{ product: c.no5, quantity: 2 }, { product: c.sauvage, quantity: 4 }]);
    const rules = await effectiveRules(getDb(), customer, now);
    expect(rules.groups).toEqual([colleague]);
    expect(rules.limits).toEqual([
      {
        limitId: shown.id,
        name: "حداکثر ۳ عطر شنل در ۲۴ ساعت",
        group: colleague,
        maxItems: 3,
        windowHours: 24,
        used: 2,
        remaining: 1,
        availableAgainAt: new Date(now.getTime() + 21 * HOUR),
        items: { products: [{ id: c.serum.id, name: name("dior-serum") }], categories: [], brands: [{ id: c.chanel.id, name: name("شنل") }] },
      },
    ]);
  });

  it("checkout's rules in one go agree with each check on its own: numbers, allowed options, broken limits", async () => {
    const db = getDb();
    await db.customerGroup.update({ where: { id: colleague.id }, data: { paymentPercent: 50, minOrderAmount: 40_000_000n } });
    const vip = await group("VIP", { paymentPercent: 20, showPrices: false });
    await db.customerGroupMember.create({ data: { groupId: vip.id, customerId: customer } });
    const cod = await db.paymentMethod.create({ data: { code: code("cod"), kind: "CASH_ON_DELIVERY", name: name("در محل") } });
    await db.paymentMethod.create({ data: { code: code("online"), kind: "ONLINE", name: name("آنلاین") } });
    await db.groupRestriction.create({ data: { groupId: vip.id, target: "PAYMENT_METHOD", targetId: cod.id } });
    await limit(colleague.id, { name: "شنل", maxItems: 3, windowHours: 24, brandIds: [c.chanel.id] });
    await limit(vip.id, { name: "دیور", maxItems: 5, windowHours: 24, brandIds: [c.dior.id] });
    await order(customer, ago(2 * HOUR), [{ product: c.no5, quantity: 2 }]);
    const lines = [{ productId: c.no5.id, quantity: 2 }, { productId: c.sauvage.id, quantity: 1 }];

    const rules = await checkoutRules(db, { customerId: customer, lines, now });
    expect(rules).toEqual({
      numbers: await groupNumbers(db, customer),
      allowed: await allowedCheckoutOptions(db, customer),
      violations: await check(customer, lines),
    });
    expect(rules.numbers).toMatchObject({ paymentPercent: 50, minOrderAmount: 40_000_000n, showPrices: false });
    expect(rules.allowed.paymentMethodIds).not.toContain(cod.id);
    expect(rules.violations).toMatchObject([{ name: "شنل", used: 2, inCart: 2, remaining: 1 }]);
    // An empty cart breaks nothing, and the rest still comes back.
    expect((await checkoutRules(db, { customerId: customer, lines: [], now })).violations).toEqual([]);
  });

  it("is one query however many limits and cart lines while nothing is broken", async () => {
    const groups = [colleague, ...(await Promise.all(Array.from({ length: 9 }, (_, i) => group(`g${i}`))))];
    await getDb().customerGroupMember.createMany({ data: groups.slice(1).map((g) => ({ groupId: g.id, customerId: customer })), skipDuplicates: true });
    for (let i = 0; i < 100; i++) {
      await limit(groups[i % 10]!.id, { maxItems: 1000, windowHours: 1 + i, brandIds: [c.chanel.id], categoryIds: [c.perfume.id] });
    }
    await order(customer, ago(HOUR / 2), [{ product: c.no5, quantity: 1 }]);
    const lines = Array.from({ length: 20 }, (_, i) => ({ productId: [c.no5, c.sauvage, c.cream, c.serum][i % 4]!.id, quantity: 1 }));
    let queries = 0;
    const counting = getDb().$extends({ query: { $allOperations: ({ args, query }) => (queries++, query(args)) } });
    expect(await checkOrderLimits(counting as never, { customerId: customer, lines, now })).toEqual([]);
    expect(queries).toBe(1);
    expect((await checkoutRules(counting as never, { customerId: customer, lines, now })).violations).toEqual([]);
    expect(queries).toBe(2); // checkout's whole rules check, too
  });
});
