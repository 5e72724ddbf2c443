import "server-only";
import type { Db, Tx } from "../../db";
import type { LocalizedText } from "@/lib/localized";
import type { BrandData } from "@/lib/schemas/catalog";
import { diff, recordAudit, type Actor } from "../audit";
import { assertNotInOrderLimits, notFound, refuseDelete, uniqueOn } from "./common";

// Product brands.

const select = { id: true, code: true, name: true } as const;

export type BrandRow = { id: string; code: string; name: LocalizedText; products: number };

/** Every brand with how many products carry it, by code. */
export async function listBrands(tx: Tx): Promise<BrandRow[]> {
  const rows = await tx.brand.findMany({ orderBy: { code: "asc" }, select: { ...select, _count: { select: { products: true } } } });
  return rows.map(({ _count, ...r }) => ({ ...r, name: r.name as LocalizedText, products: _count.products }));
}

const shown = (r: { code: string; name: unknown }) => ({ code: r.code, name: r.name });

export function createBrand(db: Db, actor: Actor, data: BrandData) {
  return uniqueOn("code", () =>
    db.$transaction(async (tx) => {
      const row = await tx.brand.create({ data, select: { id: true } });
      await recordAudit(tx, actor, "brand.create", { type: "brand", id: row.id, label: data.code }, diff({}, shown(data)));
      return row;
    }),
  );
}

export function updateBrand(db: Db, actor: Actor, id: string, data: BrandData) {
  return uniqueOn("code", () =>
    db.$transaction(async (tx) => {
      const before = await tx.brand.findUnique({ where: { id }, select });
      if (!before) throw notFound();
      await tx.brand.update({ where: { id }, data });
      await recordAudit(tx, actor, "brand.update", { type: "brand", id, label: data.code }, diff(shown(before), shown(data)));
    }),
  );
}

/** Refused while products carry it or an order limit counts it. */
export function deleteBrand(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.brand.findUnique({ where: { id }, select: { ...select, _count: { select: { products: true } } } });
    if (!before) throw notFound();
    if (before._count.products > 0) throw refuseDelete("errors.catalog.brandHasProducts");
    await assertNotInOrderLimits(tx, "brandIds", id);
    await tx.brand.delete({ where: { id } });
    await recordAudit(tx, actor, "brand.delete", { type: "brand", id, label: before.code }, diff(shown(before), {}));
  });
}
