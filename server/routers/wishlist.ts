import "server-only";
import { TRPCError } from "@trpc/server";
import { router, adminProcedure, customerProcedure } from "../trpc";
import { customerWishlistSchema, wishlistListSchema, wishlistProductSchema, wishlistReportSchema } from "@/lib/schemas/wishlist";
import { addToWishlist, customerWishlist, listWishlist, moveToCart, removeFromWishlist, wishlistReport } from "../services/wishlist";

// The customer's own wishlist (scoped by ctx.customerId) and the admin's views of wishlists.

const own = customerProcedure("account.wishlist");

export const wishlistRouter = router({
  list: own.input(wishlistListSchema).query(({ ctx, input }) => listWishlist(ctx.db, ctx.customerId, input)),
  add: own.input(wishlistProductSchema).mutation(({ ctx, input }) => addToWishlist(ctx.db, ctx.customerId, input.productId)),
  remove: own.input(wishlistProductSchema).mutation(({ ctx, input }) => removeFromWishlist(ctx.db, ctx.customerId, input.productId)),
  moveToCart: own.input(wishlistProductSchema).mutation(({ ctx, input }) => {
    // It writes the cart too, which belongs to the orders section.
    if (!ctx.session.permissions.includes("account.orders")) throw new TRPCError({ code: "FORBIDDEN", message: "errors.forbidden" });
    return moveToCart(ctx.db, ctx.customerId, input.productId);
  }),
  ofCustomer: adminProcedure("customers.read").input(customerWishlistSchema).query(({ ctx, input }) => customerWishlist(ctx.db, input)),
  report: adminProcedure("catalog.read").input(wishlistReportSchema).query(({ ctx, input }) => wishlistReport(ctx.db, input)),
});
