import "server-only";
import type { Db, Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import { FieldErrors } from "../errors";
import type { LocalizedText } from "@/lib/localized";
import { normalizeText } from "@/lib/normalize";
import type { OrderLimitData } from "@/lib/schemas/order-limits";
import { diff, recordAudit, type Actor } from "./audit";

// Order limits (R-2, seed 003 محدودیت سفارش) as the admin keeps them. Enforcement is in
// group-rules.ts (checkOrderLimits).

const notFound = () => new FieldErrors([{ path: "id", message: "errors.notFound" }], "invalid");

const select = {
  id: true,
  name: true,
  active: true,
  groupId: true,
  maxItems: true,
  windowHours: true,
  productIds: true,
  categoryIds: true,
  brandIds: true,
  createdAt: true,
  group: { select: { id: true, name: true } },
} as const;

export interface LimitListFilter {
  groupId?: string;
  active?: boolean;
  cursor?: { createdAt: Date; id: string } | null;
  limit: number;
}

/** Newest first, keyset-paged on (createdAt, id); `next` is the cursor of the following page. */
export async function listOrderLimits(db: Db, f: LimitListFilter) {
  const and: Prisma.OrderLimitWhereInput[] = [];
  if (f.groupId) and.push({ groupId: f.groupId });
  if (f.active !== undefined) and.push({ active: f.active });
  if (f.cursor) {
    and.push({ OR: [{ createdAt: { lt: f.cursor.createdAt } }, { createdAt: f.cursor.createdAt, id: { lt: f.cursor.id } }] });
  }
  const rows = await db.orderLimit.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: f.limit + 1,
    select,
  });
  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > f.limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}

/** One limit with the names of its items, for the edit form. */
export async function getOrderLimit(db: Db, id: string) {
  const limit = await db.orderLimit.findUnique({ where: { id }, select });
  if (!limit) throw notFound();
  const products = await db.product.findMany({ where: { id: { in: limit.productIds } }, select: { id: true, sku: true, name: true } });
  return { ...limit, products: products.map((p) => ({ ...p, name: p.name as LocalizedText })) };
}

/** What the form chooses from: groups, categories and brands (products are searched). */
export async function orderLimitOptions(db: Db) {
  const named = { id: true, code: true, name: true } as const;
  const [groups, categories, brands] = [
    await db.customerGroup.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    await db.productCategory.findMany({ orderBy: [{ position: "asc" }, { code: "asc" }], select: named }),
    await db.brand.findMany({ orderBy: { code: "asc" }, select: named }),
  ];
  const localize = <T extends { name: unknown }>(rows: T[]) => rows.map((r) => ({ ...r, name: r.name as LocalizedText }));
  return { groups, categories: localize(categories), brands: localize(brands) };
}

