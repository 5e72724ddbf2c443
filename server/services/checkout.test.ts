// Cart, checkout under the group rules, payments (issue 6, R-1 … R-3), through the routers as a
// customer calls them, on a real database: every rule, their combinations, price hiding in every
// response, and a customer never reaching another's cart, address, order or payment.
import { beforeEach, describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, sessionOf } from "@/test/factories";
import { refusal } from "@/test/customers";
import type { UserStatus } from "../generated/prisma/client";
import fa from "@/messages/fa.json";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { minimumPayNow, resolvePayNow } from "@/lib/checkout-pricing";

const getDb = useTestDb();
const name = (fa: string) => ({ fa, ar: fa, en: fa });
const HOUR = 3_600_000;

type Caller = ReturnType<typeof callerAs>;
interface Shopper {
  customerId: string;
  api: Caller;
  addressId: string;
}

async function store() {
  const db = getDb();
  const tehran = await db.warehouse.create({ data: { code: "tehran", name: name("تهران"), position: 1 } });
  const mashhad = await db.warehouse.create({ data: { code: "mashhad", name: name("مشهد"), position: 2 } });
  await db.warehouse.create({ data: { code: "closed", name: name("بسته"), active: false, position: 3 } });
  const post = await db.shippingMethod.create({ data: { code: "post", name: name("پست"), price: 50_000n } });
  const online = await db.paymentMethod.create({ data: { code: "online", kind: "ONLINE", name: name("آنلاین"), position: 1 } });
  const slip = await db.paymentMethod.create({ data: { code: "slip", kind: "BANK_SLIP", name: name("فیش بانکی"), position: 2 } });
  const cod = await db.paymentMethod.create({ data: { code: "cod", kind: "CASH_ON_DELIVERY", name: name("پرداخت در محل"), position: 3 } });
  const wallet = await db.paymentMethod.create({ data: { code: "wallet", kind: "WALLET", name: name("کیف پول"), position: 4 } });
  const perfume = await db.productCategory.create({ data: { code: "perfume", name: name("عطر") } });
  const chanel = await db.brand.create({ data: { code: "chanel", name: name("شنل") } });
  const dior = await db.brand.create({ data: { code: "dior", name: name("دیور") } });
  const product = async (sku: string, price: bigint, brandId: string, stock: number, active = true) => {
    const p = await db.product.create({ data: { sku, name: { fa: `عطر ${sku}`, ar: `عطر ${sku}`, en: `Perfume ${sku}` }, price, pointValue: 250n, categoryId: perfume.id, brandId, active } });
    await db.productStock.createMany({ data: [{ productId: p.id, warehouseId: tehran.id, quantity: stock }, { productId: p.id, warehouseId: mashhad.id, quantity: 1 }] });
    return p;
  };
  const no5 = await product("no5", 1_000_001n, chanel.id, 10);
  const sauvage = await product("sauvage", 800_000n, dior.id, 10);
  const retired = await product("retired", 500_000n, dior.id, 10, false);
  // The seed's colleague group: pays at least 50 %, no cash on delivery, 3 Chanel items per 24 h.
  const colleague = await db.customerGroup.create({ data: { name: "همکار", paymentPercent: 50 } });
  await db.groupRestriction.create({ data: { groupId: colleague.id, target: "PAYMENT_METHOD", targetId: cod.id } });
  await db.orderLimit.create({ data: { name: "شنل ۳ در ۲۴", groupId: colleague.id, maxItems: 3, windowHours: 24, brandIds: [chanel.id] } });
  const hidden = await db.customerGroup.create({ data: { name: "بی‌قیمت", showPrices: false, minOrderAmount: 5_000_000n } });
  const minimum = await db.customerGroup.create({ data: { name: "حداقل", minOrderAmount: 2_000_000n } });
  return { tehran, mashhad, post, online, slip, cod, wallet, no5, sauvage, retired, colleague, hidden, minimum };
}
type Store = Awaited<ReturnType<typeof store>>;
let s: Store;

