import "server-only";
import type { Db, Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import { FieldErrors } from "../errors";
import type { LocalizedText } from "@/lib/localized";
import { groupNumbers } from "./group-rules";
import { storeCurrency } from "./store-settings";
import { addToCartTx, priceIf } from "./shop";

// The wishlist (issue 6 point 2; PRODUCT.md C-4, C-7). Customers keep active products in it; the
// list they see leaves out prices when their groups hide them (R-3) and products since deactivated.
// Staff see a customer's whole list with prices on the card, and which products are wished most.

type Reader = Db | Tx;
type Cursor = { createdAt: Date; productId: string } | null | undefined;

const notFound = () => new FieldErrors([{ path: "productId", message: "errors.notFound" }], "invalid");

/** Newest first, keyset on (createdAt, productId). */
const after = (cursor: Cursor): Prisma.WishlistItemWhereInput =>
  cursor
    ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, productId: { lt: cursor.productId } }] }
    : {};
const order = [{ createdAt: "desc" as const }, { productId: "desc" as const }];

function paged<T extends { addedAt: Date; productId: string }>(rows: T[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? { createdAt: last.addedAt, productId: last.productId } : null };
}

/** Adds an active product; adding it again keeps the first date. */
export async function addToWishlist(db: Db, customerId: string, productId: string) {
  const product = await db.product.findFirst({ where: { id: productId, active: true }, select: { id: true } });
  if (!product) throw notFound();
  await db.wishlistItem.createMany({ data: [{ customerId, productId }], skipDuplicates: true });
  return { wished: true };
}

export async function removeFromWishlist(db: Db, customerId: string, productId: string) {
  await db.wishlistItem.deleteMany({ where: { customerId, productId } });
  return { wished: false };
}

/** The customer's own wishlist: active products, price only when their groups show prices. */
export async function listWishlist(db: Reader, customerId: string, input: { cursor?: Cursor; limit: number }) {
  const { showPrices } = await groupNumbers(db, customerId);
  const rows = await db.wishlistItem.findMany({
    where: { AND: [{ customerId, product: { active: true } }, after(input.cursor)] },
    orderBy: order,
    take: input.limit + 1,
    select: { productId: true, createdAt: true, product: { select: { sku: true, name: true, price: true } } },
  });
  return {
    ...paged(
      rows.map((r) => ({
        productId: r.productId,
        sku: r.product.sku,
        name: r.product.name as LocalizedText,
        ...priceIf(showPrices, r.product.price),
        addedAt: r.createdAt,
      })),
      input.limit,
    ),
    currency: await storeCurrency(db),
    showPrices,
  };
}

/** Moves a wished product to the cart: the wish goes and the cart gains one, both or neither. */
export async function moveToCart(db: Db, customerId: string, productId: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.wishlistItem.deleteMany({ where: { customerId, productId } });
    if (count === 0) throw notFound();
    return addToCartTx(tx, customerId, productId);
  });
}

/** A customer's wishlist for the customer card (C-7): every wished product, with its price and status. */
export async function customerWishlist(db: Reader, input: { customerId: string; cursor?: Cursor; limit: number }) {
  const rows = await db.wishlistItem.findMany({
    where: { AND: [{ customerId: input.customerId }, after(input.cursor)] },
    orderBy: order,
    take: input.limit + 1,
    select: { productId: true, createdAt: true, product: { select: { sku: true, name: true, price: true, active: true } } },
  });
  return {
    ...paged(
      rows.map((r) => ({
        productId: r.productId,
        sku: r.product.sku,
        name: r.product.name as LocalizedText,
        price: r.product.price,
        active: r.product.active,
        addedAt: r.createdAt,
      })),
      input.limit,
    ),
    currency: await storeCurrency(db),
  };
}

/**
 * The most-wished products: how many customers wish each, most first, keyset on (wishers, product id)
 * so later pages cost what the first does.
 */
export async function wishlistReport(db: Reader, input: { cursor?: { wishers: number; productId: string } | null; limit: number }) {
  const { cursor } = input;
  const counts = await db.$queryRaw<{ productId: string; wishers: number; lastAddedAt: Date }[]>(Prisma.sql`
    SELECT "productId"::text AS "productId", COUNT(*)::int AS wishers, MAX("createdAt") AS "lastAddedAt"
    FROM "WishlistItem"
    GROUP BY "productId"
    ${cursor ? Prisma.sql`HAVING (COUNT(*), "productId") < (${cursor.wishers}, ${cursor.productId}::uuid)` : Prisma.empty}
    ORDER BY COUNT(*) DESC, "productId" DESC
    LIMIT ${input.limit + 1}`);
  const page = counts.slice(0, input.limit);
  const products = new Map(
    (
      await db.product.findMany({
        where: { id: { in: page.map((c) => c.productId) } },
        select: { id: true, sku: true, name: true, price: true, active: true },
      })
    ).map((p) => [p.id, p]),
  );
  const rows = page.flatMap((c) => {
    const p = products.get(c.productId);
    return p ? [{ productId: p.id, sku: p.sku, name: p.name as LocalizedText, price: p.price, active: p.active, wishers: Number(c.wishers), lastAddedAt: c.lastAddedAt }] : [];
  });
  const last = page.at(-1);
  return {
    rows,
    next: counts.length > input.limit && last ? { wishers: Number(last.wishers), productId: last.productId } : null,
    currency: await storeCurrency(db),
  };
}
