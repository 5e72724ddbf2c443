import "server-only";
import type { Db } from "../../db";

import type { LocalizedText } from "@/lib/localized";
import { normalizeText } from "@/lib/normalize";
import { activeDepartments } from "../departments";
import { departmentsVisibleTo } from "../department-access";
import type { Who } from "./threads";

// What the inbox forms offer: departments, customers (by username, name or mobile) and the
// customer's own orders.

/** The departments this staff member may read (the list's filter), with whether each is active. */
export async function staffDepartments(db: Db, who: Who) {
  const ids = await departmentsVisibleTo(db, who);
  const rows = await db.department.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, active: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((r) => ({ ...r, name: r.name as LocalizedText }));
}

/** Active departments, for a customer's new ticket. */
export const customerDepartments = (db: Db) => activeDepartments(db);

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** Up to 10 customers whose username, name or mobile (normalised searchText) holds the query. */
export async function searchCustomers(db: Db, q: string) {
  let term = normalizeText(q);
  if (term.length < 2) return [];
  // A mobile typed as people write it (0912 …) meets the stored +98912…
  if (/^[\d\s+()-]+$/.test(term)) term = term.replace(/[\s()-]/g, "").replace(/^0(?=[1-9])/, "");
  return db.$queryRaw<{ id: string; name: string; username: string; mobile: string | null }[]>`
    SELECT c."id", u."name", u."username", u."mobile"
    FROM "Customer" c JOIN "User" u ON u."id" = c."userId"
    WHERE c."deletedAt" IS NULL AND c."searchText" LIKE ${`%${likeEscape(term)}%`}
    ORDER BY c."sortName", c."id"
    LIMIT 10`;
}

/** The customer's latest orders, for "about an order" on a new ticket. */
export async function customerOrders(db: Db, customerId: string) {
  return db.order.findMany({ where: { customerId }, select: { id: true, number: true, createdAt: true }, orderBy: { createdAt: "desc" }, take: 50 });
}

