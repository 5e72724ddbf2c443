import "server-only";
import type { Db } from "../db";
import { FieldErrors } from "../errors";
import { recordAudit, type Actor } from "./audit";

// Approving a product review (N-4). Issue 9 builds the moderation queue around it; the approval
// writes the outbox row "review.approved" that grants the review points (issue 7, P-2) in the same
// transaction. DomainEvent's UNIQUE(type, aggregateId) makes the reward once per review, even if a
// review is approved, rejected and approved again.

export async function approveReview(db: Db, actor: Actor, reviewId: string) {
  return db.$transaction(async (tx) => {
    // The row lock orders two approvals of the same review: the second sees APPROVED and does nothing.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ProductReview" WHERE "id" = ${reviewId}::uuid FOR UPDATE`;
    if (!locked) throw new FieldErrors([{ path: "reviewId", message: "errors.notFound" }], "invalid");
    const review = await tx.productReview.findUniqueOrThrow({
      where: { id: reviewId },
      select: { status: true, customerId: true, productId: true, orderId: true, product: { select: { sku: true } } },
    });
    if (review.status === "APPROVED") return { id: reviewId, status: review.status };
    await tx.productReview.update({ where: { id: reviewId }, data: { status: "APPROVED", rejectReason: null } });
    await tx.domainEvent.createMany({
      data: [{ type: "review.approved", aggregateId: reviewId, payload: { customerId: review.customerId, productId: review.productId, orderId: review.orderId } }],
      skipDuplicates: true,
    });
    await recordAudit(tx, actor, "review.approve", { type: "review", id: reviewId, label: review.product.sku }, { status: { from: review.status, to: "APPROVED" } });
    return { id: reviewId, status: "APPROVED" as const };
  });
}
