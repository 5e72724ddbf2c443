import "server-only";
import type { Db, Tx } from "../db";
import { Prisma, type RestrictionTarget } from "../generated/prisma/client";
import type { LocalizedText } from "@/lib/localized";
import type { Currency } from "@/lib/money";
import { storeCurrency } from "./store-settings";

// The rules a customer's groups set (G-1, R-1, R-2, R-3), decided here for the customer card and for
// checkout (issue 6):
// - Checkout options are all on by default; a customer loses one when ANY of their groups switches it
//   off (the stricter group wins). Inactive options are never offered. No group: every active option.
// - Payment percent and minimum order: the highest of the customer's groups; prices are hidden when
//   any group hides them. No group: 0, 0, shown.
// - Order limits of the customer's groups, while active: the items are the union of the limit's
//   products, categories and brands; usage is the quantity of matching lines of the customer's orders
//   that are not cancelled, placed in the half-open window (now − H hours, now]. Past lines match on
//   the category/brand recorded at purchase, cart lines on the product's current ones; a line that
//   matches several sets counts once.

type Reader = Db | Tx;
const HOUR = 3_600_000;

export interface GroupRef {
  id: string;
  name: string;
}

export interface EffectiveOption {
  id: string;
  code: string;
  name: LocalizedText;
  kind?: string;
  allowed: boolean;
  /** The customer's groups that switched this option off. */
  disabledBy: GroupRef[];
}

export interface LimitUsage {
  limitId: string;
  name: string;
  group: GroupRef;
  maxItems: number;
  windowHours: number;
  used: number;
  remaining: number;
  /** When the oldest counted order leaves the window; null when nothing counts. */
  availableAgainAt: Date | null;
  items: { products: ItemRef[]; categories: ItemRef[]; brands: ItemRef[] };
}

export interface ItemRef {
  id: string;
  name: LocalizedText;
}

export interface LimitViolation {
  limitId: string;
  name: string;
  maxItems: number;
  windowHours: number;
  used: number;
  inCart: number;
  remaining: number;
  availableAgainAt: Date | null;
}

export interface GroupNumbers {
  groups: GroupRef[];
  paymentPercent: number;
  minOrderAmount: bigint;
  showPrices: boolean;
}

interface LimitState {
  id: string;
  name: string;
  groupId: string;
  maxItems: number;
  windowHours: number;
  inCart: number;
  used: number;
  /** The oldest counted order's time; null when nothing counts. */
  oldest: Date | null;
  /** NULL when never set (the columns are nullable). */
  productIds: string[] | null;
  categoryIds: string[] | null;
  brandIds: string[] | null;
}

/** A limit as checking reads it: its items, each category widened to its sub-categories. */
interface LimitKeys {
  id: string;
  maxItems: number;
  windowHours: number;
  productIds: string[];
  categoryIds: string[];
  brandIds: string[];
}

/** A line as checking reads it (placedAt in milliseconds since the epoch, UTC). */
interface LineKeys {
  productId: string;
  categoryId: string | null;
  brandId: string | null;
  quantity: number;
  placedAt: number;
}

/**
 * Everything the limits need in ONE round trip, as compact text: the customer's groups' active limits
 * (oldest first), the cart's products' current category and brand, and the lines of the customer's
 * orders that are not cancelled in the longest window. Checkout runs this on every order: as rows or
 * JSON, ~900 past lines cost more to send and parse than to find (bench/checkout.bench.ts), and
 * matching 100 limits against them in SQL cost 15–60 ms however it was joined. Every field is a uuid
 * or an integer, so "," ";" and "|" cannot occur inside one; an empty field is NULL.
 * The past lines come from one range of an index that holds all they need: triggers copy each
 * order's customer, time and cancellation onto its lines (migration *_order_line_limit_scan), so
 * the check does not look up each order. Times compare as UTC wall-clock values, which is how Prisma
 * stores DateTime. `more` adds columns to the same row (checkoutRules' group numbers
 * and allowed options).
 */
