import "server-only";
import { router, customerProcedure } from "../trpc";
import { orderIdSchema } from "@/lib/schemas/checkout";
import { myOrdersSchema } from "@/lib/schemas/order-list";
import { myOrder, myOrders } from "../services/order-list";

// The customer's own orders (account area); every query is scoped by ctx.customerId.

const own = customerProcedure("account.orders");

export const ordersRouter = router({
  list: own.input(myOrdersSchema).query(({ ctx, input }) => myOrders(ctx.db, ctx.customerId, input.cursor, input.limit)),
  get: own.input(orderIdSchema).query(({ ctx, input }) => myOrder(ctx.db, ctx.customerId, input.orderId)),
});
