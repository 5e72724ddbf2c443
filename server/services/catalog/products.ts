import "server-only";
import type { Db, Tx } from "../../db";
import { FieldErrors } from "../../errors";
import { searchTextOf } from "@/lib/normalize";
import { toMajorUnits } from "@/lib/money";
import { namesOf, type LocalizedText } from "@/lib/localized";
import { pointsToDecimal, type ProductData, type ProductInput } from "@/lib/schemas/catalog";
import { diff, recordAudit, type Actor } from "../audit";
import { storeCurrency } from "../store-settings";
import { assertNotInOrderLimits, auditAmount, minorUnits, notFound, refuseDelete, uniqueOn } from "./common";

// Products: SKU, names, price in the store's currency, point value, category, brand and the stock
// of each warehouse, all written in one transaction.

const select = {
  id: true, sku: true, name: true, description: true, price: true, pointValue: true, categoryId: true, brandId: true, active: true,
} as const;

/** The category and brand chosen must exist (a stale form may name a deleted one). */
async function assertReferences(tx: Tx, data: ProductData) {
  const [category, brand] = await Promise.all([
    data.categoryId ? tx.productCategory.findUnique({ where: { id: data.categoryId }, select: { id: true } }) : true,
    data.brandId ? tx.brand.findUnique({ where: { id: data.brandId }, select: { id: true } }) : true,
  ]);
  const problems = [
    ...(category ? [] : [{ path: "categoryId", message: "errors.notFound" }]),
    ...(brand ? [] : [{ path: "brandId", message: "errors.notFound" }]),
  ];
  if (problems.length) throw new FieldErrors(problems, "invalid");
}

/** Sets each listed warehouse's quantity; a warehouse that is gone fails the whole save. */
async function writeStock(tx: Tx, productId: string, stock: ProductData["stock"]) {
  if (!stock.length) return;
  const known = new Set(
    (await tx.warehouse.findMany({ where: { id: { in: stock.map((s) => s.warehouseId) } }, select: { id: true } })).map((w) => w.id),
  );
  const problems = stock.flatMap((s, i) => (known.has(s.warehouseId) ? [] : [{ path: `stock.${i}.warehouseId`, message: "errors.notFound" }]));
  if (problems.length) throw new FieldErrors(problems, "invalid");
  for (const { warehouseId, quantity } of stock) {
    await tx.productStock.upsert({
      where: { productId_warehouseId: { productId, warehouseId } },
      create: { productId, warehouseId, quantity },
      update: { quantity },
    });
  }
}

async function stockOf(tx: Tx, productId: string): Promise<Record<string, number>> {
  const rows = await tx.productStock.findMany({ where: { productId }, select: { warehouseId: true, quantity: true } });
  return Object.fromEntries(rows.map((r) => [r.warehouseId, r.quantity]));
}

type Stored = { sku: string; name: unknown; description: unknown; price: bigint; pointValue: bigint; categoryId: string | null; brandId: string | null; active: boolean };

/** A product as the audit log records it: amounts as decimals, stock by warehouse id. */
async function shown(tx: Tx, p: Stored, stock: Record<string, number>) {
  return {
    sku: p.sku,
    name: p.name,
    description: p.description,
    price: await auditAmount(tx, p.price),
    pointValue: pointsToDecimal(p.pointValue),
    categoryId: p.categoryId,
    brandId: p.brandId,
    active: p.active,
    stock,
  };
}

async function columns(tx: Tx, data: ProductData) {
  const { stock: _stock, ...fields } = data;
  return {
    ...fields,
    price: await minorUnits(tx, data.price, "price"),
    searchText: searchTextOf([...namesOf(data.name), data.sku]),
  };
}

export function createProduct(db: Db, actor: Actor, data: ProductData) {
  return uniqueOn("sku", () =>
    db.$transaction(async (tx) => {
      await assertReferences(tx, data);
      const row = await tx.product.create({ data: await columns(tx, data), select });
      await writeStock(tx, row.id, data.stock);
      await recordAudit(tx, actor, "product.create", { type: "product", id: row.id, label: data.sku }, diff({}, await shown(tx, row, await stockOf(tx, row.id))));
      return { id: row.id };
    }),
  );
}

export function updateProduct(db: Db, actor: Actor, id: string, data: ProductData) {
  return uniqueOn("sku", () =>
    db.$transaction(async (tx) => {
      const before = await tx.product.findUnique({ where: { id }, select });
      if (!before) throw notFound();
      const stockBefore = await stockOf(tx, id);
      await assertReferences(tx, data);
      const after = await tx.product.update({ where: { id }, data: await columns(tx, data), select });
      await writeStock(tx, id, data.stock);
      await recordAudit(tx, actor, "product.update", { type: "product", id, label: data.sku },
        diff(await shown(tx, before, stockBefore), await shown(tx, after, await stockOf(tx, id))));
    }),
  );
}

/** Switching a product off keeps its history; the way out when it cannot be deleted. */
export function setProductActive(db: Db, actor: Actor, id: string, active: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.product.findUnique({ where: { id }, select: { sku: true, active: true } });
    if (!before) throw notFound();
    await tx.product.update({ where: { id }, data: { active } });
    await recordAudit(tx, actor, "product.update", { type: "product", id, label: before.sku }, diff({ active: before.active }, { active }));
  });
}

/** Refused once it has been ordered (orders keep their lines) or an order limit counts it. */
export function deleteProduct(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.product.findUnique({ where: { id }, select: { ...select, _count: { select: { lines: true } } } });
    if (!before) throw notFound();
    if (before._count.lines > 0) throw refuseDelete("errors.catalog.productOrdered");
    await assertNotInOrderLimits(tx, "productIds", id);
    const stock = await stockOf(tx, id);
    await tx.product.delete({ where: { id } });
    await recordAudit(tx, actor, "product.delete", { type: "product", id, label: before.sku }, diff(await shown(tx, before, stock), {}));
  });
}

/** The edit form's values: amounts in major units, one stock row per warehouse (0 where none is kept). */
export async function productForEdit(db: Db, id: string) {
  const p = await db.product.findUnique({ where: { id }, select });
  if (!p) throw notFound();
  const [currency, stock, warehouses] = await Promise.all([
    storeCurrency(db),
    stockOf(db, id),
    db.warehouse.findMany({ orderBy: [{ position: "asc" }, { code: "asc" }], select: { id: true } }),
  ]);
  const values: ProductInput = {
    sku: p.sku,
    name: p.name as LocalizedText,
    description: { fa: "", ar: "", en: "", ...(p.description as Partial<LocalizedText>) },
    price: toMajorUnits(p.price, currency),
    pointValue: pointsToDecimal(p.pointValue),
    categoryId: p.categoryId ?? "",
    brandId: p.brandId ?? "",
    active: p.active,
    stock: warehouses.map((w) => ({ warehouseId: w.id, quantity: String(stock[w.id] ?? 0) })),
  };
  return { id: p.id, values };
}