function limitInputsSql(customerId: string, now: Date, cartProductIds: string[], more: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const at = Prisma.sql`${now.toISOString()}::timestamp`;
  const ids = (column: string) => Prisma.raw(`COALESCE(array_to_string(${column}, ','), '')`);
  const text = (column: string) => Prisma.raw(`COALESCE(${column}::text, '')`);
  return Prisma.sql`
    WITH lim AS (
      SELECT ol.id, ol.name, ol."createdAt", ol."maxItems", ol."windowHours", ol."productIds", ol."brandIds", ARRAY(
          WITH RECURSIVE tree(id) AS (
            SELECT unnest(ol."categoryIds")
            UNION SELECT pc.id FROM "ProductCategory" pc JOIN tree ON pc."parentId" = tree.id
          )
          SELECT id FROM tree
        ) AS "categoryIds"
      FROM "OrderLimit" ol
      WHERE ol.active AND ol."groupId" IN (SELECT "groupId" FROM "CustomerGroupMember" WHERE "customerId" = ${customerId}::uuid)
    )
    SELECT
      (SELECT string_agg(concat_ws('|', id, "maxItems", "windowHours", ${ids(`"productIds"`)}, ${ids(`"categoryIds"`)}, ${ids(`"brandIds"`)}), ';'
                         ORDER BY "createdAt", id) FROM lim) AS "limits",
      (SELECT json_object_agg(id, name) FROM lim) AS "limitNames",
      (SELECT string_agg(concat_ws(',', id, ${text(`"categoryId"`)}, ${text(`"brandId"`)}), ';')
       FROM "Product" WHERE id = ANY(${cartProductIds}::uuid[])) AS "products",
      (SELECT string_agg(concat_ws(',', "productId", ${text(`"categoryId"`)}, ${text(`"brandId"`)}, quantity, (date_part('epoch', "placedAt") * 1000)::bigint), ';')
       FROM "OrderLine"
       WHERE "customerId" = ${customerId}::uuid AND "cancelled" = false AND "placedAt" <= ${at}
         AND "placedAt" > ${at} - (SELECT max("windowHours") FROM lim) * interval '1 hour') AS "lines"${more}`;
}

const records = (text: string | null, sep: string) => (text ? text.split(";").map((r) => r.split(sep)) : []);
const idList = (field: string | undefined) => (field ? field.split(",") : []);

// Names are free text, so they come as JSON rather than in the separated text.
type InputsRow = { limits: string | null; limitNames: Record<string, string> | string | null; products: string | null; lines: string | null };

/** Drivers differ: some hand json back parsed, some as text. */
const parsedJson = <T>(value: T | string | null): T | null => (typeof value === "string" ? (JSON.parse(value) as T) : value);

async function limitInputs<More extends object = object>(db: Reader, customerId: string, now: Date, cartProductIds: string[], more?: Prisma.Sql) {
  const [row] = await db.$queryRaw<(InputsRow & More)[]>(limitInputsSql(customerId, now, cartProductIds, more));
  const limits: LimitKeys[] = records(row!.limits, "|").map(([id, maxItems, windowHours, productIds, categoryIds, brandIds]) => ({
    id: id!,
    maxItems: Number(maxItems),
    windowHours: Number(windowHours),
    productIds: idList(productIds),
    categoryIds: idList(categoryIds),
    brandIds: idList(brandIds),
  }));
  const products = new Map(records(row!.products, ",").map(([id, categoryId, brandId]) => [id!, { categoryId: categoryId || null, brandId: brandId || null }]));
  const lines: LineKeys[] = records(row!.lines, ",").map(([productId, categoryId, brandId, quantity, placedAt]) => ({
    productId: productId!,
    categoryId: categoryId || null,
    brandId: brandId || null,
    quantity: Number(quantity),
    placedAt: Number(placedAt),
  }));
  const names = parsedJson(row!.limitNames) ?? {};
  return { limits, names, products, lines, row: row! };
}

type LimitInputs = Awaited<ReturnType<typeof limitInputs>>;

/**
 * Which limits a line matches, by its product, category or brand; a line matching a limit through
 * several of them counts once. Indexed by id so each line costs its matches, not every limit.
 */
function limitIndex(limits: LimitKeys[]) {
  const index = (pick: (l: LimitKeys) => string[]) => {
    const map = new Map<string, number[]>();
    limits.forEach((l, i) => {
      for (const id of pick(l)) {
        const list = map.get(id);
        if (!list) map.set(id, [i]);
        else if (list.at(-1) !== i) list.push(i);
      }
    });
    return map;
  };
  const [byProduct, byCategory, byBrand] = [index((l) => l.productIds), index((l) => l.categoryIds), index((l) => l.brandIds)];
  const seen = new Int32Array(limits.length).fill(-1);
  let line = 0;
  const visitAll = (list: number[] | undefined, visit: (i: number) => void) => {
    if (!list) return;
    for (const i of list) {
      if (seen[i] === line) continue;
      seen[i] = line;
      visit(i);
    }
  };
  return (productId: string, categoryId: string | null, brandId: string | null, visit: (i: number) => void) => {
    line++;
    visitAll(byProduct.get(productId), visit);
    if (categoryId) visitAll(byCategory.get(categoryId), visit);
    if (brandId) visitAll(byBrand.get(brandId), visit);
  };
}

