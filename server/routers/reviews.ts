import "server-only";
import { router, adminProcedure } from "../trpc";
import {
  approveManySchema,
  editReviewSchema,
  rejectReviewSchema,
  reviewIdSchema,
  reviewListSchema,
  reviewProductSchema,
  reviewProductSearchSchema,
} from "@/lib/schemas/review-moderation";
import { approveReview, approveReviews, deleteReview, editReview, rejectReview } from "../services/review-moderation";
import { listReviews, reviewProduct } from "../services/review-list";
import { searchProducts } from "../services/order-limits";

// Review moderation (issue 9, N-4): the queue with its filters, approve (once, whatever the clicks),
// reject with a reason, edit the text, delete.

const read = adminProcedure("reviews.read");
const write = adminProcedure("reviews.write");

export const reviewsRouter = router({
  list: read.input(reviewListSchema).query(({ ctx, input }) => listReviews(ctx.db, input)),
  /** The filter's product picker: products by name or SKU. */
  products: read.input(reviewProductSearchSchema).query(({ ctx, input }) => searchProducts(ctx.db, input.q)),
  /** The name of the product the queue is filtered by. */
  product: read.input(reviewProductSchema).query(({ ctx, input }) => reviewProduct(ctx.db, input.productId)),
  approve: write.input(reviewIdSchema).mutation(({ ctx, input }) => approveReview(ctx.db, ctx.actor, input.reviewId)),
  approveMany: write.input(approveManySchema).mutation(({ ctx, input }) => approveReviews(ctx.db, ctx.actor, input.reviewIds)),
  reject: write.input(rejectReviewSchema).mutation(({ ctx, input }) => rejectReview(ctx.db, ctx.actor, input.reviewId, input.reason)),
  edit: write.input(editReviewSchema).mutation(({ ctx, input }) => editReview(ctx.db, ctx.actor, input.reviewId, input.comment)),
  delete: adminProcedure("reviews.delete")
    .input(reviewIdSchema)
    .mutation(({ ctx, input }) => deleteReview(ctx.db, ctx.actor, input.reviewId)),
});
