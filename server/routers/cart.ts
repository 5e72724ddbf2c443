import "server-only";
import { router, customerProcedure } from "../trpc";
import { cartProductSchema, cartSetSchema, noInputSchema } from "@/lib/schemas/cart";
import { clearCart, getCart, removeFromCart, setCartQuantity } from "../services/cart";

// The customer's own cart; every call is scoped by ctx.customerId. Prices are absent when hidden.

const own = customerProcedure("account.orders");

export const cartRouter = router({
  get: own.input(noInputSchema).query(({ ctx }) => getCart(ctx.db, ctx.customerId)),
  set: own.input(cartSetSchema).mutation(({ ctx, input }) => setCartQuantity(ctx.db, ctx.customerId, input.productId, input.quantity)),
  remove: own.input(cartProductSchema).mutation(({ ctx, input }) => removeFromCart(ctx.db, ctx.customerId, input.productId)),
  clear: own.input(noInputSchema).mutation(({ ctx }) => clearCart(ctx.db, ctx.customerId)),
});
