import "server-only";
import { router, adminProcedure, customerProcedure } from "../trpc";
import { ratingRequestSchema, reviewSchema, unratedSchema } from "@/lib/schemas/reviews";
import { rateProduct, sendRatingRequest, unratedOrders } from "../services/ratings";
import { myReviewsSchema } from "@/lib/schemas/review-moderation";
import { myReviewList } from "../services/review-list";

// Ratings: the customer's unrated orders and their reviews, and the admin's rating request (C-4).

const own = customerProcedure("account.reviews");

export const ratingsRouter = router({
  unrated: own.input(unratedSchema).query(({ ctx, input }) => unratedOrders(ctx.db, ctx.customerId, input.cursor, input.limit)),
  /** The customer's own reviews, paged, with each one's moderation state and reject reason (issue 9). */
  myReviews: own.input(myReviewsSchema).query(({ ctx, input }) => myReviewList(ctx.db, ctx.customerId, input)),
  rate: own.input(reviewSchema).mutation(({ ctx, input }) => rateProduct(ctx.db, ctx.customerId, input)),
  sendRequest: adminProcedure("customers.message")
    .input(ratingRequestSchema)
    .mutation(({ ctx, input }) => sendRatingRequest(ctx.db, ctx.actor, input.customerId)),
});
