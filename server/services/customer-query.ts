import "server-only";
import { Prisma } from "../generated/prisma/client";
import { nextDay, startOfDayIn } from "@/lib/format";
import type { CustomerFilter, CustomerSort } from "@/lib/schemas/customers";

// The customer list's WHERE clause, shared by the list, its on-demand count and the bulk actions
// on "every customer matching this filter", so the three always mean the same rows.
// Aliases: c = "Customer", u = "User".

/** `%`, `_` and `\` in a search are letters, not LIKE wildcards. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** A search of digits only (a mobile number typed with spaces or dashes) is matched without them. */
const searchTerm = (q: string) => (/^[\d\s+()-]+$/.test(q) ? q.replace(/[\s()-]/g, "") : q);

/** Points to hundredths: 1.1 × 100 is 110.00000000000001 in floating point, so the noise is rounded away first. */
const hundredths = (points: number) => Number((points * 100).toFixed(6));

/**
 * `searchText` names the column the search runs on: the customer's own, or a group membership's copy
 * of it when the list walks a group's members (customer-list.ts).
 */
export function customerWhere(f: Partial<CustomerFilter>, searchText: Prisma.Sql = Prisma.sql`c."searchText"`): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`c."deletedAt" IS NULL`];
  // The trigram GIN index on searchText serves LIKE '%…%'.
  if (f.q) parts.push(Prisma.sql`${searchText} LIKE ${`%${likeEscape(searchTerm(f.q))}%`}`);
  if (f.status) parts.push(Prisma.sql`u."status" = ${f.status}::"UserStatus"`);
  if (f.group) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "CustomerGroupMember" m WHERE m."customerId" = c."id" AND m."groupId" = ${f.group}::uuid)`);
  }
  const zone = f.timeZone ?? "UTC";
  if (f.from) parts.push(Prisma.sql`c."createdAt" >= ${startOfDayIn(f.from, zone)}`);
  if (f.to) parts.push(Prisma.sql`c."createdAt" < ${startOfDayIn(nextDay(f.to), zone)}`);
  if (f.city) parts.push(Prisma.sql`c."cityKey" = ${f.city}`);
  if (f.gender) parts.push(Prisma.sql`c."gender" = ${f.gender}::"Gender"`);
  if (f.orders === "yes") parts.push(Prisma.sql`c."orderCount" > 0`);
  if (f.orders === "no") parts.push(Prisma.sql`c."orderCount" = 0`);
  // Points are stored in hundredths, the filter is in points; the wallet is in minor units on both sides.
  if (f.pointsMin !== undefined) parts.push(Prisma.sql`c."pointsBalance" >= ${BigInt(Math.ceil(hundredths(f.pointsMin)))}`);
  if (f.pointsMax !== undefined) parts.push(Prisma.sql`c."pointsBalance" <= ${BigInt(Math.floor(hundredths(f.pointsMax)))}`);
  if (f.walletMin !== undefined) parts.push(Prisma.sql`c."walletBalance" >= ${f.walletMin}`);
  if (f.walletMax !== undefined) parts.push(Prisma.sql`c."walletBalance" <= ${f.walletMax}`);
  if (f.field && f.option) {
    // A select field holds one value, a multi-select an array: either contains the option.
    const single = JSON.stringify({ [f.field]: f.option });
    const multi = JSON.stringify({ [f.field]: [f.option] });
    parts.push(Prisma.sql`(c."customFields" @> ${single}::jsonb OR c."customFields" @> ${multi}::jsonb)`);
  }
  return Prisma.join(parts, " AND ");
}

/** The column each sort uses, its SQL type for the cursor, and how a row's value becomes a cursor. */
export const SORT_COLUMNS: Record<CustomerSort, { column: Prisma.Sql; parse: (v: string) => unknown }> = {
  createdAt: { column: Prisma.sql`c."createdAt"`, parse: (v) => new Date(v) },
  name: { column: Prisma.sql`c."sortName"`, parse: (v) => v },
  points: { column: Prisma.sql`c."pointsBalance"`, parse: (v) => BigInt(v) },
  wallet: { column: Prisma.sql`c."walletBalance"`, parse: (v) => BigInt(v) },
  orders: { column: Prisma.sql`c."orderCount"`, parse: (v) => Number(v) },
};

/** The sort's column and the id, or other columns holding the same values (a membership's copies). */
type SortKey = { column: Prisma.Sql; id: Prisma.Sql };
const sortKey = (sort: CustomerSort): SortKey => ({ column: SORT_COLUMNS[sort].column, id: Prisma.sql`c."id"` });

/** Rows after the cursor in the sort's order; ties broken by id, so paging never skips or repeats. */
export function keysetAfter(sort: CustomerSort, dir: "asc" | "desc", cursor: { value: string; id: string }, key: SortKey = sortKey(sort)): Prisma.Sql {
  const { parse } = SORT_COLUMNS[sort];
  const { column, id } = key;
  let value: unknown;
  try {
    value = parse(cursor.value);
  } catch {
    return Prisma.sql`FALSE`; // a hand-made cursor that is not of this sort's type
  }
  const outOfRange =
    (value instanceof Date && Number.isNaN(value.getTime())) ||
    (typeof value === "number" && !(Number.isInteger(value) && Math.abs(value) < 2 ** 31)) ||
    (typeof value === "bigint" && (value >= 2n ** 63n || value < -(2n ** 63n)));
  if (outOfRange) return Prisma.sql`FALSE`;
  return dir === "desc"
    ? Prisma.sql`(${column}, ${id}) < (${value}, ${cursor.id}::uuid)`
    : Prisma.sql`(${column}, ${id}) > (${value}, ${cursor.id}::uuid)`;
}

export function orderBy(sort: CustomerSort, dir: "asc" | "desc", key: SortKey = sortKey(sort)): Prisma.Sql {
  const { column, id } = key;
  return dir === "desc" ? Prisma.sql`${column} DESC, ${id} DESC` : Prisma.sql`${column} ASC, ${id} ASC`;
}
