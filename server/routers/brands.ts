import "server-only";
import { router, adminProcedure } from "../trpc";
import { brandSchema, brandUpdateSchema, catalogIdSchema } from "@/lib/schemas/catalog";
import { createBrand, deleteBrand, listBrands, updateBrand } from "../services/catalog/brands";

const read = adminProcedure("catalog.read");
const write = adminProcedure("catalog.write");

export const brandsRouter = router({
  list: read.query(({ ctx }) => listBrands(ctx.db)),
  create: write.input(brandSchema).mutation(({ ctx, input }) => createBrand(ctx.db, ctx.actor, input)),
  update: write.input(brandUpdateSchema).mutation(({ ctx, input: { id, ...data } }) => updateBrand(ctx.db, ctx.actor, id, data)),
  delete: write.input(catalogIdSchema).mutation(({ ctx, input }) => deleteBrand(ctx.db, ctx.actor, input.id)),
});
