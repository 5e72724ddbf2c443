import "server-only";
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { FieldErrors } from "../errors";
import type { LocalizedText } from "@/lib/localized";
import type { ReviewCursor, ReviewFilter } from "@/lib/schemas/review-moderation";

// The lists of product reviews (issue 9): the admin's moderation queue, the approved reviews on a
// product's page and the customer's own. All page by keyset on (createdAt desc, id desc), which the
// ProductReview indexes serve; no COUNT per page.

/** Rows after the cursor in (createdAt desc, id desc) order. */
const after = (cursor?: ReviewCursor | null): Prisma.ProductReviewWhereInput =>
  cursor
    ? { OR: [{ createdAt: { lt: new Date(cursor.createdAt) } }, { createdAt: new Date(cursor.createdAt), id: { lt: cursor.id } }] }
    : {};

const order: Prisma.ProductReviewOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

function page<T extends { id: string; createdAt: Date }>(rows: T[], limit: number) {
  const last = rows[limit - 1];
  return { rows: rows.slice(0, limit), next: rows.length > limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null };
}

/** The queue's WHERE: status (unless ALL), stars, one product, one customer, or a customer search. */
function queueWhere(f: ReviewFilter): Prisma.ProductReviewWhereInput {
  return {
    ...(f.status !== "ALL" ? { status: f.status } : {}),
    ...(f.rating ? { rating: f.rating } : {}),
    ...(f.product ? { productId: f.product } : {}),
    ...(f.customer ? { customerId: f.customer } : {}),
    // The trigram index on Customer.searchText serves the LIKE '%…%' that `contains` makes.
    ...(f.q ? { customer: { searchText: { contains: f.q } } } : {}),
  };
}

/** The admin's moderation queue. */
export async function listReviews(db: Db, input: { filter: ReviewFilter; cursor?: ReviewCursor | null; limit: number }) {
  const rows = await db.productReview.findMany({
    where: { AND: [queueWhere(input.filter), after(input.cursor)] },
    orderBy: order,
    take: input.limit + 1,
    select: {
      id: true,
      rating: true,
      comment: true,
      status: true,
      rejectReason: true,
      editedAt: true,
      createdAt: true,
      product: { select: { id: true, sku: true, name: true } },
      order: { select: { number: true } },
      customer: { select: { id: true, user: { select: { name: true, username: true } } } },
    },
  });
  const p = page(rows, input.limit);
  return {
    next: p.next,
    rows: p.rows.map(({ product, order: o, customer, ...r }) => ({
      ...r,
      product: { id: product.id, sku: product.sku, name: product.name as LocalizedText },
      orderNumber: o.number,
      customer: { id: customer.id, name: customer.user.name, username: customer.user.username },
    })),
  };
}

/** The product the queue is filtered by, for the filter's label. */
export async function reviewProduct(db: Db, productId: string) {
  const p = await db.product.findUnique({ where: { id: productId }, select: { id: true, sku: true, name: true } });
  if (!p) throw new FieldErrors([{ path: "productId", message: "errors.notFound" }], "invalid");
  return { ...p, name: p.name as LocalizedText };
}

/** What a product page shows of a reviewer: the first word of their name, never the mobile or e-mail. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? "";

/**
 * The approved reviews of an active product, newest first, with the average and count of all its
 * approved reviews on the first page (one aggregate on the (productId, status) index).
 */
export async function productReviews(db: Db, input: { productId: string; cursor?: ReviewCursor | null; limit: number }) {
  const product = await db.product.findFirst({ where: { id: input.productId, active: true }, select: { id: true } });
  if (!product) throw new FieldErrors([{ path: "productId", message: "errors.notFound" }], "invalid");
  const approved = { productId: input.productId, status: "APPROVED" } as const;
  const [rows, summary] = await Promise.all([
    db.productReview.findMany({
      where: { ...approved, ...after(input.cursor) },
      orderBy: order,
      take: input.limit + 1,
      select: { id: true, rating: true, comment: true, createdAt: true, customer: { select: { user: { select: { name: true } } } } },
    }),
    input.cursor ? null : db.productReview.aggregate({ where: approved, _avg: { rating: true }, _count: { _all: true } }),
  ]);
  const p = page(rows, input.limit);
  return {
    summary: summary && { count: summary._count._all, average: summary._avg.rating === null ? null : Number(summary._avg.rating) },
    next: p.next,
    rows: p.rows.map(({ customer, ...r }) => ({ ...r, reviewer: firstName(customer.user.name) })),
  };
}

/** The customer's own reviews with their moderation state and, when rejected, the reason. */
export async function myReviewList(db: Db, customerId: string, input: { cursor?: ReviewCursor | null; limit: number }) {
  const rows = await db.productReview.findMany({
    where: { customerId, ...after(input.cursor) },
    orderBy: order,
    take: input.limit + 1,
    select: {
      id: true,
      rating: true,
      comment: true,
      status: true,
      rejectReason: true,
      createdAt: true,
      product: { select: { id: true, name: true } },
      order: { select: { number: true } },
    },
  });
  const p = page(rows, input.limit);
  return {
    next: p.next,
    rows: p.rows.map(({ product, order: o, ...r }) => ({ ...r, productId: product.id, productName: product.name as LocalizedText, orderNumber: o.number })),
  };
}