interface LimitCount {
  id: string;
  maxItems: number;
  windowHours: number;
  inCart: number;
  used: number;
  /** The oldest counted order's time; null when nothing counts. */
  oldest: Date | null;
}

/**
 * The customer's groups' active limits with their usage, oldest limit first. With a cart, only the
 * limits the cart touches, with how many of their items it holds (cart lines match on the product's
 * current category and brand, past lines on those recorded at purchase); without one, every limit.
 */
function countLimits({ limits, products, lines }: LimitInputs, now: Date, cart: CartLine[] | null): LimitCount[] {
  const each = limitIndex(limits);
  const inCart = new Array<number>(limits.length).fill(0);
  for (const line of cart ?? []) {
    const product = products.get(line.productId);
    each(line.productId, product?.categoryId ?? null, product?.brandId ?? null, (i) => (inCart[i] += line.quantity));
  }
  const used = new Array<number>(limits.length).fill(0);
  const oldest = new Array<number | null>(limits.length).fill(null);
  const nowMs = now.getTime();
  for (const line of lines) {
    each(line.productId, line.categoryId, line.brandId, (i) => {
      if (line.placedAt <= nowMs - limits[i]!.windowHours * HOUR) return; // outside this limit's window
      used[i] += line.quantity;
      if (oldest[i] === null || line.placedAt < oldest[i]!) oldest[i] = line.placedAt;
    });
  }
  return limits.flatMap(({ id, maxItems, windowHours }, i) => {
    if (cart && inCart[i] === 0) return []; // a limit the cart does not touch cannot be broken by it
    const at = oldest[i];
    return [{ id, maxItems, windowHours, inCart: inCart[i]!, used: used[i]!, oldest: at == null ? null : new Date(at) }];
  });
}

type CartLine = { productId: string; quantity: number };
const cartProductIds = (cart: CartLine[] | null) => [...new Set((cart ?? []).map((l) => l.productId))];

const limitCounts = async (db: Reader, customerId: string, now: Date, cart: CartLine[] | null) =>
  countLimits(await limitInputs(db, customerId, now, cartProductIds(cart)), now, cart);

/** The limits' names and items as set (categories not widened), for what is shown. */
async function limitDetails(db: Reader, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; groupId: string; productIds: string[]; categoryIds: string[]; brandIds: string[] }>();
  const rows = await db.orderLimit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, groupId: true, productIds: true, categoryIds: true, brandIds: true } });
  return new Map(rows.map((r) => [r.id, r]));
}

/** Every limit of the customer's groups with its usage and its items as set (the customer card). */
async function limitStates(db: Reader, customerId: string, now: Date): Promise<LimitState[]> {
  const counts = await limitCounts(db, customerId, now, null);
  const details = await limitDetails(db, counts.map((l) => l.id));
  return counts.flatMap((l) => {
    const d = details.get(l.id);
    return d ? [{ ...l, name: d.name, groupId: d.groupId, productIds: d.productIds, categoryIds: d.categoryIds, brandIds: d.brandIds }] : [];
  });
}

const availableAgainAt = (l: Pick<LimitCount, "oldest" | "windowHours">) => (l.oldest ? new Date(l.oldest.getTime() + l.windowHours * HOUR) : null);

/**
 * Every limit the cart would break: used + in the cart > maxItems. Empty when the cart is fine.
 * A limit the cart does not touch cannot be broken by it, even if already used up.
 * It only reads: checkout must call it inside the transaction that writes the order, after locking
 * the customer's row (SELECT … FOR UPDATE), or two orders placed at once could both pass a limit.
 */
export async function checkOrderLimits(
  db: Reader,
  input: { customerId: string; lines: CartLine[]; now: Date },
): Promise<LimitViolation[]> {
  const lines = input.lines.filter((l) => l.quantity > 0);
  if (lines.length === 0) return [];
  const inputs = await limitInputs(db, input.customerId, input.now, cartProductIds(lines));
  return violations(inputs.names, countLimits(inputs, input.now, lines));
}

/** The broken limits among the counted ones, named (the names came in the same round trip). */
function violations(names: Record<string, string>, counts: LimitCount[]): LimitViolation[] {
  return counts.flatMap((c) => {
    const l = { ...c, name: names[c.id] ?? "" };
    const { used, inCart } = l;
    if (used + inCart <= l.maxItems) return [];
    const { id: limitId, name, maxItems, windowHours } = l;
    return [{ limitId, name, maxItems, windowHours, used, inCart, remaining: Math.max(0, maxItems - used), availableAgainAt: availableAgainAt(l) }];
  });
}

