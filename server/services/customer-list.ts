import "server-only";
import type { Db } from "../db";
import { Prisma, type UserStatus } from "../generated/prisma/client";
import type { CustomerFilter, CustomerSort } from "@/lib/schemas/customers";
import { customerWhere, keysetAfter, orderBy } from "./customer-query";

// The admin customer list (C-1, C-2): one SQL query over the normalised, indexed columns, paged by
// keyset, with the page's groups. No COUNT on every page (see count below).

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

/**
 * The ids of the page's rows (one more than the page, to know whether another follows).
 * Filtered by a group and sorted by name, the page walks that group's members in name order
 * (CustomerGroupMember keeps copies of sortName and searchText for this) instead of every customer:
 * a search common in the store but sparse among the names near the cursor would otherwise test a
 * hundred thousand customers for one page (bench/customers-list.bench.ts).
 */
function pageIdsSql(input: ListInput): Prisma.Sql {
  const { filter, sort, dir, cursor, limit } = input;
  if (sort === "name" && filter.group) {
    const key = { column: Prisma.sql`m."sortName"`, id: Prisma.sql`m."customerId"` };
    const where = customerWhere({ ...filter, group: undefined }, Prisma.sql`m."searchText"`);
    return Prisma.sql`
      SELECT m."customerId" AS id FROM "CustomerGroupMember" m JOIN "Customer" c ON c."id" = m."customerId" JOIN "User" u ON u."id" = c."userId"
      WHERE m."groupId" = ${filter.group}::uuid AND ${where}${cursor ? Prisma.sql` AND ${keysetAfter(sort, dir, cursor, key)}` : Prisma.empty}
      ORDER BY ${orderBy(sort, dir, key)} LIMIT ${limit + 1}`;
  }
  const where = cursor ? Prisma.sql`${customerWhere(filter)} AND ${keysetAfter(sort, dir, cursor)}` : customerWhere(filter);
  return Prisma.sql`
    SELECT c."id" FROM "Customer" c JOIN "User" u ON u."id" = c."userId"
    WHERE ${where} ORDER BY ${orderBy(sort, dir)} LIMIT ${limit + 1}`;
}

/**
 * The page's rows as one SQL statement; the benchmark runs this very statement as raw SQL.
 * The page's ids are chosen first (an index-only walk in the sort's order where one serves), and
 * only those rows are joined to their other columns and their groups: one round trip per page.
 */
export function customerPageSql(input: ListInput): Prisma.Sql {
  const order = orderBy(input.sort, input.dir);
  return Prisma.sql`
    SELECT c."id", u."id" AS "userId", u."name", c."sortName", u."username", u."email", u."mobile", u."status"::text AS "status",
           u."blockReason", u."lastSignInIp", c."createdAt", c."orderCount", c."pointsBalance", c."walletBalance",
           COALESCE((SELECT json_agg(json_build_object('id', g."id", 'name', g."name") ORDER BY g."name", g."id")
                     FROM "CustomerGroupMember" gm JOIN "CustomerGroup" g ON g."id" = gm."groupId"
                     WHERE gm."customerId" = c."id"), '[]'::json) AS "groups"
    FROM (${pageIdsSql(input)}) page
    JOIN "Customer" c ON c."id" = page."id" JOIN "User" u ON u."id" = c."userId"
    ORDER BY ${order}`;
}

type PageRow = Omit<CustomerRow, "groups"> & { groups: CustomerRow["groups"] | string };

export async function listCustomers(db: Db, input: ListInput) {
  const rows = await db.$queryRaw<PageRow[]>(customerPageSql(input));
  const result: CustomerRow[] = rows.slice(0, input.limit).map((r) => ({
    ...r,
    orderCount: Number(r.orderCount),
    pointsBalance: BigInt(r.pointsBalance),
    walletBalance: BigInt(r.walletBalance),
    // Drivers differ: some hand json back parsed, some as text.
    groups: typeof r.groups === "string" ? (JSON.parse(r.groups) as CustomerRow["groups"]) : r.groups,
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
