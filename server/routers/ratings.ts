import "server-only";
import { router, adminProcedure, customerProcedure } from "../trpc";
import { ratingRequestSchema, reviewSchema, unratedSchema } from "@/lib/schemas/reviews";
import { noInputSchema } from "@/lib/schemas/cart";
import { myReviews, rateProduct, sendRatingRequest, unratedOrders } from "../services/ratings";

// Ratings: the customer's unrated orders and their reviews, and the admin's rating request (C-4).

const own = customerProcedure("account.reviews");

export const ratingsRouter = router({
  unrated: own.input(unratedSchema).query(({ ctx, input }) => unratedOrders(ctx.db, ctx.customerId, input.cursor, input.limit)),
  mine: own.input(noInputSchema).query(({ ctx }) => myReviews(ctx.db, ctx.customerId)),
  rate: own.input(reviewSchema).mutation(({ ctx, input }) => rateProduct(ctx.db, ctx.customerId, input)),
  sendRequest: adminProcedure("customers.message")
    .input(ratingRequestSchema)
    .mutation(({ ctx, input }) => sendRatingRequest(ctx.db, ctx.actor, input.customerId)),
});
