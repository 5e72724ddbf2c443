import "server-only";
import type { Db, Tx } from "../db";
import { FieldErrors, type FieldProblem } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { LocalizedText } from "@/lib/localized";
import { toMinorUnits, type Currency } from "@/lib/money";
import type { CheckoutData } from "@/lib/schemas/checkout";
import { listAddresses } from "./addresses";
import { cartLines } from "./cart";
import { resolvePayNow } from "@/lib/checkout-pricing";
import { assertCanOrder } from "./customer-status";
import { allowedCheckoutOptions, checkoutRules, groupNumbers } from "./group-rules";
import { appendEntry, lockCustomers, type LockedBalances } from "./loyalty/ledger";
import { paymentProvider, providerNamed } from "./payments";
import { storeCurrency } from "./store-settings";

// Checkout (issue 6, R-1 … R-3): the options a customer's groups allow, and placing the order in ONE
// transaction under the customer's row lock, so two tabs cannot both pass a limit or the stock.
// The wallet (issue 7) pays at once, in the same transaction: its ledger entry, the payment and the
// order's paid amounts are written together, or the order is refused and nothing is written.

const HOUR = 3_600_000;

/**
 * A refusal with the numbers its message needs. `values` are plain ICU arguments; `amounts` are
 * minor units (as strings) that the client formats in the order's currency.
 */
export interface CheckoutProblem extends FieldProblem {
  values?: Record<string, string | number>;
  amounts?: Record<string, string>;
  /** Localized names (a product's) the client shows in the reader's language. */
  names?: Record<string, LocalizedText>;
}

const refuse = (problems: CheckoutProblem[]) => new FieldErrors(problems, "invalid");

const selectOption = { id: true, code: true, name: true } as const;

/** What the checkout form offers this customer; amounts only when their groups show prices. */
export async function checkoutOptions(db: Db, customerId: string) {
  const numbers = await groupNumbers(db, customerId);
  const currency = await storeCurrency(db);
  const allowed = await allowedCheckoutOptions(db, customerId);
  const book = await listAddresses(db, customerId);
  const lines = await cartLines(db, customerId);
  const order = [{ position: "asc" as const }, { code: "asc" as const }];
  const warehouses = await db.warehouse.findMany({ where: { id: { in: allowed.warehouseIds } }, select: selectOption, orderBy: order });
  const shipping = await db.shippingMethod.findMany({ where: { id: { in: allowed.shippingMethodIds } }, select: { ...selectOption, price: true }, orderBy: order });
  const payments = await db.paymentMethod.findMany({
    where: { id: { in: allowed.paymentMethodIds } },
    select: { ...selectOption, kind: true },
    orderBy: order,
  });
  const stock = lines.length
    ? await db.productStock.findMany({
        where: { productId: { in: lines.map((l) => l.id) }, warehouseId: { in: allowed.warehouseIds } },
        select: { productId: true, warehouseId: true, quantity: true },
      })
    : [];
  const inStock = (warehouseId: string, productId: string) =>
    stock.find((s) => s.warehouseId === warehouseId && s.productId === productId)?.quantity ?? 0;
  const subtotal = lines.reduce((sum, l) => sum + l.price * BigInt(l.quantity), 0n);
  const show = numbers.showPrices;
  // The customer's own balance (not a price): shown beside the wallet when the groups offer it.
  const offersWallet = payments.some((p) => p.kind === "WALLET");
  const wallet = offersWallet ? await db.customer.findUnique({ where: { id: customerId }, select: { walletBalance: true } }) : null;
  return {
    showPrices: show,
    currency,
    paymentPercent: numbers.paymentPercent,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    ...(show ? { subtotal, minOrderAmount: numbers.minOrderAmount } : {}),
    addresses: book.addresses,
    defaultAddressId: book.defaultId,
    warehouses: warehouses.map((w) => {
      const short = lines.filter((l) => inStock(w.id, l.id) < l.quantity);
      return {
        id: w.id,
        code: w.code,
        name: w.name as LocalizedText,
        enoughStock: short.length === 0,
        shortProducts: short.map((l) => ({ productId: l.id, name: l.name })),
      };
    }),
    shippingMethods: shipping.map((s) => ({ id: s.id, code: s.code, name: s.name as LocalizedText, ...(show ? { price: s.price } : {}) })),
    paymentMethods: payments.map((p) => ({ id: p.id, code: p.code, name: p.name as LocalizedText, kind: p.kind })),
    ...(wallet ? { walletBalance: wallet.walletBalance } : {}),
  };
}

/** Lines copied into the order and the completion event: what was bought, as it was then. */
const lineSelect = { productId: true, categoryId: true, brandId: true, sku: true, name: true, quantity: true, unitPrice: true, pointValue: true } as const;

