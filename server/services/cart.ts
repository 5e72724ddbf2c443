import "server-only";
import type { Db, Tx } from "../db";
import { FieldErrors } from "../errors";
import type { LocalizedText } from "@/lib/localized";
import type { Currency } from "@/lib/money";
import { groupNumbers } from "./group-rules";
import { storeCurrency } from "./store-settings";

// The customer's cart (issue 6). Every query is scoped by the customer's own id. When any of the
// customer's groups hides prices, no amount leaves the server: the fields are absent, not zeroed.

type Reader = Db | Tx;

export interface CartLine {
  productId: string;
  sku: string;
  name: LocalizedText;
  quantity: number;
  unitPrice?: bigint;
  lineTotal?: bigint;
}

export interface CartView {
  showPrices: boolean;
  currency: Currency;
  lines: CartLine[];
  itemCount: number;
  subtotal?: bigint;
  /** The group's minimum order (absent when none, or when prices are hidden). */
  minOrderAmount?: bigint;
  paymentPercent: number;
}

/** The cart's lines of active products, with their current price and what checkout copies. */
export async function cartLines(db: Reader, customerId: string) {
  const rows = await db.cartItem.findMany({
    where: { customerId, product: { active: true } },
    orderBy: [{ createdAt: "asc" }, { productId: "asc" }],
    select: {
      quantity: true,
      product: { select: { id: true, sku: true, name: true, price: true, pointValue: true, categoryId: true, brandId: true } },
    },
  });
  return rows.map((r) => ({ ...r.product, name: r.product.name as LocalizedText, quantity: r.quantity }));
}

export async function getCart(db: Reader, customerId: string): Promise<CartView> {
  const numbers = await groupNumbers(db, customerId);
  const currency = await storeCurrency(db);
  const lines = await cartLines(db, customerId);
  const itemCount = lines.reduce((n, l) => n + l.quantity, 0);
  if (!numbers.showPrices) {
    return {
      showPrices: false,
      currency,
      itemCount,
      paymentPercent: numbers.paymentPercent,
      lines: lines.map(({ id, sku, name, quantity }) => ({ productId: id, sku, name, quantity })),
    };
  }
  const priced = lines.map(({ id, sku, name, quantity, price }) => ({
    productId: id,
    sku,
    name,
    quantity,
    unitPrice: price,
    lineTotal: price * BigInt(quantity),
  }));
  return {
    showPrices: true,
    currency,
    itemCount,
    paymentPercent: numbers.paymentPercent,
    lines: priced,
    subtotal: priced.reduce((sum, l) => sum + l.lineTotal, 0n),
    ...(numbers.minOrderAmount > 0n ? { minOrderAmount: numbers.minOrderAmount } : {}),
  };
}

const unavailable = () => new FieldErrors([{ path: "productId", message: "errors.cart.productUnavailable" }], "invalid");

/** Sets a line's quantity (1–99); 0 removes it. Only active products go into a cart. */
export async function setCartQuantity(db: Db, customerId: string, productId: string, quantity: number) {
  if (quantity === 0) return removeFromCart(db, customerId, productId);
  const product = await db.product.findFirst({ where: { id: productId, active: true }, select: { id: true } });
  if (!product) throw unavailable();
  await db.cartItem.upsert({
    where: { customerId_productId: { customerId, productId } },
    create: { customerId, productId, quantity },
    update: { quantity },
  });
  return getCart(db, customerId);
}

export async function removeFromCart(db: Db, customerId: string, productId: string) {
  await db.cartItem.deleteMany({ where: { customerId, productId } });
  return getCart(db, customerId);
}

export async function clearCart(db: Db, customerId: string) {
  await db.cartItem.deleteMany({ where: { customerId } });
  return getCart(db, customerId);
}
