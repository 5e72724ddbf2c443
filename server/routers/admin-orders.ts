import "server-only";
import { router, adminProcedure } from "../trpc";
import { orderStatusChangeSchema } from "@/lib/schemas/orders";
import { changeOrderStatus } from "../services/order-status";

// Staff actions on orders; the admin orders pages (another change) build on this router.

export const adminOrdersRouter = router({
  setStatus: adminProcedure("orders.write")
    .input(orderStatusChangeSchema)
    .mutation(({ ctx, input }) => changeOrderStatus(ctx.db, ctx.actor, input.orderId, input.to)),
});