async function shopper(groupIds: string[] = [], status?: UserStatus): Promise<Shopper> {
  const db = getDb();
  const { userId, customerId } = await makeCustomer(db, { status });
  if (groupIds.length) await db.customerGroupMember.createMany({ data: groupIds.map((groupId) => ({ groupId, customerId })) });
  const address = await db.address.create({
    data: { customerId, title: "خانه", recipientName: "سارا", mobile: "+989121234567", city: "تهران", street: "آزادی", postalCode: "1234567890" },
  });
  // An inactive customer still has a session in these tests: checkout must refuse on its own.
  const session = await sessionOf(db, userId);
  return { customerId, api: callerAs(db, { ...session, permissions: [...new Set([...session.permissions, "account.orders"])] }), addressId: address.id };
}

const fill = async (who: Shopper, lines: [{ id: string }, number][]) => {
  for (const [p, quantity] of lines) await who.api.cart.set({ productId: p.id, quantity });
};
const place = (who: Shopper, over: Record<string, unknown> = {}) =>
  who.api.checkout.place({ addressId: who.addressId, warehouseId: s.tehran.id, shippingMethodId: s.post.id, paymentMethodId: s.online.id, ...over });
const stockOf = async (productId: string, warehouseId = s.tehran.id) =>
  (await getDb().productStock.findUniqueOrThrow({ where: { productId_warehouseId: { productId, warehouseId } } })).quantity;
const customerRow = (id: string) => getDb().customer.findUniqueOrThrow({ where: { id }, select: { orderCount: true } });

beforeEach(async () => {
  await resetDb(getDb());
  s = await store();
});

describe("pay-now arithmetic (BigInt minor units)", () => {
  it("rounds the group's share up", () => {
    expect(minimumPayNow(2_050_001n, 50)).toBe(1_025_001n);
    expect(minimumPayNow(2_050_000n, 50)).toBe(1_025_000n);
    expect(minimumPayNow(3n, 33)).toBe(1n);
    expect(minimumPayNow(10n ** 20n, 100)).toBe(10n ** 20n);
  });
  it("defaults to the share, the whole without one, nothing for cash on delivery", () => {
    expect(resolvePayNow("ONLINE", 1000n, 50, undefined)).toEqual({ ok: true, payNow: 500n, due: 500n });
    expect(resolvePayNow("BANK_SLIP", 1000n, 0, undefined)).toEqual({ ok: true, payNow: 1000n, due: 0n });
    expect(resolvePayNow("CASH_ON_DELIVERY", 1000n, 50, 700n)).toEqual({ ok: true, payNow: 0n, due: 1000n });
    expect(resolvePayNow("ONLINE", 1000n, 50, 499n)).toEqual({ ok: false, minimum: 500n, maximum: 1000n });
    expect(resolvePayNow("ONLINE", 1000n, 50, 1001n)).toEqual({ ok: false, minimum: 500n, maximum: 1000n });
    expect(resolvePayNow("ONLINE", 1000n, 0, 0n)).toEqual({ ok: false, minimum: 1n, maximum: 1000n });
  });
});

