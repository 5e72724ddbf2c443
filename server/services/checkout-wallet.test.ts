// Paying at checkout from the wallet (issue 7 point 9), on a real database: offered only where the
// groups allow it, debited in the order's transaction (ledger, payment and order agree), refused
// with nothing written when the balance is short, never overspent by concurrent debits, and
// refunded exactly once when the order is cancelled.
import { beforeEach, describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import fa from "@/messages/fa.json";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import type { Actor } from "./audit";
import { changeOrderStatus } from "./order-status";
import { appendEntry, ledgerSum, lockCustomers } from "./loyalty/ledger";
import { adjustWallet } from "./loyalty/manual-adjustments";

const getDb = useTestDb();
const name = (fa: string) => ({ fa, ar: fa, en: fa });

async function store() {
  const db = getDb();
  const tehran = await db.warehouse.create({ data: { code: "tehran", name: name("تهران"), position: 1 } });
  const post = await db.shippingMethod.create({ data: { code: "post", name: name("پست"), price: 50_000n } });
  const online = await db.paymentMethod.create({ data: { code: "online", kind: "ONLINE", name: name("آنلاین"), position: 1 } });
  const wallet = await db.paymentMethod.create({ data: { code: "wallet", kind: "WALLET", name: name("کیف پول"), position: 2 } });
  const sauvage = await db.product.create({ data: { sku: "sauvage", name: name("ساواج"), price: 800_000n, pointValue: 0n } });
  await db.productStock.create({ data: { productId: sauvage.id, warehouseId: tehran.id, quantity: 10 } });
  // The colleague group pays at least 50 % now; the "no wallet" group switches the wallet off.
  const colleague = await db.customerGroup.create({ data: { name: "همکار", paymentPercent: 50 } });
  const noWallet = await db.customerGroup.create({ data: { name: "بدون کیف پول" } });
  await db.groupRestriction.create({ data: { groupId: noWallet.id, target: "PAYMENT_METHOD", targetId: wallet.id } });
  const hidden = await db.customerGroup.create({ data: { name: "بی‌قیمت", showPrices: false } });
  return { tehran, post, online, wallet, sauvage, colleague, noWallet, hidden };
}
let s: Awaited<ReturnType<typeof store>>;
let actor: Actor;

async function shopper(groupIds: string[] = [], balance = 0n) {
  const db = getDb();
  const { userId, customerId } = await makeCustomer(db);
  if (groupIds.length) await db.customerGroupMember.createMany({ data: groupIds.map((groupId) => ({ groupId, customerId })) });
  const address = await db.address.create({
    data: { customerId, title: "خانه", recipientName: "سارا", mobile: "+989121234567", city: "تهران", street: "آزادی", postalCode: "1234567890" },
  });
  if (balance > 0n) {
    await db.$transaction(async (tx) =>
      appendEntry(tx, await lockCustomers(tx, [customerId]), "wallet", { customerId, amount: balance, kind: "MANUAL", sourceType: "MANUAL", idempotencyKey: `test:${customerId}:gift` }),
    );
  }
  const session = await sessionOf(db, userId);
  const api = callerAs(db, { ...session, permissions: [...new Set([...session.permissions, "account.orders"])] });
  return { customerId, api, addressId: address.id };
}
type Shopper = Awaited<ReturnType<typeof shopper>>;

const fill = (who: Shopper, quantity = 1) => who.api.cart.set({ productId: s.sauvage.id, quantity });
const payWithWallet = (who: Shopper, over: Record<string, unknown> = {}) =>
  who.api.checkout.place({ addressId: who.addressId, warehouseId: s.tehran.id, shippingMethodId: s.post.id, paymentMethodId: s.wallet.id, ...over });
const stock = async () => (await getDb().productStock.findFirstOrThrow({ where: { productId: s.sauvage.id, warehouseId: s.tehran.id } })).quantity;
const balanceOf = async (customerId: string) => (await getDb().customer.findUniqueOrThrow({ where: { id: customerId }, select: { walletBalance: true } })).walletBalance;
const entriesOf = (customerId: string) =>
  getDb().walletEntry.findMany({ where: { customerId, kind: { in: ["ORDER_PAYMENT", "ORDER_REFUND"] } }, orderBy: { createdAt: "asc" } });
/** The cached balance equals the sum of the ledger, and is never below zero. */
async function consistent(customerId: string) {
  const balance = await balanceOf(customerId);
  expect(balance).toBe(await ledgerSum(getDb(), "wallet", customerId));
  expect(balance >= 0n).toBe(true);
  return balance;
}

beforeEach(async () => {
  await resetDb(getDb());
  s = await store();
  actor = (await makeAdmin(getDb())).actor;
});

describe("the wallet among the checkout options", () => {
  it("is offered only where the groups allow it, with the customer's balance", async () => {
    const me = await shopper([], 120_000n);
    await fill(me);
    const o = await me.api.checkout.options();
    expect(o.paymentMethods.map((m) => [m.code, m.kind])).toEqual([["online", "ONLINE"], ["wallet", "WALLET"]]);
    expect(o.walletBalance).toBe(120_000n);

    const barred = await shopper([s.noWallet.id], 120_000n);
    await fill(barred);
    const b = await barred.api.checkout.options();
    expect(b.paymentMethods.map((m) => m.code)).toEqual(["online"]);
    expect(b).not.toHaveProperty("walletBalance");
    // Refused on placing as well, before anything is taken.
    expect((await refusal(payWithWallet(barred))).fields).toEqual([{ path: "paymentMethodId", message: "errors.checkout.paymentNotAllowed" }]);
    expect(await stock()).toBe(10);
    expect(await balanceOf(barred.customerId)).toBe(120_000n);
  });
});

describe("paying from the wallet", () => {
  it("pays the whole total at once: entry, payment and order agree with the balance", async () => {
    const me = await shopper([], 1_000_000n);
    await fill(me);
    const placed = await payWithWallet(me);
    expect(placed).toMatchObject({ total: 850_000n, payNow: 850_000n, due: 0n, paymentId: expect.any(String) });
    const order = await getDb().order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { payments: true } });
    expect(order).toMatchObject({ status: "PAID", paymentKind: "WALLET", payNow: 850_000n, paidAmount: 850_000n, dueAmount: 0n, paidAt: expect.any(Date) });
    const entries = await entriesOf(me.customerId);
    expect(entries).toEqual([
      expect.objectContaining({ amount: -850_000n, kind: "ORDER_PAYMENT", sourceType: "ORDER", sourceId: placed.orderId, idempotencyKey: `order:${placed.orderId}:wallet-payment` }),
    ]);
    expect(order.payments).toEqual([
      expect.objectContaining({ id: placed.paymentId, provider: "wallet", kind: "WALLET", status: "SUCCEEDED", amount: 850_000n, reference: entries[0]!.id }),
    ]);
    expect(await consistent(me.customerId)).toBe(150_000n);
    expect(await stock()).toBe(9);
    expect(await me.api.checkout.order({ orderId: placed.orderId })).toMatchObject({ status: "PAID", pendingPaymentId: null, paidAmount: 850_000n, dueAmount: 0n });
    expect((await refusal(me.api.payments.retry({ orderId: placed.orderId }))).fields).toEqual([{ path: "orderId", message: "errors.payments.notPayable" }]);
  });

  it("the colleague's partial payment: the group's share by default, or a chosen amount; the rest due", async () => {
    const me = await shopper([s.colleague.id], 500_000n);
    await fill(me);
    const placed = await payWithWallet(me); // total 850 000, share 425 000
    expect(placed).toMatchObject({ payNow: 425_000n, due: 425_000n });
    expect(await getDb().order.findUniqueOrThrow({ where: { id: placed.orderId } })).toMatchObject({ status: "PAID", paidAmount: 425_000n, dueAmount: 425_000n });
    expect(await consistent(me.customerId)).toBe(75_000n);

    const other = await shopper([s.colleague.id], 1_000_000n);
    await fill(other);
    expect((await refusal(payWithWallet(other, { payNow: "424999" }))).fields).toEqual([
      { path: "payNow", message: "errors.checkout.payNowRange", amounts: { minimum: "425000", maximum: "850000" } },
    ]);
    expect(await payWithWallet(other, { payNow: "600000" })).toMatchObject({ payNow: 600_000n, due: 250_000n });
    expect(await consistent(other.customerId)).toBe(400_000n);
  });

  it("too little in the wallet: refused on the payment method with both amounts, nothing written", async () => {
    const me = await shopper([], 849_999n);
    await fill(me);
    expect((await refusal(payWithWallet(me))).fields).toEqual([
      { path: "paymentMethodId", message: "errors.checkout.walletInsufficient", amounts: { balance: "849999", needed: "850000" } },
    ]);
    expect(await getDb().order.count({ where: { customerId: me.customerId } })).toBe(0);
    expect(await getDb().payment.count()).toBe(0);
    expect(await entriesOf(me.customerId)).toEqual([]);
    expect(await consistent(me.customerId)).toBe(849_999n);
    expect(await stock()).toBe(10);
    expect((await me.api.cart.get()).itemCount).toBe(1);
    expect((await getDb().customer.findUniqueOrThrow({ where: { id: me.customerId } })).orderCount).toBe(0);
    // An empty wallet is refused the same way.
    const broke = await shopper();
    await fill(broke);
    expect((await refusal(payWithWallet(broke))).fields).toEqual([
      { path: "paymentMethodId", message: "errors.checkout.walletInsufficient", amounts: { balance: "0", needed: "850000" } },
    ]);
  });

  it("with prices hidden the refusal names only the balance", async () => {
    const me = await shopper([s.hidden.id], 1_000n);
    await fill(me);
    const r = await refusal(payWithWallet(me));
    expect(r.fields).toEqual([{ path: "paymentMethodId", message: "errors.checkout.walletInsufficientHidden", amounts: { balance: "1000" } }]);
    const rich = await shopper([s.hidden.id], 1_000_000n);
    await fill(rich);
    const placed = await payWithWallet(rich);
    expect(placed).toEqual({ orderId: expect.any(String), number: expect.any(Number), paymentId: expect.any(String) });
    expect(await consistent(rich.customerId)).toBe(150_000n);
  });

  it("concurrent checkouts and debits of the same customer never overspend the wallet", async () => {
    const me = await shopper([], 1_000_000n);
    await fill(me);
    const admin = await makeAdmin(getDb());
    const debit = (n: number) =>
      adjustWallet(getDb(), admin.actor, { customerId: me.customerId, direction: "debit", amount: "300000", reason: "test", idempotencyKey: crypto.randomUUID() }).then(() => `debit${n}`);
    const results = await Promise.allSettled([payWithWallet(me), debit(1), payWithWallet(me), debit(2), debit(3), debit(4)]);
    const orders = await getDb().order.findMany({ where: { customerId: me.customerId } });
    const debits = results.filter((r, i) => i !== 0 && i !== 2 && r.status === "fulfilled").length;
    expect(orders.length).toBeLessThanOrEqual(1);
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
    const spent = BigInt(orders.length) * 850_000n + BigInt(debits) * 300_000n;
    expect(spent <= 1_000_000n).toBe(true);
    expect(await consistent(me.customerId)).toBe(1_000_000n - spent);
    // Every refusal is one of the expected ones: the balance (or the cart emptied by the winner).
    for (const r of results) {
      if (r.status === "rejected") {
        const { fields } = await refusal(Promise.reject(r.reason));
        expect(["errors.checkout.walletInsufficient", "errors.checkout.cartEmpty", "errors.loyalty.insufficientBalance"]).toContain(fields![0]!.message);
      }
    }
    expect(await entriesOf(me.customerId)).toHaveLength(orders.length);
    expect(await stock()).toBe(10 - orders.length);
  });
});

