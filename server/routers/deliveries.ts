import "server-only";
import { router, adminProcedure } from "../trpc";
import { deliveryListSchema, deliveryRetrySchema } from "@/lib/schemas/delivery";
import { listDeliveries, retryDelivery } from "../services/delivery/admin";

// The delivery log (issue 10): every e-mail and SMS the pipeline sent or tries to send.
export const deliveriesRouter = router({
  list: adminProcedure("notifications.read")
    .input(deliveryListSchema)
    .query(({ ctx, input }) => listDeliveries(ctx.db, input)),
  retry: adminProcedure("notifications.write")
    .input(deliveryRetrySchema)
    .mutation(({ ctx, input }) => retryDelivery(ctx.db, ctx.actor, input.id)),
});
