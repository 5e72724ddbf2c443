import "server-only";
import { router, adminProcedure } from "../trpc";
import { catalogIdSchema, warehouseSchema, warehouseUpdateSchema } from "@/lib/schemas/catalog";
import { createWarehouse, deleteWarehouse, listWarehouses, updateWarehouse } from "../services/catalog/warehouses";

const read = adminProcedure("catalog.read");
const write = adminProcedure("catalog.write");

export const warehousesRouter = router({
  list: read.query(({ ctx }) => listWarehouses(ctx.db)),
  create: write.input(warehouseSchema).mutation(({ ctx, input }) => createWarehouse(ctx.db, ctx.actor, input)),
  update: write.input(warehouseUpdateSchema).mutation(({ ctx, input: { id, ...data } }) => updateWarehouse(ctx.db, ctx.actor, id, data)),
  delete: write.input(catalogIdSchema).mutation(({ ctx, input }) => deleteWarehouse(ctx.db, ctx.actor, input.id)),
});
