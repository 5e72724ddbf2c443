import "server-only";
import type { z } from "zod";
import type { Db, Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import { FieldErrors } from "../errors";
import type { LocalizedText } from "@/lib/localized";
import { MAX_CART_QUANTITY, type shopFilterSchema } from "@/lib/schemas/shop";
import { allowedCheckoutOptions, groupNumbers } from "./group-rules";
import { storeCurrency } from "./store-settings";

// The customers' storefront (issue 6 point 1). Only active products are shown or added. When any of
// the customer's groups hides prices, no response carries a price: the field is left out, not
// zeroed, so nothing in the browser can reveal it. Stock is shown only for the warehouses the
// customer's groups allow.

type Reader = Db | Tx;
type Filter = z.output<typeof shopFilterSchema>;

/** `%`, `_` and `\` in a search are letters, not LIKE wildcards (as the admin's product list). */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** The price when the customer may see it; otherwise no `price` key at all. */
export const priceIf = (showPrices: boolean, price: bigint): { price?: bigint } => (showPrices ? { price } : {});

/** A category and all its sub-categories, however deep. */
async function categoryAndBelow(db: Reader, categoryId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    WITH RECURSIVE tree(id) AS (
      SELECT id FROM "ProductCategory" WHERE id = ${categoryId}::uuid
      UNION SELECT pc.id FROM "ProductCategory" pc JOIN tree ON pc."parentId" = tree.id
    )
    SELECT id::text AS id FROM tree`);
  return rows.map((r) => r.id);
}

async function shopWhere(db: Reader, f: Filter): Promise<Prisma.ProductWhereInput> {
  return {
    active: true,
    // searchText holds the normalised names and SKU; the schema normalised the query the same way.
    ...(f.q ? { searchText: { contains: likeEscape(f.q) } } : {}),
    ...(f.category ? { categoryId: { in: await categoryAndBelow(db, f.category) } } : {}),
    ...(f.brand ? { brandId: f.brand } : {}),
  };
}

/** What the storefront's filters and notices need: categories, brands, the currency, whether prices show. */
export async function shopOptions(db: Reader, customerId: string) {
  const [categories, brands, currency, { showPrices }] = [
    await db.productCategory.findMany({ orderBy: [{ position: "asc" }, { code: "asc" }], select: { id: true, name: true, parentId: true } }),
    await db.brand.findMany({ orderBy: { code: "asc" }, select: { id: true, name: true } }),
    await storeCurrency(db),
    await groupNumbers(db, customerId),
  ];
  return {
    categories: categories.map((c) => ({ ...c, name: c.name as LocalizedText })),
    brands: brands.map((b) => ({ ...b, name: b.name as LocalizedText })),
    currency,
    showPrices,
  };
}

/** Active products, newest first, keyset-paged on (createdAt, id). */
export async function listShopProducts(
  db: Reader,
  customerId: string,
  input: { filter: Filter; cursor?: { createdAt: Date; id: string } | null; limit: number },
) {
  const { showPrices } = await groupNumbers(db, customerId);
  const { warehouseIds } = await allowedCheckoutOptions(db, customerId);
  const { cursor } = input;
  const rows = await db.product.findMany({
    where: {
      AND: [
        await shopWhere(db, input.filter),
        cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: {
      id: true,
      sku: true,
      name: true,
      price: true,
      createdAt: true,
      category: { select: { id: true, name: true } },
      brand: { select: { id: true, name: true } },
      stock: { where: { warehouseId: { in: warehouseIds } }, select: { quantity: true } },
      wishes: { where: { customerId }, select: { createdAt: true } },
    },
  });
  const page = rows.slice(0, input.limit).map((r) => ({
    id: r.id,
    sku: r.sku,
    name: r.name as LocalizedText,
    createdAt: r.createdAt,
    ...priceIf(showPrices, r.price),
    category: r.category && { id: r.category.id, name: r.category.name as LocalizedText },
    brand: r.brand && { id: r.brand.id, name: r.brand.name as LocalizedText },
    /** Units in the warehouses this customer may order from. */
    available: r.stock.reduce((sum, s) => sum + Math.max(0, s.quantity), 0),
    wished: r.wishes.length > 0,
  }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > input.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}

/** One active product for the product page, stock per allowed warehouse in the warehouses' order; null when none. */
export async function shopProduct(db: Reader, customerId: string, id: string) {
  const { showPrices } = await groupNumbers(db, customerId);
  const { warehouseIds } = await allowedCheckoutOptions(db, customerId);
  const p = await db.product.findFirst({
    where: { id, active: true },
    select: {
      id: true,
      sku: true,
      name: true,
      description: true,
      price: true,
      category: { select: { id: true, name: true } },
      brand: { select: { id: true, name: true } },
      stock: { where: { warehouseId: { in: warehouseIds } }, select: { warehouseId: true, quantity: true } },
      wishes: { where: { customerId }, select: { createdAt: true } },
      carts: { where: { customerId }, select: { quantity: true } },
    },
  });
  if (!p) return null;
  const warehouses = await db.warehouse.findMany({
    where: { id: { in: warehouseIds } },
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: { id: true, name: true },
  });
  const quantity = new Map(p.stock.map((s) => [s.warehouseId, s.quantity]));
  return {
    id: p.id,
    sku: p.sku,
    name: p.name as LocalizedText,
    description: p.description as Partial<LocalizedText>,
    ...priceIf(showPrices, p.price),
    category: p.category && { id: p.category.id, name: p.category.name as LocalizedText },
    brand: p.brand && { id: p.brand.id, name: p.brand.name as LocalizedText },
    stock: warehouses.map((w) => ({ warehouseId: w.id, name: w.name as LocalizedText, quantity: Math.max(0, quantity.get(w.id) ?? 0) })),
    wished: p.wishes.length > 0,
    inCart: p.carts[0]?.quantity ?? 0,
  };
}

// Prisma keeps DateTime as UTC wall-clock in "timestamp without time zone" columns.
const UTC_NOW = Prisma.raw(`(now() AT TIME ZONE 'UTC')`);

/**
 * One more of an active product in the customer's cart, at most MAX_CART_QUANTITY. Takes the
 * transaction of the caller (moving a wish to the cart deletes the wish in the same one).
 */
export async function addToCartTx(tx: Tx, customerId: string, productId: string): Promise<{ quantity: number }> {
  const product = await tx.product.findFirst({ where: { id: productId, active: true }, select: { id: true } });
  if (!product) throw new FieldErrors([{ path: "productId", message: "errors.notFound" }], "invalid");
  // One statement, so two clicks at once cannot both read 98 and write 99 + 1.
  const [row] = await tx.$queryRaw<{ quantity: number }[]>(Prisma.sql`
    INSERT INTO "CartItem" ("customerId", "productId", quantity, "createdAt", "updatedAt")
    VALUES (${customerId}::uuid, ${productId}::uuid, 1, ${UTC_NOW}, ${UTC_NOW})
    ON CONFLICT ("customerId", "productId") DO UPDATE SET quantity = "CartItem".quantity + 1, "updatedAt" = ${UTC_NOW}
      WHERE "CartItem".quantity < ${MAX_CART_QUANTITY}
    RETURNING quantity`);
  if (!row) throw new FieldErrors([{ path: "productId", message: "errors.shop.cartFull" }], "invalid");
  return { quantity: row.quantity };
}

export const addToCart = (db: Db, customerId: string, productId: string) =>
  db.$transaction((tx) => addToCartTx(tx, customerId, productId));