describe("the cart", () => {
  it("sets, changes, removes and clears lines with prices and totals", async () => {
    const me = await shopper();
    await fill(me, [[s.no5, 2], [s.sauvage, 1]]);
    let cart = await me.api.cart.get();
    expect(cart).toMatchObject({ showPrices: true, currency: "IRT", itemCount: 3, subtotal: 2_800_002n });
    expect(cart.lines).toEqual([
      { productId: s.no5.id, sku: "no5", name: expect.objectContaining({ en: "Perfume no5" }), quantity: 2, unitPrice: 1_000_001n, lineTotal: 2_000_002n },
      { productId: s.sauvage.id, sku: "sauvage", name: expect.any(Object), quantity: 1, unitPrice: 800_000n, lineTotal: 800_000n },
    ]);
    cart = await me.api.cart.set({ productId: s.no5.id, quantity: 5 });
    expect(cart.lines[0]!.quantity).toBe(5);
    cart = await me.api.cart.set({ productId: s.no5.id, quantity: 0 });
    expect(cart.lines.map((l) => l.sku)).toEqual(["sauvage"]);
    cart = await me.api.cart.remove({ productId: s.sauvage.id });
    expect(cart.lines).toEqual([]);
    await fill(me, [[s.no5, 1]]);
    expect((await me.api.cart.clear()).lines).toEqual([]);
  });

  it("takes 1–99 whole items, and only active products", async () => {
    const me = await shopper();
    expect((await refusal(me.api.cart.set({ productId: s.no5.id, quantity: 100 }))).fields).toEqual([{ path: "quantity", message: "validation.cartQuantityRange" }]);
    expect((await refusal(me.api.cart.set({ productId: s.no5.id, quantity: 1.5 }))).fields).toEqual([{ path: "quantity", message: "validation.wholeNumber" }]);
    expect((await refusal(me.api.cart.set({ productId: s.retired.id, quantity: 1 }))).fields).toEqual([{ path: "productId", message: "errors.cart.productUnavailable" }]);
    // A product retired while in the cart leaves it (and never reaches an order).
    await fill(me, [[s.sauvage, 1]]);
    await getDb().product.update({ where: { id: s.sauvage.id }, data: { active: false } });
    expect((await me.api.cart.get()).lines).toEqual([]);
  });

  it("is the customer's own", async () => {
    const [me, them] = [await shopper(), await shopper()];
    await fill(me, [[s.no5, 2]]);
    expect((await them.api.cart.get()).lines).toEqual([]);
    await them.api.cart.clear();
    await them.api.cart.remove({ productId: s.no5.id });
    expect((await me.api.cart.get()).itemCount).toBe(2);
  });
});

describe("prices hidden by a group: absent from every response", () => {
  const noAmounts = (value: unknown) => {
    const json = JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? `${v}n` : v));
    for (const key of ["unitPrice", "lineTotal", "subtotal", "price", "total", "payNow", "due", "dueAmount", "paidAmount", "shippingCost", "minOrderAmount", "amounts"]) {
      expect(json, key).not.toContain(`"${key}"`);
    }
    expect(json).not.toMatch(/\d{4,}n/); // no bigint amount at all
  };

  it("cart, options, refusals, the placed order and the order view", async () => {
    const me = await shopper([s.hidden.id]);
    await fill(me, [[s.no5, 1]]);
    noAmounts(await me.api.cart.get());
    noAmounts(await me.api.cart.set({ productId: s.no5.id, quantity: 2 }));
    noAmounts(await me.api.checkout.options());
    // Below the hidden group's minimum: refused without the amounts.
    const below = await refusal(place(me));
    expect(below.fields).toEqual([{ path: "cart", message: "errors.checkout.belowMinimumHidden" }]);
    noAmounts(below.fields);
    await fill(me, [[s.no5, 5]]);
    const tooMuch = await refusal(place(me, { payNow: "99999999999" }));
    expect(tooMuch.fields).toEqual([{ path: "payNow", message: "errors.checkout.payNowHidden" }]);
    const placed = await place(me);
    noAmounts(placed);
    expect(placed).toEqual({ orderId: expect.any(String), number: expect.any(Number), paymentId: expect.any(String) });
    noAmounts(await me.api.checkout.order({ orderId: placed.orderId }));
    noAmounts(await me.api.cart.clear());
  });
});

describe("checkout options", () => {
  it("offer only what the groups allow and what is active", async () => {
    const colleague = await shopper([s.colleague.id]);
    await fill(colleague, [[s.no5, 2]]);
    const o = await colleague.api.checkout.options();
    expect(o.paymentMethods.map((m) => m.code)).toEqual(["online", "slip", "wallet"]);
    expect(o.shippingMethods).toEqual([expect.objectContaining({ code: "post", price: 50_000n })]);
    expect(o.warehouses.map((w) => [w.code, w.enoughStock])).toEqual([["tehran", true], ["mashhad", false]]);
    expect(o.warehouses[1]!.shortProducts).toEqual([{ productId: s.no5.id, name: expect.objectContaining({ en: "Perfume no5" }) }]);
    expect(o).toMatchObject({ paymentPercent: 50, subtotal: 2_000_002n, minOrderAmount: 0n, addresses: [expect.objectContaining({ id: colleague.addressId })], defaultAddressId: null });
    const plain = await shopper();
    expect((await plain.api.checkout.options()).paymentMethods.map((m) => m.code)).toEqual(["online", "slip", "cod", "wallet"]);
  });
});