export interface PlacedOrder {
  orderId: string;
  number: number;
  paymentId: string | null;
  total?: bigint;
  payNow?: bigint;
  due?: bigint;
}

/** Places the order from the customer's cart: everything is checked and written at once, or nothing. */
export async function placeOrder(db: Db, customerId: string, input: CheckoutData, now = new Date()): Promise<PlacedOrder> {
  const placed = await db.$transaction(async (tx) => {
    // The customer's row lock orders this customer's checkouts (and every wallet entry of theirs).
    const balances = await lockCustomers(tx, [customerId]);
    await assertCanOrder(tx, customerId);
    const currency = await storeCurrency(tx);

    const lines = await cartLines(tx, customerId);
    if (lines.length === 0) throw refuse([{ path: "cart", message: "errors.checkout.cartEmpty" }]);
    // Every rule of the customer's groups, read in one round trip under the row lock taken above.
    const { numbers, allowed, violations } = await checkoutRules(tx, { customerId, lines: lines.map((l) => ({ productId: l.id, quantity: l.quantity })), now });

    // The chosen options: the customer's own address, and only what their groups allow.
    const address = await tx.address.findFirst({ where: { id: input.addressId, customerId } });
    const shipping = allowed.shippingMethodIds.includes(input.shippingMethodId)
      ? await tx.shippingMethod.findUnique({ where: { id: input.shippingMethodId }, select: { price: true } })
      : null;
    const method = allowed.paymentMethodIds.includes(input.paymentMethodId)
      ? await tx.paymentMethod.findUnique({ where: { id: input.paymentMethodId }, select: { id: true, kind: true } })
      : null;
    const choices: CheckoutProblem[] = [];
    if (!address) choices.push({ path: "addressId", message: "errors.checkout.addressNotFound" });
    if (!allowed.warehouseIds.includes(input.warehouseId)) choices.push({ path: "warehouseId", message: "errors.checkout.warehouseNotAllowed" });
    if (!shipping) choices.push({ path: "shippingMethodId", message: "errors.checkout.shippingNotAllowed" });
    if (!method) choices.push({ path: "paymentMethodId", message: "errors.checkout.paymentNotAllowed" });
    if (choices.length) throw refuse(choices);

    // The group's rules on the cart: the minimum order, then the order limits.
    const subtotal = lines.reduce((sum, l) => sum + l.price * BigInt(l.quantity), 0n);
    const problems: CheckoutProblem[] = [];
    if (numbers.minOrderAmount > 0n && subtotal < numbers.minOrderAmount) {
      // With prices hidden the message cannot name the amounts without leaking them.
      problems.push(
        numbers.showPrices
          ? { path: "cart", message: "errors.checkout.belowMinimum", amounts: { minimum: String(numbers.minOrderAmount), subtotal: String(subtotal) } }
          : { path: "cart", message: "errors.checkout.belowMinimumHidden" },
      );
    }
    for (const v of violations) {
      const until = v.availableAgainAt ? v.availableAgainAt.getTime() - now.getTime() : v.windowHours * HOUR;
      problems.push({
        path: "cart",
        message: "errors.checkout.orderLimit",
        values: { name: v.name, max: v.maxItems, window: v.windowHours, used: v.used, inCart: v.inCart, remaining: v.remaining, hours: Math.max(1, Math.ceil(until / HOUR)) },
      });
    }
    if (problems.length) throw refuse(problems);

    // Stock in the chosen warehouse: the conditional decrement holds under concurrent orders, and
    // taking the rows in product-id order means two checkouts of the same products cannot deadlock.
    const short: CheckoutProblem[] = [];
    for (const l of [...lines].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const taken = await tx.$executeRaw`
        UPDATE "ProductStock" SET quantity = quantity - ${l.quantity}
        WHERE "productId" = ${l.id}::uuid AND "warehouseId" = ${input.warehouseId}::uuid AND quantity >= ${l.quantity}`;
      if (taken === 0) short.push({ path: "warehouseId", message: "errors.checkout.outOfStock", values: { sku: l.sku }, names: { product: l.name } });
    }
    if (short.length) throw refuse(short);

    // Totals and what is paid now.
    const total = subtotal + shipping!.price;
    let requested: bigint | undefined;
    if (input.payNow !== undefined && method!.kind !== "CASH_ON_DELIVERY") {
      requested = toMinorUnits(input.payNow, currency) ?? undefined;
      if (requested === undefined) throw refuse([{ path: "payNow", message: "validation.moneyDecimals" }]);
    }
    const pay = resolvePayNow(method!.kind, total, numbers.paymentPercent, requested);
    if (!pay.ok) {
      throw refuse([
        numbers.showPrices
          ? { path: "payNow", message: "errors.checkout.payNowRange", amounts: { minimum: String(pay.minimum), maximum: String(pay.maximum) } }
          : { path: "payNow", message: "errors.checkout.payNowHidden" },
      ]);
    }

    // The wallet pays now from the balance locked above; never below zero.
    const fromWallet = method!.kind === "WALLET";
    if (fromWallet) {
      const balance = balances.get(customerId)?.wallet ?? 0n;
      if (balance < pay.payNow) {
        // With prices hidden the needed amount would reveal them: only the balance is named.
        throw refuse([
          numbers.showPrices
            ? { path: "paymentMethodId", message: "errors.checkout.walletInsufficient", amounts: { balance: String(balance), needed: String(pay.payNow) } }
            : { path: "paymentMethodId", message: "errors.checkout.walletInsufficientHidden", amounts: { balance: String(balance) } },
        ]);
      }
    }

    const order = await tx.order.create({
      data: {
        customerId,
        status: method!.kind === "CASH_ON_DELIVERY" ? "PROCESSING" : fromWallet ? "PAID" : "PENDING_PAYMENT",
        warehouseId: input.warehouseId,
        shippingMethodId: input.shippingMethodId,
        paymentMethodId: method!.id,
        paymentKind: method!.kind,
        shippingAddress: addressCopy(address!),
        currency,
        subtotal,
        shippingCost: shipping!.price,
        total,
        payNow: pay.payNow,
        dueAmount: total,
        placedAt: now,
        lines: {
          create: lines.map((l) => ({
            productId: l.id,
            categoryId: l.categoryId,
            brandId: l.brandId,
            sku: l.sku,
            name: l.name,
            quantity: l.quantity,
            unitPrice: l.price,
            pointValue: l.pointValue,
          })),
        },
      },
      select: { id: true, number: true },
    });
    let paymentId: string | null = null;
    if (fromWallet) paymentId = await payFromWallet(tx, balances, customerId, order.id, pay.payNow, total, now);
    else if (pay.payNow > 0n) paymentId = await startPayment(tx, order.id, order.number, method!.kind, pay.payNow, currency);
    await tx.customer.update({ where: { id: customerId }, data: { orderCount: { increment: 1 } } });
    await tx.cartItem.deleteMany({ where: { customerId } });
    return { orderId: order.id, number: order.number, paymentId, total, payNow: pay.payNow, due: pay.due, showPrices: numbers.showPrices };
  });
  const { showPrices, total, payNow, due, ...rest } = placed;
  return showPrices ? { ...rest, total, payNow, due } : rest;
}

