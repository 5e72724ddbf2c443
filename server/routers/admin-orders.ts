import "server-only";
import { router, adminProcedure } from "../trpc";
import { orderStatusChangeSchema } from "@/lib/schemas/orders";
import { orderIdSchema } from "@/lib/schemas/checkout";
import { adminOrderListSchema, customerOrdersSchema } from "@/lib/schemas/order-list";
import { changeOrderStatus } from "../services/order-status";
import { adminOrder, customerOrdersForStaff, listAdminOrders } from "../services/order-list";

// Staff on orders: the filtered list, one order with its next statuses, a customer's orders on
// their card, and the status moves.

const read = adminProcedure("orders.read");

export const adminOrdersRouter = router({
  list: read.input(adminOrderListSchema).query(({ ctx, input }) => listAdminOrders(ctx.db, input)),
  get: read.input(orderIdSchema).query(({ ctx, input }) => adminOrder(ctx.db, input.orderId)),
  /** On the customer card, so the card's own permission opens it. */
  ofCustomer: adminProcedure("customers.read")
    .input(customerOrdersSchema)
    .query(({ ctx, input }) => customerOrdersForStaff(ctx.db, input.customerId, input.cursor, input.limit)),
  setStatus: adminProcedure("orders.write")
    .input(orderStatusChangeSchema)
    .mutation(({ ctx, input }) => changeOrderStatus(ctx.db, ctx.actor, input.orderId, input.to)),
});
