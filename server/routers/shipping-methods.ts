import "server-only";
import { router, adminProcedure } from "../trpc";
import { catalogIdSchema, shippingMethodSchema, shippingMethodUpdateSchema } from "@/lib/schemas/catalog";
import { createShippingMethod, deleteShippingMethod, listShippingMethods, updateShippingMethod } from "../services/catalog/shipping-methods";
import { storeCurrency } from "../services/store-settings";

const read = adminProcedure("catalog.read");
const write = adminProcedure("catalog.write");

export const shippingMethodsRouter = router({
  /** With the store's currency, to show and edit the prices in. */
  list: read.query(async ({ ctx }) => ({ rows: await listShippingMethods(ctx.db), currency: await storeCurrency(ctx.db) })),
  create: write.input(shippingMethodSchema).mutation(({ ctx, input }) => createShippingMethod(ctx.db, ctx.actor, input)),
  update: write
    .input(shippingMethodUpdateSchema)
    .mutation(({ ctx, input: { id, ...data } }) => updateShippingMethod(ctx.db, ctx.actor, id, data)),
  delete: write.input(catalogIdSchema).mutation(({ ctx, input }) => deleteShippingMethod(ctx.db, ctx.actor, input.id)),
});
