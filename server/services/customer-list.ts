import "server-only";
import type { Db } from "../db";
import { Prisma, type UserStatus } from "../generated/prisma/client";
import type { CustomerFilter, CustomerSort } from "@/lib/schemas/customers";
import { customerWhere, keysetAfter, orderBy } from "./customer-query";

// The admin customer list (C-1, C-2): one SQL query over the normalised, indexed columns, paged by
// keyset, then the page's groups in a second query. No COUNT on every page (see count below).

export interface CustomerRow {
  id: string;
  userId: string;
  name: string;
  /** The name as the list sorts it (Customer.sortName). */
  sortName: string;
  username: string;
  email: string | null;
  mobile: string | null;
  status: UserStatus;
  blockReason: string | null;
  lastSignInIp: string | null;
  createdAt: Date;
  orderCount: number;
  pointsBalance: bigint;
  walletBalance: bigint;
  groups: { id: string; name: string }[];
}

export interface ListInput {
  filter: CustomerFilter;
  sort: CustomerSort;
  dir: "asc" | "desc";
  cursor?: { value: string; id: string } | null;
  limit: number;
}

const cursorValue = (row: CustomerRow, sort: CustomerSort): string =>
  ({
    createdAt: () => row.createdAt.toISOString(),
    name: () => row.sortName,
    points: () => row.pointsBalance.toString(),
    wallet: () => row.walletBalance.toString(),
    orders: () => String(row.orderCount),
  })[sort]();

/** The page's rows as one SQL statement; the benchmark runs this very statement as raw SQL. */
export function customerPageSql(input: ListInput): Prisma.Sql {
  const where = input.cursor
    ? Prisma.sql`${customerWhere(input.filter)} AND ${keysetAfter(input.sort, input.dir, input.cursor)}`
    : customerWhere(input.filter);
  return Prisma.sql`
    SELECT c."id", u."id" AS "userId", u."name", c."sortName", u."username", u."email", u."mobile", u."status"::text AS "status",
           u."blockReason", u."lastSignInIp", c."createdAt", c."orderCount", c."pointsBalance", c."walletBalance"
    FROM "Customer" c JOIN "User" u ON u."id" = c."userId"
    WHERE ${where}
    ORDER BY ${orderBy(input.sort, input.dir)}
    LIMIT ${input.limit + 1}`;
}

export async function listCustomers(db: Db, input: ListInput) {
  const rows = await db.$queryRaw<Omit<CustomerRow, "groups">[]>(customerPageSql(input));
  const page = rows.slice(0, input.limit);
  const memberships = page.length
    ? await db.customerGroupMember.findMany({
        where: { customerId: { in: page.map((r) => r.id) } },
        select: { customerId: true, group: { select: { id: true, name: true } } },
        orderBy: { group: { name: "asc" } },
      })
    : [];
  const result: CustomerRow[] = page.map((r) => ({
    ...r,
    orderCount: Number(r.orderCount),
    pointsBalance: BigInt(r.pointsBalance),
    walletBalance: BigInt(r.walletBalance),
    groups: memberships.filter((m) => m.customerId === r.id).map((m) => m.group),
  }));
  const last = result.at(-1);
  return { rows: result, next: rows.length > input.limit && last ? { value: cursorValue(last, input.sort), id: last.id } : null };
}

/** How many customers match, on demand (a count on every page would cost more than the page). */
export async function countCustomers(db: Db, filter: CustomerFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "Customer" c JOIN "User" u ON u."id" = c."userId" WHERE ${customerWhere(filter)}`;
  return Number(row?.n ?? 0);
}
