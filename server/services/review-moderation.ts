import "server-only";
import type { Db, Tx } from "../db";
import { FieldErrors } from "../errors";
import { recordAudit, type Actor } from "./audit";

// Moderating product reviews (N-4, issue 9): approve, reject with a reason, edit the text, delete.
// Every write locks the review row, changes it and records the audit entry in one transaction.
//
// Approval writes the outbox row "review.approved" that grants the review points (issue 7, P-2) in
// the same transaction. DomainEvent's UNIQUE(type, aggregateId) makes the reward once per review, even
// if a review is approved, rejected and approved again. Rejecting an approved review does not take the
// points back: they were granted for a review the store accepted, and the ledger only ever appends
// (a manual adjustment on the customer's points is the way to withdraw them).

const notFound = () => new FieldErrors([{ path: "reviewId", message: "errors.notFound" }], "invalid");

/** Locks one review for the rest of the transaction: a second writer waits, then sees the first one's result. */
async function lockReview(tx: Tx, reviewId: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ProductReview" WHERE "id" = ${reviewId}::uuid FOR UPDATE`;
  if (!locked) throw notFound();
  return tx.productReview.findUniqueOrThrow({
    where: { id: reviewId },
    select: { status: true, rating: true, comment: true, rejectReason: true, customerId: true, productId: true, orderId: true, product: { select: { sku: true } } },
  });
}

const target = (reviewId: string, sku: string) => ({ type: "review", id: reviewId, label: sku });

async function approveTx(tx: Tx, actor: Actor, reviewId: string) {
  // The row lock orders two approvals of the same review: the second sees APPROVED and does nothing.
  const review = await lockReview(tx, reviewId);
  if (review.status === "APPROVED") return { id: reviewId, status: review.status, changed: false };
  await tx.productReview.update({ where: { id: reviewId }, data: { status: "APPROVED", rejectReason: null } });
  await tx.domainEvent.createMany({
    data: [{ type: "review.approved", aggregateId: reviewId, payload: { customerId: review.customerId, productId: review.productId, orderId: review.orderId } }],
    skipDuplicates: true,
  });
  await recordAudit(tx, actor, "review.approve", target(reviewId, review.product.sku), { status: { from: review.status, to: "APPROVED" } });
  return { id: reviewId, status: "APPROVED" as const, changed: true };
}

export async function approveReview(db: Db, actor: Actor, reviewId: string) {
  const { changed: _changed, ...result } = await db.$transaction((tx) => approveTx(tx, actor, reviewId));
  return result;
}

/** The rows ticked in the queue, all or none; each is approved (and rewarded) at most once. */
export async function approveReviews(db: Db, actor: Actor, reviewIds: string[]) {
  // Locked in id order, so two bulk approvals of overlapping rows cannot deadlock.
  const ids = [...new Set(reviewIds)].sort();
  return db.$transaction(async (tx) => {
    let approved = 0;
    for (const id of ids) if ((await approveTx(tx, actor, id)).changed) approved++;
    return { approved };
  });
}

/** Rejected with the reason the customer reads; a rejected review can be approved later. */
export async function rejectReview(db: Db, actor: Actor, reviewId: string, reason: string) {
  return db.$transaction(async (tx) => {
    const review = await lockReview(tx, reviewId);
    if (review.status === "REJECTED" && review.rejectReason === reason) return { id: reviewId, status: review.status };
    await tx.productReview.update({ where: { id: reviewId }, data: { status: "REJECTED", rejectReason: reason } });
    await recordAudit(tx, actor, "review.reject", target(reviewId, review.product.sku), {
      ...(review.status !== "REJECTED" ? { status: { from: review.status, to: "REJECTED" } } : {}),
      rejectReason: { from: review.rejectReason, to: reason },
    });
    return { id: reviewId, status: "REJECTED" as const };
  });
}

/** Staff correct the text; the customer's original stays in the audit entry's `comment.from`. */
export async function editReview(db: Db, actor: Actor, reviewId: string, comment: string) {
  return db.$transaction(async (tx) => {
    const review = await lockReview(tx, reviewId);
    if (review.comment === comment) return { id: reviewId, changed: false };
    await tx.productReview.update({ where: { id: reviewId }, data: { comment, editedAt: new Date() } });
    await recordAudit(tx, actor, "review.edit", target(reviewId, review.product.sku), { comment: { from: review.comment, to: comment } });
    return { id: reviewId, changed: true };
  });
}

/**
 * Deletes a review; what it said stays in the audit entry. Points already granted for it stay in the
 * ledger (append-only); an approval whose event the worker has not reached yet grants nothing.
 */
export async function deleteReview(db: Db, actor: Actor, reviewId: string) {
  return db.$transaction(async (tx) => {
    const review = await lockReview(tx, reviewId);
    await tx.productReview.delete({ where: { id: reviewId } });
    await recordAudit(tx, actor, "review.delete", target(reviewId, review.product.sku), {
      status: { from: review.status, to: null },
      rating: { from: review.rating, to: null },
      comment: { from: review.comment, to: null },
    });
    return { id: reviewId };
  });
}