function addressCopy(a: NonNullable<Awaited<ReturnType<Tx["address"]["findFirst"]>>>): Prisma.InputJsonValue {
  const { customerId: _c, createdAt: _cr, updatedAt: _u, ...copy } = a;
  return copy as unknown as Prisma.InputJsonValue;
}

/**
 * A (full or partial) payment from the wallet, confirmed at once: the ORDER_PAYMENT entry (its key
 * makes it once per order), the SUCCEEDED payment and the order's paid and due amounts.
 * The caller holds the customer's lock and has checked the balance.
 */
async function payFromWallet(tx: Tx, balances: LockedBalances, customerId: string, orderId: string, amount: bigint, total: bigint, now: Date) {
  const entry = await appendEntry(tx, balances, "wallet", {
    customerId,
    amount: -amount,
    kind: "ORDER_PAYMENT",
    sourceType: "ORDER",
    sourceId: orderId,
    idempotencyKey: `order:${orderId}:wallet-payment`,
  });
  const payment = await tx.payment.create({
    data: { orderId, provider: "wallet", kind: "WALLET", amount, status: "SUCCEEDED", reference: entry.id },
    select: { id: true },
  });
  await tx.order.update({ where: { id: orderId }, data: { paidAmount: amount, dueAmount: total - amount, paidAt: now } });
  return payment.id;
}

/** A pending payment through the current gateway. */
async function startPayment(tx: Tx, orderId: string, orderNumber: number, kind: "ONLINE" | "BANK_SLIP" | "CASH_ON_DELIVERY" | "WALLET", amount: bigint, currency: Currency) {
  const provider = paymentProvider();
  const payment = await tx.payment.create({ data: { orderId, provider: provider.name, kind, amount }, select: { id: true } });
  const { reference } = await provider.start({ id: payment.id, orderId, orderNumber, amount, currency });
  await tx.payment.update({ where: { id: payment.id }, data: { reference } });
  return payment.id;
}

const notFound = (path = "orderId") => refuse([{ path, message: "errors.notFound" }]);

