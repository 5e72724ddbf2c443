import "server-only";
import { router, customerProcedure } from "../trpc";
import { checkoutSchema, orderIdSchema } from "@/lib/schemas/checkout";
import { noInputSchema } from "@/lib/schemas/cart";
import { checkoutOptions, customerOrder, placeOrder } from "../services/checkout";

const own = customerProcedure("account.orders");

export const checkoutRouter = router({
  options: own.input(noInputSchema).query(({ ctx }) => checkoutOptions(ctx.db, ctx.customerId)),
  place: own.input(checkoutSchema).mutation(({ ctx, input }) => placeOrder(ctx.db, ctx.customerId, input)),
  /** The customer's own order, for the payment step and the success view. */
  order: own.input(orderIdSchema).query(({ ctx, input }) => customerOrder(ctx.db, ctx.customerId, input.orderId)),
});
