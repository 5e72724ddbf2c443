import "server-only";
import { router, adminProcedure } from "../trpc";
import { catalogIdSchema, paymentMethodSchema, paymentMethodUpdateSchema } from "@/lib/schemas/catalog";
import { createPaymentMethod, deletePaymentMethod, listPaymentMethods, updatePaymentMethod } from "../services/catalog/payment-methods";

const read = adminProcedure("catalog.read");
const write = adminProcedure("catalog.write");

export const paymentMethodsRouter = router({
  list: read.query(({ ctx }) => listPaymentMethods(ctx.db)),
  create: write.input(paymentMethodSchema).mutation(({ ctx, input }) => createPaymentMethod(ctx.db, ctx.actor, input)),
  update: write
    .input(paymentMethodUpdateSchema)
    .mutation(({ ctx, input: { id, ...data } }) => updatePaymentMethod(ctx.db, ctx.actor, id, data)),
  delete: write.input(catalogIdSchema).mutation(({ ctx, input }) => deletePaymentMethod(ctx.db, ctx.actor, input.id)),
});
