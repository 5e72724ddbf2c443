import "server-only";
import { router, customerProcedure } from "../trpc";
import { orderIdSchema, paymentConfirmSchema } from "@/lib/schemas/checkout";
import { confirmPayment, retryPayment } from "../services/checkout";

// The customer's payments for their own orders, through the simulated gateway (no real one yet).

const own = customerProcedure("account.orders");

export const paymentsRouter = router({
  confirm: own
    .input(paymentConfirmSchema)
    .mutation(({ ctx, input }) => confirmPayment(ctx.db, ctx.customerId, input.paymentId, { outcome: input.outcome })),
  retry: own.input(orderIdSchema).mutation(({ ctx, input }) => retryPayment(ctx.db, ctx.customerId, input.orderId)),
});