type GroupRow = { id: string; name: string; paymentPercent: number; minOrderAmount: bigint | string; showPrices: boolean };

/** The numbers the customer's groups set: highest percent and minimum, prices hidden if any hides them. */
function numbersOf(groups: GroupRow[]): GroupNumbers {
  return {
    groups: groups.map(({ id, name }) => ({ id, name })),
    paymentPercent: Math.max(0, ...groups.map((g) => Number(g.paymentPercent))),
    minOrderAmount: groups.reduce((max, g) => (BigInt(g.minOrderAmount) > max ? BigInt(g.minOrderAmount) : max), 0n),
    showPrices: groups.every((g) => g.showPrices),
  };
}

/** The customer's groups and the numbers they set. */
export async function groupNumbers(db: Reader, customerId: string): Promise<GroupNumbers> {
  return numbersOf(
    await db.$queryRaw<GroupRow[]>`
      SELECT g.id, g.name, g."paymentPercent", g."minOrderAmount", g."showPrices"
      FROM "CustomerGroupMember" m JOIN "CustomerGroup" g ON g.id = m."groupId"
      WHERE m."customerId" = ${customerId}::uuid
      ORDER BY g.name, g.id`,
  );
}

/** The switched-off options of the customer's groups: target → option id → the groups. */
async function disabledFor(db: Reader, customerId: string) {
  const rows = await db.groupRestriction.findMany({
    where: { group: { members: { some: { customerId } } } },
    select: { target: true, targetId: true, group: { select: { id: true, name: true } } },
    orderBy: { group: { name: "asc" } },
  });
  const map = new Map<string, GroupRef[]>();
  for (const r of rows) {
    const key = `${r.target}:${r.targetId}`;
    map.set(key, [...(map.get(key) ?? []), r.group]);
  }
  return (target: RestrictionTarget, id: string) => map.get(`${target}:${id}`) ?? [];
}

const optionOrder = [{ position: "asc" as const }, { code: "asc" as const }];

/**
 * The ids of the checkout options this customer may use (checkout filters with them), each list in
 * the store's order: active, and switched off by none of the customer's groups. One query, since
 * checkout asks on every order.
 */
export async function allowedCheckoutOptions(db: Reader, customerId: string): Promise<AllowedOptions> {
  const [row] = await db.$queryRaw<AllowedOptions[]>`SELECT ${allowedOptionsSql(customerId)}`;
  return row!;
}

export interface AllowedOptions {
  warehouseIds: string[];
  shippingMethodIds: string[];
  paymentMethodIds: string[];
}

/** The three lists of allowed option ids as columns of a SELECT. */
function allowedOptionsSql(customerId: string): Prisma.Sql {
  const allowed = (table: "Warehouse" | "ShippingMethod" | "PaymentMethod", target: RestrictionTarget) => Prisma.sql`
    ARRAY(SELECT t.id FROM ${Prisma.raw(`"${table}"`)} t WHERE t.active AND NOT EXISTS (
        SELECT 1 FROM "GroupRestriction" r JOIN "CustomerGroupMember" m ON m."groupId" = r."groupId"
        WHERE m."customerId" = ${customerId}::uuid AND r.target = ${target}::"RestrictionTarget" AND r."targetId" = t.id)
      ORDER BY t.position, t.code)`;
  return Prisma.sql`${allowed("Warehouse", "WAREHOUSE")} AS "warehouseIds", ${allowed("ShippingMethod", "SHIPPING_METHOD")} AS "shippingMethodIds",
    ${allowed("PaymentMethod", "PAYMENT_METHOD")} AS "paymentMethodIds"`;
}

export interface CheckoutRules {
  numbers: GroupNumbers;
  allowed: AllowedOptions;
  /** Every limit the cart would break (see checkOrderLimits). */
  violations: LimitViolation[];
}

/**
 * Everything checkout enforces from the customer's groups — their numbers, the options they allow and
 * the order limits the cart would break, named — in one round trip.
 * Like checkOrderLimits it must run after the customer's row is locked.
 */