describe("placing an order", () => {
  it("the colleague pays 50 % now (rounded up), the rest is due; everything is recorded at once", async () => {
    const me = await shopper([s.colleague.id]);
    await fill(me, [[s.no5, 1], [s.sauvage, 1]]);
    const placed = await place(me);
    const total = 1_000_001n + 800_000n + 50_000n;
    expect(placed).toMatchObject({ total, payNow: 925_001n, due: total - 925_001n, paymentId: expect.any(String) });
    const order = await getDb().order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { lines: { orderBy: { sku: "asc" } }, payments: true } });
    expect(order).toMatchObject({
      customerId: me.customerId,
      status: "PENDING_PAYMENT",
      paymentKind: "ONLINE",
      warehouseId: s.tehran.id,
      subtotal: 1_800_001n,
      shippingCost: 50_000n,
      total,
      payNow: 925_001n,
      paidAmount: 0n,
      dueAmount: total,
      shippingAddress: expect.objectContaining({ id: me.addressId, title: "خانه", postalCode: "1234567890" }),
    });
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice, l.pointValue, l.brandId])).toEqual([
      ["no5", 1, 1_000_001n, 250n, s.no5.brandId],
      ["sauvage", 1, 800_000n, 250n, s.sauvage.brandId],
    ]);
    expect(order.payments).toEqual([expect.objectContaining({ id: placed.paymentId, provider: "test", status: "PENDING", amount: 925_001n, reference: expect.stringMatching(/^test_/) })]);
    expect(await stockOf(s.no5.id)).toBe(9);
    expect((await customerRow(me.customerId)).orderCount).toBe(1);
    expect((await me.api.cart.get()).lines).toEqual([]);
  });

  it("pay-now between the share and the total; outside it is refused with both bounds", async () => {
    const me = await shopper([s.colleague.id]);
    await fill(me, [[s.sauvage, 1]]); // total 850 000, share 425 000
    expect((await refusal(place(me, { payNow: "424999" }))).fields).toEqual([
      { path: "payNow", message: "errors.checkout.payNowRange", amounts: { minimum: "425000", maximum: "850000" } },
    ]);
    expect((await refusal(place(me, { payNow: "850001" }))).fields![0]!.path).toBe("payNow");
    expect((await refusal(place(me, { payNow: "1.5" }))).fields).toEqual([{ path: "payNow", message: "validation.moneyDecimals" }]);
    expect(await place(me, { payNow: "۸۵۰٬۰۰۰", paymentMethodId: s.slip.id })).toMatchObject({ payNow: 850_000n, due: 0n });
  });

  it("cash on delivery: disabled for the colleague group, pays nothing now for others", async () => {
    const colleague = await shopper([s.colleague.id]);
    await fill(colleague, [[s.sauvage, 1]]);
    expect((await refusal(place(colleague, { paymentMethodId: s.cod.id }))).fields).toEqual([{ path: "paymentMethodId", message: "errors.checkout.paymentNotAllowed" }]);
    const plain = await shopper();
    await fill(plain, [[s.sauvage, 1]]);
    const placed = await place(plain, { paymentMethodId: s.cod.id, payNow: "100" });
    expect(placed).toMatchObject({ payNow: 0n, due: 850_000n, paymentId: null });
    expect(await getDb().order.findUniqueOrThrow({ where: { id: placed.orderId } })).toMatchObject({ status: "PROCESSING", dueAmount: 850_000n });
  });

  it("without a group, online pays the whole total by default", async () => {
    const me = await shopper();
    await fill(me, [[s.sauvage, 1]]);
    expect(await place(me)).toMatchObject({ total: 850_000n, payNow: 850_000n, due: 0n });
  });

  it("refuses options the groups switch off, another's address and unknown ids, each on its field", async () => {
    const db = getDb();
    await db.groupRestriction.createMany({
      data: [
        { groupId: s.colleague.id, target: "WAREHOUSE", targetId: s.mashhad.id },
        { groupId: s.colleague.id, target: "SHIPPING_METHOD", targetId: s.post.id },
      ],
    });
    const [me, them] = [await shopper([s.colleague.id]), await shopper()];
    await fill(me, [[s.sauvage, 1]]);
    const r = await refusal(place(me, { addressId: them.addressId, warehouseId: s.mashhad.id, paymentMethodId: s.cod.id }));
    expect(r.fields).toEqual([
      { path: "addressId", message: "errors.checkout.addressNotFound" },
      { path: "warehouseId", message: "errors.checkout.warehouseNotAllowed" },
      { path: "shippingMethodId", message: "errors.checkout.shippingNotAllowed" },
      { path: "paymentMethodId", message: "errors.checkout.paymentNotAllowed" },
    ]);
    expect((await refusal(place(me, { addressId: "" }))).fields).toEqual([{ path: "addressId", message: "validation.required" }]);
  });

  it("the minimum order names both amounts and writes nothing", async () => {
    const me = await shopper([s.minimum.id]);
    await fill(me, [[s.sauvage, 2]]);
    expect((await refusal(place(me))).fields).toEqual([
      { path: "cart", message: "errors.checkout.belowMinimum", amounts: { minimum: "2000000", subtotal: "1600000" } },
    ]);
    expect(await stockOf(s.sauvage.id)).toBe(10);
    expect((await customerRow(me.customerId)).orderCount).toBe(0);
    expect((await me.api.cart.get()).itemCount).toBe(2);
    await fill(me, [[s.sauvage, 3]]);
    await expect(place(me)).resolves.toMatchObject({ total: 2_450_000n });
  });

  it("3 Chanel items per 24 h: the refusal gives what is left and for how long", async () => {
    const me = await shopper([s.colleague.id]);
    await fill(me, [[s.no5, 2]]);
    await place(me);
    // Two hours later the cart would bring the brand to 4 within the window.
    await getDb().order.updateMany({ where: { customerId: me.customerId }, data: { placedAt: new Date(Date.now() - 2 * HOUR) } });
    await fill(me, [[s.no5, 2], [s.sauvage, 5]]);
    const r = await refusal(place(me));
    expect(r.fields).toEqual([
      { path: "cart", message: "errors.checkout.orderLimit", values: { name: "شنل ۳ در ۲۴", max: 3, window: 24, used: 2, inCart: 2, remaining: 1, hours: 22 } },
    ]);
    await fill(me, [[s.no5, 1]]);
    await expect(place(me)).resolves.toMatchObject({ number: expect.any(Number) });
  });

  it("every broken rule at once: minimum and limit reported together", async () => {
    const db = getDb();
    await db.customerGroup.update({ where: { id: s.colleague.id }, data: { minOrderAmount: 10_000_000n } });
    const me = await shopper([s.colleague.id]);
    await fill(me, [[s.no5, 4]]);
    expect((await refusal(place(me))).fields!.map((f) => f.message)).toEqual(["errors.checkout.belowMinimum", "errors.checkout.orderLimit"]);
  });

  it("stock: not enough in the chosen warehouse names the product, and takes nothing", async () => {
    const me = await shopper();
    await fill(me, [[s.sauvage, 1], [s.no5, 2]]);
    const r = await refusal(place(me, { warehouseId: s.mashhad.id }));
    expect(r.fields).toEqual([{ path: "warehouseId", message: "errors.checkout.outOfStock", values: { sku: "no5" }, names: { product: expect.objectContaining({ en: "Perfume no5" }) } }]);
    expect(await stockOf(s.sauvage.id, s.mashhad.id)).toBe(1);
    await expect(place(me)).resolves.toBeTruthy();
  });

  it("an empty cart, or a customer who may not order, is refused", async () => {
    const me = await shopper();
    expect((await refusal(place(me))).fields).toEqual([{ path: "cart", message: "errors.checkout.cartEmpty" }]);
    for (const [status, message] of [["PENDING", "errors.orders.customerPending"], ["BLOCKED", "errors.orders.customerBlocked"], ["INACTIVE", "errors.orders.customerInactive"]] as const) {
      const who = await shopper([], status);
      await fill(who, [[s.sauvage, 1]]);
      expect((await refusal(place(who))).fields).toEqual([{ path: "customer", message }]);
    }
  });

  it("orderCount follows every order placed", async () => {
    const me = await shopper();
    for (let i = 0; i < 3; i++) {
      await fill(me, [[s.sauvage, 1]]);
      await place(me);
    }
    expect((await customerRow(me.customerId)).orderCount).toBe(3);
  });
});

