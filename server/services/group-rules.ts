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
  inCart: bigint;
  used: bigint;
  /** The oldest counted order's time; null when nothing counts. */
  oldest: Date | null;
  /** Only without a cart; NULL when never set (the columns are nullable). */
  productIds?: string[] | null;
  categoryIds?: string[] | null;
  brandIds?: string[] | null;
}

/**
 * The customer's groups' active limits with their usage, in ONE query (checkout runs it on every
 * order: 100 limits × 20 cart lines must stay within a few milliseconds). With a cart, only the limits
 * the cart touches, with how many of their items it holds; without one, every limit (inCart 0).
 * Times are compared as UTC wall-clock values, which is how Prisma stores DateTime.
 */
function limitStatesSql(customerId: string, now: Date, cart: { productId: string; quantity: number }[] | null): Prisma.Sql {
  const at = Prisma.sql`${now.toISOString()}::timestamp`;
  // A row matches a limit when its product, its category or its brand is one of the limit's — once.
  // The limits' items are unnested into (limit, kind, id) keys and rows meet them by equality (hash
  // joins), then UNION drops a row met twice: checking each row against each limit's arrays cost
  // 60 ms at 100 limits × 900 past lines (bench/checkout.bench.ts).
  const hits = (rows: string, rowKey: string) => Prisma.raw(`
      SELECT k.lid, r.${rowKey} AS rk FROM ${rows} r JOIN keys k ON k.kind = 'p' AND k.v = r."productId"
      UNION SELECT k.lid, r.${rowKey} FROM ${rows} r JOIN keys k ON k.kind = 'c' AND k.v = r."categoryId"
      UNION SELECT k.lid, r.${rowKey} FROM ${rows} r JOIN keys k ON k.kind = 'b' AND k.v = r."brandId"`);
  const cartCtes = cart
    ? Prisma.sql`,
      cart AS (
        -- The cart's lines match on the product's current category and brand.
        SELECT c.n AS line, c."productId", c.quantity, p."categoryId", p."brandId"
        FROM unnest(${cart.map((l) => l.productId)}::uuid[], ${cart.map((l) => l.quantity)}::int[]) WITH ORDINALITY AS c("productId", quantity, n)
        LEFT JOIN "Product" p ON p.id = c."productId"
      ),
      cart_hits AS (${hits("cart", "line")}),
      touched AS (
        SELECT h.lid AS id, SUM(cart.quantity)::bigint AS n FROM cart_hits h JOIN cart ON cart.line = h.rk GROUP BY h.lid
      )`
    : Prisma.empty;
  return Prisma.sql`
    WITH lim AS (
      -- A chosen category covers its sub-categories, however deep.
      SELECT ol.*, ARRAY(
          WITH RECURSIVE tree(id) AS (
            SELECT unnest(ol."categoryIds")
            UNION SELECT pc.id FROM "ProductCategory" pc JOIN tree ON pc."parentId" = tree.id
          )
          SELECT id FROM tree
        ) AS "matchCategoryIds"
      FROM "OrderLimit" ol
      WHERE ol.active AND ol."groupId" IN (SELECT "groupId" FROM "CustomerGroupMember" WHERE "customerId" = ${customerId}::uuid)
    ),
    keys AS (
      SELECT id AS lid, 'p' AS kind, unnest("productIds") AS v FROM lim
      UNION ALL SELECT id, 'c', unnest("matchCategoryIds") FROM lim
      UNION ALL SELECT id, 'b', unnest("brandIds") FROM lim
    )${cartCtes},
    past AS (
      -- Past lines match on the category and brand recorded at purchase; the window is (now − H, now].
      SELECT l.id, o."placedAt", l."productId", l."categoryId", l."brandId", l.quantity
      FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o.id
      WHERE o."customerId" = ${customerId}::uuid AND o.status <> 'CANCELLED' AND o."placedAt" <= ${at}
        AND o."placedAt" > ${at} - (SELECT max("windowHours") FROM lim) * interval '1 hour'
    ),
    past_hits AS (${hits("past", "id")}),
    usage AS (
      SELECT lim.id,
        COALESCE(SUM(past.quantity) FILTER (WHERE past."placedAt" > ${at} - lim."windowHours" * interval '1 hour'), 0)::bigint AS used,
        MIN(past."placedAt") FILTER (WHERE past."placedAt" > ${at} - lim."windowHours" * interval '1 hour') AS oldest
      FROM lim LEFT JOIN past_hits h ON h.lid = lim.id LEFT JOIN past ON past.id = h.rk
      GROUP BY lim.id
    )
    SELECT lim.id, lim.name, lim."groupId", lim."maxItems", lim."windowHours",
      ${cart ? Prisma.sql`t.n` : Prisma.sql`0::bigint`} AS "inCart", u.used, u.oldest
      ${cart ? Prisma.empty : Prisma.sql`, lim."productIds", lim."categoryIds", lim."brandIds"`}
    FROM lim
    ${cart ? Prisma.sql`JOIN touched t ON t.id = lim.id` : Prisma.empty}
    JOIN usage u ON u.id = lim.id
    ORDER BY lim."createdAt", lim.id`;
}

