import "server-only";
import { router, adminProcedure } from "../trpc";
import {
  catalogIdSchema,
  productListSchema,
  productSchema,
  productSetActiveSchema,
  productUpdateSchema,
} from "@/lib/schemas/catalog";
import { listProducts } from "../services/catalog/product-list";
import { createProduct, deleteProduct, productForEdit, setProductActive, updateProduct } from "../services/catalog/products";
import { listBrands } from "../services/catalog/brands";
import { listCategories } from "../services/catalog/categories";
import { listWarehouses } from "../services/catalog/warehouses";
import { storeCurrency } from "../services/store-settings";

const read = adminProcedure("catalog.read");
const write = adminProcedure("catalog.write");

export const productsRouter = router({
  list: read.input(productListSchema).query(({ ctx, input }) => listProducts(ctx.db, input)),
  /** What the list's filters and the form need: categories, brands, warehouses and the currency. */
  options: read.query(async ({ ctx }) => ({
    categories: await listCategories(ctx.db),
    brands: await listBrands(ctx.db),
    warehouses: await listWarehouses(ctx.db),
    currency: await storeCurrency(ctx.db),
  })),
  forEdit: read.input(catalogIdSchema).query(({ ctx, input }) => productForEdit(ctx.db, input.id)),
  create: write.input(productSchema).mutation(({ ctx, input }) => createProduct(ctx.db, ctx.actor, input)),
  update: write.input(productUpdateSchema).mutation(({ ctx, input: { id, ...data } }) => updateProduct(ctx.db, ctx.actor, id, data)),
  setActive: write.input(productSetActiveSchema).mutation(({ ctx, input }) => setProductActive(ctx.db, ctx.actor, input.id, input.active)),
  delete: write.input(catalogIdSchema).mutation(({ ctx, input }) => deleteProduct(ctx.db, ctx.actor, input.id)),
});
