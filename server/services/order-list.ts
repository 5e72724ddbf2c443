import "server-only";
import type { Db } from "../db";
import { Prisma, type OrderStatus } from "../generated/prisma/client";
import { FieldErrors } from "../errors";
import { nextDay, startOfDayIn } from "@/lib/format";
import type { LocalizedText } from "@/lib/localized";
import type { Currency } from "@/lib/money";
import { ORDER_TRANSITIONS } from "@/lib/schemas/orders";
import type { OrderCursor, OrderFilter } from "@/lib/schemas/order-list";
import { customerOrder } from "./checkout";
import { groupNumbers } from "./group-rules";

// The orders lists and the admin's order view (issue 6). Every list pages by keyset on
// (placedAt desc, id desc), which the Order indexes serve; no COUNT per page.

const notFound = (path = "orderId") => new FieldErrors([{ path, message: "errors.notFound" }], "invalid");

/** `%`, `_` and `\` in a search are letters, not LIKE wildcards. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** A mobile typed with spaces or dashes is matched without them (as the customers' search does). */
const searchTerm = (q: string) => (/^[\d\s+()-]+$/.test(q) ? q.replace(/[\s()-]/g, "") : q);

export interface AdminOrderRow {
  id: string;
  number: number;
  status: OrderStatus;
  placedAt: Date;
  currency: Currency;
  total: bigint;
  paidAmount: bigint;
  dueAmount: bigint;
  customerId: string;
  customerName: string;
  customerUsername: string;
}

/** The admin list's WHERE clause. Aliases: o = "Order", c = "Customer". */
function orderWhere(f: OrderFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.q) {
    // The trigram index on Customer.searchText serves LIKE '%…%'; "#1042" or "1042" also finds the order.
    const like = Prisma.sql`c."searchText" LIKE ${`%${likeEscape(searchTerm(f.q))}%`}`;
    const number = /^#?\d{1,9}$/.exec(f.q) ? Number(f.q.replace("#", "")) : null;
    parts.push(number !== null ? Prisma.sql`(${like} OR o."number" = ${number})` : like);
  }
  if (f.status) parts.push(Prisma.sql`o."status" = ${f.status}::"OrderStatus"`);
  const zone = f.timeZone ?? "UTC";
  if (f.from) parts.push(Prisma.sql`o."placedAt" >= ${startOfDayIn(f.from, zone)}`);
  if (f.to) parts.push(Prisma.sql`o."placedAt" < ${startOfDayIn(nextDay(f.to), zone)}`);
  return Prisma.join(parts, " AND ");
}

const nextCursor = <T extends { id: string; placedAt: Date }>(rows: T[], limit: number): OrderCursor | null => {
  const last = rows[limit - 1];
  return rows.length > limit && last ? { placedAt: last.placedAt.toISOString(), id: last.id } : null;
};

export async function listAdminOrders(db: Db, input: { filter: OrderFilter; cursor?: OrderCursor | null; limit: number }) {
  const where = input.cursor
    ? Prisma.sql`${orderWhere(input.filter)} AND (o."placedAt", o."id") < (${new Date(input.cursor.placedAt)}, ${input.cursor.id}::uuid)`
    : orderWhere(input.filter);
  const rows = await db.$queryRaw<AdminOrderRow[]>`
    SELECT o."id", o."number", o."status"::text AS "status", o."placedAt", o."currency", o."total", o."paidAmount", o."dueAmount",
           c."id" AS "customerId", u."name" AS "customerName", u."username" AS "customerUsername"
    FROM "Order" o JOIN "Customer" c ON c."id" = o."customerId" JOIN "User" u ON u."id" = c."userId"
    WHERE ${where}
    ORDER BY o."placedAt" DESC, o."id" DESC
    LIMIT ${input.limit + 1}`;
  const page = rows.slice(0, input.limit).map((r) => ({
    ...r,
    number: Number(r.number),
    total: BigInt(r.total),
    paidAmount: BigInt(r.paidAmount),
    dueAmount: BigInt(r.dueAmount),
  }));
  return { rows: page, next: nextCursor(rows, input.limit) };
}

/** Rows after the cursor, for Prisma queries on one customer's orders (index (customerId, placedAt desc)). */
const after = (cursor?: OrderCursor | null): Prisma.OrderWhereInput =>
  cursor
    ? { OR: [{ placedAt: { lt: new Date(cursor.placedAt) } }, { placedAt: new Date(cursor.placedAt), id: { lt: cursor.id } }] }
    : {};

const rowSelect = {
  id: true,
  number: true,
  status: true,
  placedAt: true,
  currency: true,
  total: true,
  paidAmount: true,
  dueAmount: true,
  _count: { select: { lines: true } },
} satisfies Prisma.OrderSelect;

