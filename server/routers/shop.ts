import "server-only";
import { TRPCError } from "@trpc/server";
import { router, customerProcedure } from "../trpc";
import { addToCartSchema, shopListSchema, shopProductSchema } from "@/lib/schemas/shop";
import { addToCart, listShopProducts, shopOptions, shopProduct } from "../services/shop";
import { productReviewsSchema } from "@/lib/schemas/review-moderation";
import { productReviews } from "../services/review-list";

// The customer's storefront; every call is scoped by ctx.customerId (prices and stock follow the
// customer's groups).

const shopper = customerProcedure("account.orders");

export const shopRouter = router({
  options: shopper.query(({ ctx }) => shopOptions(ctx.db, ctx.customerId)),
  list: shopper.input(shopListSchema).query(({ ctx, input }) => listShopProducts(ctx.db, ctx.customerId, input)),
  product: shopper.input(shopProductSchema).query(async ({ ctx, input }) => {
    const product = await shopProduct(ctx.db, ctx.customerId, input.id);
    if (!product) throw new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });
    return product;
  }),
  /** The product's approved reviews with their average (issue 9). */
  reviews: shopper.input(productReviewsSchema).query(({ ctx, input }) => productReviews(ctx.db, input)),
  addToCart: shopper.input(addToCartSchema).mutation(({ ctx, input }) => addToCart(ctx.db, ctx.customerId, input.productId)),
});