describe("cancelling an order paid from the wallet", () => {
  it("refunds what the wallet paid, once", async () => {
    const me = await shopper([s.colleague.id], 500_000n);
    await fill(me);
    const placed = await payWithWallet(me);
    expect(await consistent(me.customerId)).toBe(75_000n);
    await changeOrderStatus(getDb(), actor, placed.orderId, "CANCELLED");
    const [paid, refund] = await entriesOf(me.customerId);
    expect(refund).toMatchObject({
      amount: 425_000n,
      kind: "ORDER_REFUND",
      sourceType: "ORDER",
      sourceId: placed.orderId,
      reversesId: paid!.id,
      idempotencyKey: `order:${placed.orderId}:wallet-refund`,
    });
    expect(await consistent(me.customerId)).toBe(500_000n);
    expect(await stock()).toBe(10);
    // A second cancellation is refused and refunds nothing more.
    expect((await refusal(changeOrderStatus(getDb(), actor, placed.orderId, "CANCELLED"))).fields![0]!.message).toBe("errors.orders.transition");
    expect(await entriesOf(me.customerId)).toHaveLength(2);
    expect(await consistent(me.customerId)).toBe(500_000n);
  });

  it("two cancellations at once: one refund", async () => {
    const me = await shopper([], 1_000_000n);
    await fill(me);
    const placed = await payWithWallet(me);
    const results = await Promise.allSettled([
      changeOrderStatus(getDb(), actor, placed.orderId, "CANCELLED"),
      changeOrderStatus(getDb(), actor, placed.orderId, "CANCELLED"),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await entriesOf(me.customerId)).map((e) => [e.kind, e.amount])).toEqual([["ORDER_PAYMENT", -850_000n], ["ORDER_REFUND", 850_000n]]);
    expect(await consistent(me.customerId)).toBe(1_000_000n);
  });

  it("a completed order's cancellation refunds the wallet as well; orders not paid by wallet refund nothing", async () => {
    const me = await shopper([], 1_000_000n);
    await fill(me);
    const placed = await payWithWallet(me);
    for (const to of ["PROCESSING", "SHIPPED", "COMPLETED", "CANCELLED"] as const) await changeOrderStatus(getDb(), actor, placed.orderId, to);
    expect(await consistent(me.customerId)).toBe(1_000_000n);
    expect((await getDb().domainEvent.findMany({ where: { aggregateId: placed.orderId } })).map((e) => e.type).sort()).toEqual(["order.cancelled", "order.completed"]);

    await fill(me);
    const online = await payWithWallet(me, { paymentMethodId: s.online.id });
    await changeOrderStatus(getDb(), actor, online.orderId, "CANCELLED");
    expect(await entriesOf(me.customerId)).toHaveLength(2);
    expect(await consistent(me.customerId)).toBe(1_000_000n);
  });
});

describe("the wallet messages", () => {
  it.each([["en", en], ["fa", fa], ["ar", ar]] as const)("%s reads with its amounts", (locale, messages) => {
    const t = createTranslator({ locale, messages: messages as never });
    const text = t("errors.checkout.walletInsufficient" as never, { balance: "BAL", needed: "NEED" } as never);
    expect(text).toContain("BAL");
    expect(text).toContain("NEED");
    expect(t("errors.checkout.walletInsufficientHidden" as never, { balance: "BAL" } as never)).toContain("BAL");
    expect(t("checkout.walletBalance" as never, { amount: "AMT" } as never)).toContain("AMT");
    expect((messages.errors.checkout as Record<string, string>).walletNotYet).toBeUndefined();
  });
});