async function ordersOf(db: Db, customerId: string, cursor: OrderCursor | null | undefined, limit: number) {
  const rows = await db.order.findMany({
    where: { customerId, ...after(cursor) },
    orderBy: [{ placedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: rowSelect,
  });
  const page = rows.slice(0, limit).map(({ _count, currency, ...r }) => ({ ...r, currency: currency as Currency, lineCount: _count.lines }));
  return { rows: page, next: nextCursor(rows, limit) };
}

/** A customer's orders on their card (C-7): staff always see the amounts. */
export async function customerOrdersForStaff(db: Db, customerId: string, cursor: OrderCursor | null | undefined, limit: number) {
  const customer = await db.customer.findUnique({ where: { id: customerId }, select: { orderCount: true } });
  if (!customer) throw notFound("customerId");
  return { ...(await ordersOf(db, customerId, cursor, limit)), count: customer.orderCount };
}

/** The customer's own orders; the amounts leave the server only when their groups show prices. */
export async function myOrders(db: Db, customerId: string, cursor: OrderCursor | null | undefined, limit: number) {
  const [{ showPrices }, page] = await Promise.all([groupNumbers(db, customerId), ordersOf(db, customerId, cursor, limit)]);
  if (showPrices) return { showPrices: true as const, ...page };
  return {
    showPrices: false as const,
    next: page.next,
    rows: page.rows.map(({ total: _t, paidAmount: _p, dueAmount: _d, ...r }) => r),
  };
}

/** The address as copied at checkout; only its text fields. */
export type AddressCopy = Partial<Record<(typeof ADDRESS_FIELDS)[number], string>>;
const ADDRESS_FIELDS = ["title", "recipientName", "mobile", "province", "city", "district", "street", "buildingNumber", "unit", "postalCode", "additionalNumber", "details"] as const;
function addressOf(json: unknown): AddressCopy {
  const src = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  return Object.fromEntries(ADDRESS_FIELDS.flatMap((k) => (typeof src[k] === "string" && src[k] ? [[k, src[k] as string]] : []))) as AddressCopy;
}

/** The customer's own order with its address and which lines they may still rate. */
export async function myOrder(db: Db, customerId: string, orderId: string) {
  const order = await customerOrder(db, customerId, orderId); // refuses another customer's order
  const [extra, reviews] = await Promise.all([
    db.order.findUniqueOrThrow({ where: { id: orderId }, select: { shippingAddress: true, completedAt: true, cancelledAt: true } }),
    db.productReview.findMany({ where: { orderId }, select: { productId: true, rating: true, status: true } }),
  ]);
  return { ...order, address: addressOf(extra.shippingAddress), completedAt: extra.completedAt, cancelledAt: extra.cancelledAt, reviews };
}

/** Everything staff see of an order, with the statuses it may move to next (ORDER_TRANSITIONS). */
export async function adminOrder(db: Db, orderId: string) {
  const o = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      paymentKind: true,
      shippingAddress: true,
      warehouseId: true,
      shippingMethodId: true,
      paymentMethodId: true,
      currency: true,
      subtotal: true,
      shippingCost: true,
      total: true,
      payNow: true,
      paidAmount: true,
      dueAmount: true,
      placedAt: true,
      paidAt: true,
      completedAt: true,
      cancelledAt: true,
      customer: { select: { id: true, deletedAt: true, user: { select: { name: true, username: true, mobile: true } } } },
      lines: { select: { id: true, productId: true, sku: true, name: true, quantity: true, unitPrice: true }, orderBy: { id: "asc" } },
      payments: { select: { id: true, provider: true, kind: true, amount: true, status: true, reference: true, createdAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!o) throw notFound();
  // The checkout choices by id; a row deleted since shows as unknown.
  const [warehouse, shipping, payment] = await Promise.all([
    o.warehouseId ? db.warehouse.findUnique({ where: { id: o.warehouseId }, select: { name: true } }) : null,
    o.shippingMethodId ? db.shippingMethod.findUnique({ where: { id: o.shippingMethodId }, select: { name: true } }) : null,
    o.paymentMethodId ? db.paymentMethod.findUnique({ where: { id: o.paymentMethodId }, select: { name: true } }) : null,
  ]);
  const { shippingAddress, warehouseId: _w, shippingMethodId: _s, paymentMethodId: _p, customer, lines, ...rest } = o;
  return {
    ...rest,
    currency: o.currency as Currency,
    address: addressOf(shippingAddress),
    warehouse: (warehouse?.name ?? null) as LocalizedText | null,
    shippingMethod: (shipping?.name ?? null) as LocalizedText | null,
    paymentMethod: (payment?.name ?? null) as LocalizedText | null,
    customer: { id: customer.id, deleted: customer.deletedAt !== null, name: customer.user.name, username: customer.user.username, mobile: customer.user.mobile },
    lines: lines.map((l) => ({ ...l, name: l.name as LocalizedText, lineTotal: l.unitPrice * BigInt(l.quantity) })),
    next: [...ORDER_TRANSITIONS[o.status]],
  };
}