export async function checkoutRules(db: Reader, input: { customerId: string; lines: CartLine[]; now: Date }): Promise<CheckoutRules> {
  const { customerId, now } = input;
  const cart = input.lines.filter((l) => l.quantity > 0);
  const more = Prisma.sql`,
      COALESCE((SELECT json_agg(json_build_object('id', g.id, 'name', g.name, 'paymentPercent', g."paymentPercent",
                                                  'minOrderAmount', g."minOrderAmount"::text, 'showPrices', g."showPrices") ORDER BY g.name, g.id)
                FROM "CustomerGroupMember" m JOIN "CustomerGroup" g ON g.id = m."groupId" WHERE m."customerId" = ${customerId}::uuid), '[]'::json) AS "groups",
      ${allowedOptionsSql(customerId)}`;
  const inputs = await limitInputs<AllowedOptions & { groups: GroupRow[] | string }>(db, customerId, now, cartProductIds(cart), more);
  const { groups, warehouseIds, shippingMethodIds, paymentMethodIds } = inputs.row;
  return {
    numbers: numbersOf(parsedJson(groups) ?? []),
    allowed: { warehouseIds, shippingMethodIds, paymentMethodIds },
    violations: cart.length ? violations(inputs.names, countLimits(inputs, now, cart)) : [],
  };
}

/** Names of the items of some limits, for the customer card. */
async function itemNames(db: Reader, limits: LimitState[]) {
  const names = async <T extends { id: string; name: unknown }>(ids: string[], find: (ids: string[]) => Promise<T[]>) =>
    ids.length ? new Map((await find(ids)).map((r) => [r.id, { id: r.id, name: r.name as LocalizedText }])) : new Map<string, ItemRef>();
  const select = { id: true, name: true } as const;
  const [products, categories, brands] = [
    await names([...new Set(limits.flatMap((l) => l.productIds ?? []))], (ids) => db.product.findMany({ where: { id: { in: ids } }, select })),
    await names([...new Set(limits.flatMap((l) => l.categoryIds ?? []))], (ids) => db.productCategory.findMany({ where: { id: { in: ids } }, select })),
    await names([...new Set(limits.flatMap((l) => l.brandIds ?? []))], (ids) => db.brand.findMany({ where: { id: { in: ids } }, select })),
  ];
  const pick = (map: Map<string, ItemRef>, ids: string[] | null | undefined) => (ids ?? []).flatMap((id) => map.get(id) ?? []);
  return (l: LimitState) => ({ products: pick(products, l.productIds), categories: pick(categories, l.categoryIds), brands: pick(brands, l.brandIds) });
}

export interface EffectiveRules extends GroupNumbers {
  currency: Currency;
  warehouses: EffectiveOption[];
  shippingMethods: EffectiveOption[];
  paymentMethods: EffectiveOption[];
  limits: LimitUsage[];
}

/** Everything the customer's groups decide for them, explained (the customer card, issue 5 point 6). */
export async function effectiveRules(db: Reader, customerId: string, now: Date): Promise<EffectiveRules> {
  const currency = await storeCurrency(db);
  const numbers = await groupNumbers(db, customerId);
  const disabled = await disabledFor(db, customerId);
  const where = { active: true };
  const select = { id: true, code: true, name: true } as const;
  const explain = (target: RestrictionTarget, rows: { id: string; code: string; name: unknown; kind?: string }[]): EffectiveOption[] =>
    rows.map((r) => {
      const by = disabled(target, r.id);
      return { id: r.id, code: r.code, name: r.name as LocalizedText, ...(r.kind ? { kind: r.kind } : {}), allowed: by.length === 0, disabledBy: by };
    });
  const warehouses = explain("WAREHOUSE", await db.warehouse.findMany({ where, select, orderBy: optionOrder }));
  const shippingMethods = explain("SHIPPING_METHOD", await db.shippingMethod.findMany({ where, select, orderBy: optionOrder }));
  const paymentMethods = explain("PAYMENT_METHOD", await db.paymentMethod.findMany({ where, select: { ...select, kind: true }, orderBy: optionOrder }));

  const limits = await limitStates(db, customerId, now);
  const items = await itemNames(db, limits);
  const groupName = new Map(numbers.groups.map((g) => [g.id, g]));
  return {
    currency,
    ...numbers,
    warehouses,
    shippingMethods,
    paymentMethods,
    limits: limits.map((l) => ({
      limitId: l.id,
      name: l.name,
      group: groupName.get(l.groupId) ?? { id: l.groupId, name: "" },
      maxItems: l.maxItems,
      windowHours: l.windowHours,
      used: l.used,
      remaining: Math.max(0, l.maxItems - l.used),
      availableAgainAt: availableAgainAt(l),
      items: items(l),
    })),
  };
}