describe("payments through the test provider", () => {
  it("confirm marks the payment and the order paid exactly once", async () => {
    const me = await shopper([s.colleague.id]);
    await fill(me, [[s.sauvage, 1]]);
    const placed = await place(me);
    expect(await me.api.payments.confirm({ paymentId: placed.paymentId! })).toMatchObject({ status: "SUCCEEDED", changed: true });
    expect(await me.api.payments.confirm({ paymentId: placed.paymentId! })).toMatchObject({ status: "SUCCEEDED", changed: false });
    expect(await me.api.checkout.order({ orderId: placed.orderId })).toMatchObject({ status: "PAID", paidAmount: 425_000n, dueAmount: 425_000n, pendingPaymentId: null });
  });

  it("a failed payment can be tried again", async () => {
    const me = await shopper();
    await fill(me, [[s.sauvage, 1]]);
    const placed = await place(me);
    expect(await me.api.payments.confirm({ paymentId: placed.paymentId!, outcome: "failed" })).toMatchObject({ status: "FAILED" });
    expect(await me.api.checkout.order({ orderId: placed.orderId })).toMatchObject({ status: "PENDING_PAYMENT", lastPaymentFailed: true, paidAmount: 0n });
    const { paymentId } = await me.api.payments.retry({ orderId: placed.orderId });
    expect(paymentId).not.toBe(placed.paymentId);
    await me.api.payments.confirm({ paymentId });
    expect(await me.api.checkout.order({ orderId: placed.orderId })).toMatchObject({ status: "PAID", paidAmount: 850_000n, dueAmount: 0n });
    expect((await refusal(me.api.payments.retry({ orderId: placed.orderId }))).fields).toEqual([{ path: "orderId", message: "errors.payments.notPayable" }]);
  });

  it("another customer's order and payment are out of reach", async () => {
    const [me, them] = [await shopper(), await shopper()];
    await fill(me, [[s.sauvage, 1]]);
    const placed = await place(me);
    expect((await refusal(them.api.payments.confirm({ paymentId: placed.paymentId! }))).fields).toEqual([{ path: "paymentId", message: "errors.notFound" }]);
    expect((await refusal(them.api.checkout.order({ orderId: placed.orderId }))).fields).toEqual([{ path: "orderId", message: "errors.notFound" }]);
    expect((await refusal(them.api.payments.retry({ orderId: placed.orderId }))).fields).toEqual([{ path: "orderId", message: "errors.notFound" }]);
    expect((await getDb().payment.findUniqueOrThrow({ where: { id: placed.paymentId! } })).status).toBe("PENDING");
  });
});

describe("refusal messages read with their numbers (ICU plurals)", () => {
  const values = { name: "Chanel", max: 3, window: 24, used: 2, inCart: 2, remaining: 1, hours: 5 };
  it.each([["en", en], ["fa", fa], ["ar", ar]] as const)("%s", (locale, messages) => {
    const t = createTranslator({ locale, messages: messages as never });
    const text = t("errors.checkout.orderLimit" as never, values as never);
    expect(text).toContain("Chanel");
    expect(text).not.toMatch(/[{}]/);
    expect(t("errors.checkout.orderLimit" as never, { ...values, remaining: 0 } as never)).not.toMatch(/[{}]/);
    expect(t("errors.checkout.belowMinimum" as never, { minimum: "a", subtotal: "b" } as never)).not.toMatch(/[{}]/);
  });
  it("says it in English as the brief does", () => {
    const t = createTranslator({ locale: "en", messages: en as never });
    expect(t("errors.checkout.orderLimit" as never, values as never)).toContain("You may order 1 more of these in the next 5 hours");
  });
});
