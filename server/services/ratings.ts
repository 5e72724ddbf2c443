import "server-only";
import { createTranslator } from "use-intl/core";
import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { FieldErrors, isUniqueViolation } from "../errors";
import type { LocalizedText } from "@/lib/localized";
import type { ReviewData } from "@/lib/schemas/reviews";
import fa from "@/messages/fa.json";
import { recordAudit, type Actor } from "./audit";
import { appUrl } from "../app-url";

// Ratings (issue 6, C-4): a customer rates the products of their completed orders; each rating is a
// product review awaiting moderation. One review per (order, product) is held by the UNIQUE
// constraint itself, so two submissions at once record one.

/** Where the rating request's link leads: the account page listing only the unrated orders. */
export const RATING_PAGE = "/account/reviews";

/** Completed orders of the customer holding at least one product without a review. Alias o = "Order". */
const hasUnrated = Prisma.sql`EXISTS (
  SELECT 1 FROM "OrderLine" l
  WHERE l."orderId" = o."id"
    AND NOT EXISTS (SELECT 1 FROM "ProductReview" r WHERE r."orderId" = o."id" AND r."productId" = l."productId"))`;

/** The customer's completed orders that still have unrated products, newest completion first (keyset). */
export async function unratedOrders(db: Db, customerId: string, cursor: { completedAt: string; id: string } | null | undefined, limit: number) {
  const after = cursor ? Prisma.sql`AND (o."completedAt", o."id") < (${new Date(cursor.completedAt)}, ${cursor.id}::uuid)` : Prisma.empty;
  const orders = await db.$queryRaw<{ id: string; number: number; completedAt: Date }[]>`
    SELECT o."id", o."number", o."completedAt" FROM "Order" o
    WHERE o."customerId" = ${customerId}::uuid AND o."status" = 'COMPLETED' AND o."completedAt" IS NOT NULL AND ${hasUnrated} ${after}
    ORDER BY o."completedAt" DESC, o."id" DESC
    LIMIT ${limit + 1}`;
  const page = orders.slice(0, limit);
  const ids = page.map((o) => o.id);
  const [lines, reviews] = ids.length
    ? await Promise.all([
        db.orderLine.findMany({ where: { orderId: { in: ids } }, select: { orderId: true, productId: true, sku: true, name: true }, orderBy: { id: "asc" } }),
        db.productReview.findMany({ where: { orderId: { in: ids } }, select: { orderId: true, productId: true } }),
      ])
    : [[], []];
  const rated = new Set(reviews.map((r) => `${r.orderId}:${r.productId}`));
  const last = page.at(-1);
  return {
    rows: page.map((o) => {
      // One entry per product, even if the order holds it on two lines.
      const products = new Map<string, { productId: string; sku: string; name: LocalizedText }>();
      for (const l of lines) {
        if (l.orderId !== o.id || rated.has(`${o.id}:${l.productId}`) || products.has(l.productId)) continue;
        products.set(l.productId, { productId: l.productId, sku: l.sku, name: l.name as LocalizedText });
      }
      return { id: o.id, number: Number(o.number), completedAt: o.completedAt, products: [...products.values()] };
    }),
    next: orders.length > limit && last ? { completedAt: last.completedAt.toISOString(), id: last.id } : null,
  };
}

/** The customer's rating of one product of one of their completed orders → a PENDING review. */
export async function rateProduct(db: Db, customerId: string, input: ReviewData) {
  const order = await db.order.findFirst({ where: { id: input.orderId, customerId }, select: { status: true } });
  // Another customer's order is "not found": its existence is not theirs to learn.
  if (!order) throw new FieldErrors([{ path: "orderId", message: "errors.notFound" }], "invalid");
  if (order.status !== "COMPLETED") throw new FieldErrors([{ path: "orderId", message: "errors.ratings.notCompleted" }], "invalid");
  const line = await db.orderLine.findFirst({ where: { orderId: input.orderId, productId: input.productId }, select: { id: true } });
  if (!line) throw new FieldErrors([{ path: "productId", message: "errors.ratings.notInOrder" }], "invalid");
  try {
    return await db.productReview.create({
      data: { orderId: input.orderId, productId: input.productId, customerId, rating: input.rating, comment: input.comment },
      select: { id: true, rating: true, status: true },
    });
  } catch (e) {
    // The unique (orderId, productId) decides between concurrent submissions.
    if (isUniqueViolation(e)) throw new FieldErrors([{ path: "rating", message: "errors.ratings.alreadyRated" }]);
    throw e;
  }
}


/**
 * The admin's "send rating request" (C-4): refused with the reason when the customer has no completed
 * order left to rate or no mobile; otherwise one SMS is queued in the messaging outbox (issue 10
 * delivers it) with a link to the unrated orders page, and the request is audited.
 */
export async function sendRatingRequest(db: Db, actor: Actor, customerId: string) {
  return db.$transaction(async (tx) => {
    const c = await tx.customer.findFirst({
      where: { id: customerId, deletedAt: null },
      select: { id: true, userId: true, user: { select: { name: true, username: true, mobile: true } } },
    });
    if (!c) throw new FieldErrors([{ path: "customerId", message: "errors.notFound" }], "invalid");
    const [counts] = await tx.$queryRaw<{ completed: bigint; unrated: bigint }[]>`
      SELECT count(*) AS completed, count(*) FILTER (WHERE ${hasUnrated}) AS unrated
      FROM "Order" o WHERE o."customerId" = ${customerId}::uuid AND o."status" = 'COMPLETED'`;
    const completed = Number(counts?.completed ?? 0);
    const unrated = Number(counts?.unrated ?? 0);
    if (completed === 0) throw new FieldErrors([{ path: "customerId", message: "errors.ratings.noCompletedOrders" }]);
    if (unrated === 0) throw new FieldErrors([{ path: "customerId", message: "errors.ratings.allRated" }]);
    if (!c.user.mobile) throw new FieldErrors([{ path: "customerId", message: "errors.customers.noMobile" }], "invalid");
    // The store's default language: the customer's own language is not recorded.
    const t = createTranslator({ locale: "fa", messages: fa as never, namespace: "ratings.sms" as never }) as unknown as (key: string, values: Record<string, string | number>) => string;
    const link = `${appUrl()}/fa${RATING_PAGE}`;
    const body = t("body", { name: c.user.name, count: unrated, link });
    const message = await tx.outboxMessage.create({
      data: { channel: "SMS", userId: c.userId, recipient: c.user.mobile, body, createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, "customer.ratingRequest", { type: "customer", id: c.id, label: c.user.username }, { unratedOrders: { from: null, to: unrated } });
    return { id: message.id, unratedOrders: unrated };
  });
}
