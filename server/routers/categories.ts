import "server-only";
import { router, adminProcedure } from "../trpc";
import { catalogIdSchema, categorySchema, categoryUpdateSchema } from "@/lib/schemas/catalog";
import { createCategory, deleteCategory, listCategories, updateCategory } from "../services/catalog/categories";

const read = adminProcedure("catalog.read");
const write = adminProcedure("catalog.write");

export const categoriesRouter = router({
  list: read.query(({ ctx }) => listCategories(ctx.db)),
  create: write.input(categorySchema).mutation(({ ctx, input }) => createCategory(ctx.db, ctx.actor, input)),
  update: write.input(categoryUpdateSchema).mutation(({ ctx, input: { id, ...data } }) => updateCategory(ctx.db, ctx.actor, id, data)),
  delete: write.input(catalogIdSchema).mutation(({ ctx, input }) => deleteCategory(ctx.db, ctx.actor, input.id)),
});