const limitStates = (db: Reader, customerId: string, now: Date, cart: { productId: string; quantity: number }[] | null) =>
  db.$queryRaw<LimitState[]>(limitStatesSql(customerId, now, cart));

const availableAgainAt = (l: LimitState) => (l.oldest ? new Date(l.oldest.getTime() + l.windowHours * HOUR) : null);

/**
 * Every limit the cart would break: used + in the cart > maxItems. Empty when the cart is fine.
 * A limit the cart does not touch cannot be broken by it, even if already used up.
 * It only reads: checkout must call it inside the transaction that writes the order, after locking
 * the customer's row (SELECT … FOR UPDATE), or two orders placed at once could both pass a limit.
 */
export async function checkOrderLimits(
  db: Reader,
  input: { customerId: string; lines: { productId: string; quantity: number }[]; now: Date },
): Promise<LimitViolation[]> {
  const lines = input.lines.filter((l) => l.quantity > 0);
  if (lines.length === 0) return [];
  const states = await limitStates(db, input.customerId, input.now, lines);
  return states.flatMap((l) => {
    const [used, inCart] = [Number(l.used), Number(l.inCart)];
    if (used + inCart <= l.maxItems) return [];
    const { id: limitId, name, maxItems, windowHours } = l;
    return [{ limitId, name, maxItems, windowHours, used, inCart, remaining: Math.max(0, maxItems - used), availableAgainAt: availableAgainAt(l) }];
  });
}

/** The customer's groups and the numbers they set: highest percent and minimum, prices hidden if any hides them. */
export async function groupNumbers(db: Reader, customerId: string): Promise<GroupNumbers> {
  const rows = await db.customerGroupMember.findMany({
    where: { customerId },
    select: { group: { select: { id: true, name: true, paymentPercent: true, minOrderAmount: true, showPrices: true } } },
    orderBy: { group: { name: "asc" } },
  });
  const groups = rows.map((r) => r.group);
  return {
    groups: groups.map(({ id, name }) => ({ id, name })),
    paymentPercent: Math.max(0, ...groups.map((g) => g.paymentPercent)),
    minOrderAmount: groups.reduce((max, g) => (g.minOrderAmount > max ? g.minOrderAmount : max), 0n),
    showPrices: groups.every((g) => g.showPrices),
  };
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

/** The ids of the checkout options this customer may use (checkout filters with them). */
export async function allowedCheckoutOptions(db: Reader, customerId: string) {
  const disabled = await disabledFor(db, customerId);
  const where = { active: true };
  const select = { id: true } as const;
  const [warehouses, shippingMethods, paymentMethods] = [
    await db.warehouse.findMany({ where, select, orderBy: optionOrder }),
    await db.shippingMethod.findMany({ where, select, orderBy: optionOrder }),
    await db.paymentMethod.findMany({ where, select, orderBy: optionOrder }),
  ];
  const allowed = (target: RestrictionTarget, rows: { id: string }[]) =>
    rows.filter((r) => disabled(target, r.id).length === 0).map((r) => r.id);
  return {
    warehouseIds: allowed("WAREHOUSE", warehouses),
    shippingMethodIds: allowed("SHIPPING_METHOD", shippingMethods),
    paymentMethodIds: allowed("PAYMENT_METHOD", paymentMethods),
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

  const limits = await limitStates(db, customerId, now, null);
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
      used: Number(l.used),
      remaining: Math.max(0, l.maxItems - Number(l.used)),
      availableAgainAt: availableAgainAt(l),
      items: items(l),
    })),
  };
}
