import "server-only";
import { router, adminProcedure } from "../trpc";
import {
  orderLimitActiveSchema,
  orderLimitIdSchema,
  orderLimitListSchema,
  orderLimitSchema,
  orderLimitUpdateSchema,
  productSearchSchema,
} from "@/lib/schemas/order-limits";
import {
  createOrderLimit,
  deleteOrderLimit,
  getOrderLimit,
  listOrderLimits,
  orderLimitOptions,
  searchProducts,
  setOrderLimitActive,
  updateOrderLimit,
} from "../services/order-limits";

// Order limits: "at most N items in H hours" per customer group.

const read = adminProcedure("orderLimits.read");
const write = adminProcedure("orderLimits.write");

export const orderLimitsRouter = router({
  list: read.input(orderLimitListSchema).query(({ ctx, input }) => listOrderLimits(ctx.db, input)),
  get: read.input(orderLimitIdSchema).query(({ ctx, input }) => getOrderLimit(ctx.db, input.id)),
  /** Groups, categories and brands for the form and the list's filter. */
  options: read.query(({ ctx }) => orderLimitOptions(ctx.db)),
  products: read.input(productSearchSchema).query(({ ctx, input }) => searchProducts(ctx.db, input.q)),
  create: write.input(orderLimitSchema).mutation(({ ctx, input }) => createOrderLimit(ctx.db, ctx.actor, input)),
  update: write.input(orderLimitUpdateSchema).mutation(({ ctx, input }) => {
    const { id, ...data } = input;
    return updateOrderLimit(ctx.db, ctx.actor, id, data);
  }),
  setActive: write.input(orderLimitActiveSchema).mutation(({ ctx, input }) => setOrderLimitActive(ctx.db, ctx.actor, input.id, input.active)),
  delete: write.input(orderLimitIdSchema).mutation(({ ctx, input }) => deleteOrderLimit(ctx.db, ctx.actor, input.id)),
});