/** Products whose name or SKU contains the words typed (Product.searchText, trigram-indexed). */
export async function searchProducts(db: Db, q: string) {
  const needle = normalizeText(q);
  const rows = await db.product.findMany({
    where: needle ? { searchText: { contains: needle } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: { id: true, sku: true, name: true, active: true },
  });
  return rows.map((r) => ({ ...r, name: r.name as LocalizedText }));
}

type Items = Pick<OrderLimitData, "productIds" | "categoryIds" | "brandIds">;

/** The SKU of each product and the code of each category and brand named, for checks and the audit. */
async function itemCodes(tx: Tx, ...sets: Items[]) {
  const ids = (key: keyof Items) => [...new Set(sets.flatMap((s) => s[key] ?? []))];
  const map = <T extends { id: string }>(rows: T[], code: (r: T) => string) => new Map(rows.map((r) => [r.id, code(r)]));
  return {
    productIds: map(await tx.product.findMany({ where: { id: { in: ids("productIds") } }, select: { id: true, sku: true } }), (r) => r.sku),
    categoryIds: map(await tx.productCategory.findMany({ where: { id: { in: ids("categoryIds") } }, select: { id: true, code: true } }), (r) => r.code),
    brandIds: map(await tx.brand.findMany({ where: { id: { in: ids("brandIds") } }, select: { id: true, code: true } }), (r) => r.code),
  };
}
type Codes = Awaited<ReturnType<typeof itemCodes>>;
const ITEM_KEYS = ["productIds", "categoryIds", "brandIds"] as const;

/** The referenced group and items exist; otherwise the error goes on the field that names them. */
/** The tables an order limit's id arrays point into. */
const ITEM_TABLES = { productIds: "Product", categoryIds: "ProductCategory", brandIds: "Brand" } as const;

async function assertReferences(tx: Tx, data: OrderLimitData, codes: Codes) {
  // The arrays have no foreign keys: hold the named items (FOR SHARE) until this limit is saved, so
  // deleting one of them meanwhile waits, then sees the limit and refuses (catalog/common.ts).
  const problems: { path: string; message: string }[] = [];
  if (!(await tx.customerGroup.findUnique({ where: { id: data.groupId }, select: { id: true } }))) {
    problems.push({ path: "groupId", message: "errors.notFound" });
  }
  for (const key of ITEM_KEYS) {
    const ids = [...new Set(data[key])];
    const held = ids.length
      ? await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM "${ITEM_TABLES[key]}" WHERE "id" = ANY($1::uuid[]) FOR SHARE`, ids)
      : [];
    if (held.length !== ids.length || ids.some((id) => !codes[key].has(id))) problems.push({ path: key, message: "errors.notFound" });
  }
  if (problems.length) throw new FieldErrors(problems, "invalid");
}

/** A limit as the audit log shows it: the group by name, the items by SKU or code. */
const fieldsOf = (l: OrderLimitData, group: string, codes: Codes) => ({
  name: l.name,
  active: l.active,
  group,
  maxItems: l.maxItems,
  windowHours: l.windowHours,
  products: (l.productIds ?? []).map((id) => codes.productIds.get(id) ?? id),
  categories: (l.categoryIds ?? []).map((id) => codes.categoryIds.get(id) ?? id),
  brands: (l.brandIds ?? []).map((id) => codes.brandIds.get(id) ?? id),
});

const groupName = async (tx: Tx, groupId: string) =>
  (await tx.customerGroup.findUniqueOrThrow({ where: { id: groupId }, select: { name: true } })).name;

export async function createOrderLimit(db: Db, actor: Actor, data: OrderLimitData) {
  return db.$transaction(async (tx) => {
    const codes = await itemCodes(tx, data);
    await assertReferences(tx, data, codes);
    const limit = await tx.orderLimit.create({ data, select: { id: true } });
    const after = fieldsOf(data, await groupName(tx, data.groupId), codes);
    await recordAudit(tx, actor, "orderLimit.create", { type: "orderLimit", id: limit.id, label: data.name }, diff({}, after));
    return limit;
  });
}

export async function updateOrderLimit(db: Db, actor: Actor, id: string, data: OrderLimitData) {
  return db.$transaction(async (tx) => {
    const before = await tx.orderLimit.findUnique({ where: { id }, select });
    if (!before) throw notFound();
    const codes = await itemCodes(tx, data, before);
    await assertReferences(tx, data, codes);
    await tx.orderLimit.update({ where: { id }, data });
    const changes = diff(fieldsOf(before, before.group.name, codes), fieldsOf(data, await groupName(tx, data.groupId), codes));
    await recordAudit(tx, actor, "orderLimit.update", { type: "orderLimit", id, label: data.name }, changes);
  });
}

export async function setOrderLimitActive(db: Db, actor: Actor, id: string, active: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.orderLimit.findUnique({ where: { id }, select: { name: true, active: true } });
    if (!before) throw notFound();
    if (before.active === active) return;
    await tx.orderLimit.update({ where: { id }, data: { active } });
    await recordAudit(tx, actor, "orderLimit.update", { type: "orderLimit", id, label: before.name }, { active: { from: before.active, to: active } });
  });
}

export async function deleteOrderLimit(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.orderLimit.findUnique({ where: { id }, select });
    if (!before) throw notFound();
    const codes = await itemCodes(tx, before);
    await tx.orderLimit.delete({ where: { id } });
    await recordAudit(tx, actor, "orderLimit.delete", { type: "orderLimit", id, label: before.name }, diff(fieldsOf(before, before.group.name, codes), {}));
  });
}
