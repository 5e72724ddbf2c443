import "server-only";
import type { Db, Tx } from "../../db";
import { FieldErrors } from "../../errors";
import type { LocalizedText } from "@/lib/localized";
import type { CategoryData } from "@/lib/schemas/catalog";
import { diff, recordAudit, type Actor } from "../audit";
import { assertNotInOrderLimits, notFound, refuseDelete, uniqueOn } from "./common";

// Product categories, optionally nested under a parent.

const select = { id: true, code: true, name: true, parentId: true, position: true } as const;

export type CategoryRow = {
  id: string;
  code: string;
  name: LocalizedText;
  parentId: string | null;
  position: number;
  children: number;
  products: number;
};

/** Every category with how many sub-categories and products it holds (the tree is drawn from parentId). */
export async function listCategories(tx: Tx): Promise<CategoryRow[]> {
  const rows = await tx.productCategory.findMany({
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: { ...select, _count: { select: { children: true, products: true } } },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, name: r.name as LocalizedText, children: _count.children, products: _count.products }));
}

/** The parent must exist and must not be the category itself or one of its descendants (no loops). */
async function assertParent(tx: Tx, parentId: string | null, id?: string) {
  let current = parentId;
  for (let depth = 0; current; depth++) {
    if (current === id || depth > 100) throw new FieldErrors([{ path: "parentId", message: "errors.catalog.categoryLoop" }], "invalid");
    const parent: { parentId: string | null } | null = await tx.productCategory.findUnique({ where: { id: current }, select: { parentId: true } });
    if (!parent) throw new FieldErrors([{ path: "parentId", message: "errors.notFound" }], "invalid");
    current = parent.parentId;
  }
}

const shown = (r: { code: string; name: unknown; parentId: string | null; position: number }) =>
  ({ code: r.code, name: r.name, parentId: r.parentId, position: r.position });

export function createCategory(db: Db, actor: Actor, data: CategoryData) {
  return uniqueOn("code", () =>
    db.$transaction(async (tx) => {
      await assertParent(tx, data.parentId);
      const row = await tx.productCategory.create({ data, select: { id: true } });
      await recordAudit(tx, actor, "category.create", { type: "category", id: row.id, label: data.code }, diff({}, shown(data)));
      return row;
    }),
  );
}

export function updateCategory(db: Db, actor: Actor, id: string, data: CategoryData) {
  return uniqueOn("code", () =>
    db.$transaction(async (tx) => {
      const before = await tx.productCategory.findUnique({ where: { id }, select });
      if (!before) throw notFound();
      await assertParent(tx, data.parentId, id);
      await tx.productCategory.update({ where: { id }, data });
      await recordAudit(tx, actor, "category.update", { type: "category", id, label: data.code }, diff(shown(before), shown(data)));
    }),
  );
}

/** Refused while it has sub-categories or products, or an order limit counts it. */
export function deleteCategory(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.productCategory.findUnique({ where: { id }, select: { ...select, _count: { select: { children: true, products: true } } } });
    if (!before) throw notFound();
    if (before._count.children > 0) throw refuseDelete("errors.catalog.categoryHasChildren");
    if (before._count.products > 0) throw refuseDelete("errors.catalog.categoryHasProducts");
    await assertNotInOrderLimits(tx, "categoryIds", id);
    await tx.productCategory.delete({ where: { id } });
    await recordAudit(tx, actor, "category.delete", { type: "category", id, label: before.code }, diff(shown(before), {}));
  });
}