/** One of the customer's own orders, for the payment step and the success view. */
export async function customerOrder(db: Db, customerId: string, orderId: string) {
  const order = await db.order.findFirst({
    where: { id: orderId, customerId },
    select: {
      id: true,
      number: true,
      status: true,
      paymentKind: true,
      currency: true,
      subtotal: true,
      shippingCost: true,
      total: true,
      payNow: true,
      paidAmount: true,
      dueAmount: true,
      placedAt: true,
      lines: { select: { productId: true, sku: true, name: true, quantity: true, unitPrice: true }, orderBy: { id: "asc" } },
      payments: { select: { id: true, amount: true, status: true }, orderBy: { createdAt: "desc" } },
    },
  });
  if (!order) throw notFound();
  const { showPrices } = await groupNumbers(db, customerId);
  const pending = order.payments.find((p) => p.status === "PENDING");
  const base = {
    id: order.id,
    number: order.number,
    status: order.status,
    paymentKind: order.paymentKind,
    currency: order.currency as Currency,
    placedAt: order.placedAt,
    pendingPaymentId: pending?.id ?? null,
    lastPaymentFailed: order.payments[0]?.status === "FAILED",
  };
  if (!showPrices) return { ...base, showPrices: false as const, lines: order.lines.map(({ unitPrice: _p, ...l }) => ({ ...l, name: l.name as LocalizedText })) };
  const { subtotal, shippingCost, total, payNow, paidAmount, dueAmount } = order;
  return {
    ...base,
    showPrices: true as const,
    subtotal,
    shippingCost,
    total,
    payNow,
    paidAmount,
    dueAmount,
    lines: order.lines.map((l) => ({ ...l, name: l.name as LocalizedText })),
  };
}

/** A new attempt after a failed one, for the same amount; an attempt still pending is reused. */
export async function retryPayment(db: Db, customerId: string, orderId: string) {
  return db.$transaction(async (tx) => {
    const [order] = await tx.$queryRaw<{ id: string; number: number; status: string; payNow: bigint; paymentKind: string | null; currency: string }[]>`
      SELECT id, number, status, "payNow", "paymentKind"::text AS "paymentKind", currency FROM "Order"
      WHERE id = ${orderId}::uuid AND "customerId" = ${customerId}::uuid FOR UPDATE`;
    if (!order) throw notFound();
    if (order.status !== "PENDING_PAYMENT" || order.payNow <= 0n) throw refuse([{ path: "orderId", message: "errors.payments.notPayable" }]);
    const pending = await tx.payment.findFirst({ where: { orderId, status: "PENDING" }, select: { id: true } });
    if (pending) return { paymentId: pending.id };
    const kind = order.paymentKind as "ONLINE" | "BANK_SLIP";
    return { paymentId: await startPayment(tx, order.id, Number(order.number), kind, order.payNow, order.currency as Currency) };
  });
}

/**
 * The gateway's answer for one of the customer's payments. Success marks the payment SUCCEEDED and the
 * order PAID exactly once: the payment row is locked and only a PENDING payment changes.
 */
export async function confirmPayment(db: Db, customerId: string, paymentId: string, callback: Record<string, string>, now = new Date()) {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      SELECT p.id FROM "Payment" p JOIN "Order" o ON o.id = p."orderId"
      WHERE p.id = ${paymentId}::uuid AND o."customerId" = ${customerId}::uuid FOR UPDATE OF p`;
    if (!row) throw notFound("paymentId");
    const payment = await tx.payment.findUniqueOrThrow({
      where: { id: paymentId },
      select: { id: true, status: true, amount: true, provider: true, reference: true, orderId: true },
    });
    if (payment.status !== "PENDING") return { status: payment.status, orderId: payment.orderId, changed: false };
    const provider = providerNamed(payment.provider);
    const outcome = provider && payment.reference ? await provider.verify(payment.reference, callback) : "failed";
    if (outcome === "failed") {
      await tx.payment.update({ where: { id: paymentId }, data: { status: "FAILED" } });
      return { status: "FAILED" as const, orderId: payment.orderId, changed: true };
    }
    await tx.payment.update({ where: { id: paymentId }, data: { status: "SUCCEEDED" } });
    await tx.$queryRaw`SELECT 1 FROM "Order" WHERE id = ${payment.orderId}::uuid FOR UPDATE`;
    const order = await tx.order.findUniqueOrThrow({ where: { id: payment.orderId }, select: { status: true, total: true, paidAmount: true } });
    const paidAmount = order.paidAmount + payment.amount;
    await tx.order.update({
      where: { id: payment.orderId },
      data: {
        paidAmount,
        dueAmount: order.total > paidAmount ? order.total - paidAmount : 0n,
        paidAt: now,
        // A payment arriving after staff cancelled the order is recorded but does not revive it.
        ...(order.status === "PENDING_PAYMENT" ? { status: "PAID" as const } : {}),
      },
    });
    return { status: "SUCCEEDED" as const, orderId: payment.orderId, changed: true };
  });
}
