import "server-only";
import type { Db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import type { LocalizedText } from "@/lib/localized";
import type { productFilterSchema } from "@/lib/schemas/catalog";
import type { z } from "zod";

// The admin's product list: search, category and brand filters, newest first, keyset-paged on
// (createdAt, id) so a page costs the same at the end of the list as at its start.

type Filter = z.output<typeof productFilterSchema>;

/** `%`, `_` and `\` in a search are letters, not LIKE wildcards. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export function productWhere(f: Filter): Prisma.ProductWhereInput {
  return {
    // searchText holds the normalised names and SKU; the query was normalised by the schema, so
    // Arabic and Persian spellings (ي/ی, ك/ک) meet. The trigram index serves the LIKE.
    ...(f.q ? { searchText: { contains: likeEscape(f.q) } } : {}),
    ...(f.category ? { categoryId: f.category } : {}),
    ...(f.brand ? { brandId: f.brand } : {}),
  };
}

export async function listProducts(
  db: Db,
  input: { filter: Filter; cursor?: { createdAt: Date; id: string } | null; limit: number },
) {
  const { cursor } = input;
  const rows = await db.product.findMany({
    where: {
      AND: [
        productWhere(input.filter),
        cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: {
      id: true,
      sku: true,
      name: true,
      price: true,
      pointValue: true,
      active: true,
      createdAt: true,
      category: { select: { id: true, name: true } },
      brand: { select: { id: true, name: true } },
      stock: { select: { warehouseId: true, quantity: true } },
      _count: { select: { lines: true } },
    },
  });
  const page = rows.slice(0, input.limit).map(({ _count, ...r }) => ({
    ...r,
    name: r.name as LocalizedText,
    category: r.category && { id: r.category.id, name: r.category.name as LocalizedText },
    brand: r.brand && { id: r.brand.id, name: r.brand.name as LocalizedText },
    ordered: _count.lines > 0,
  }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > input.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}
