import "server-only";
import type { Db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import type { LocalizedText } from "@/lib/localized";
import type { AdminThreadList, CustomerThreadList, ThreadStatusKey } from "@/lib/schemas/inbox";
import type { ThreadPriorityKey } from "@/lib/schemas/inbox-settings";
import { departmentsVisibleTo } from "../department-access";
import { inboxSettings } from "../inbox-settings";
import type { Who } from "./threads";

// The thread lists (issue 10, M-1). Staff: only the departments they may read, filtered, searched
// by subject (trigram index on searchText), oldest waiting first (waitingSince asc, no wait last),
// then newest activity; keyset paged, no COUNT. Overdue is computed in the query from the response
// targets. Customers: their own threads, newest activity first.

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

export interface AdminThreadRow {
  id: string;
  number: number;
  subject: string;
  status: ThreadStatusKey;
  priority: ThreadPriorityKey;
  waitingSince: Date | null;
  lastMessageAt: Date;
  staffUnread: number;
  overdue: boolean;
  departmentName: LocalizedText;
  customerId: string;
  customerName: string;
  assigneeName: string | null;
}

export async function listThreadsForStaff(db: Db, who: Who, input: AdminThreadList, now = new Date()) {
  const visible = await departmentsVisibleTo(db, who);
  const departments = input.departmentId ? visible.filter((d) => d === input.departmentId) : visible;
  if (departments.length === 0) return { rows: [] as AdminThreadRow[], next: null };
  const hours = (await inboxSettings(db)).responseHours;
  // One department as an equality: PostgreSQL then walks that department's index in the list's order
  // (with = ANY it cannot, and walks every department's threads instead).
  const parts: Prisma.Sql[] = [
    departments.length === 1 ? Prisma.sql`t."departmentId" = ${departments[0]}::uuid` : Prisma.sql`t."departmentId" = ANY(${departments}::uuid[])`,
  ];
  if (input.status) parts.push(Prisma.sql`t."status" = ${input.status}::"ThreadStatus"`);
  if (input.priority) parts.push(Prisma.sql`t."priority" = ${input.priority}::"ThreadPriority"`);
  if (input.assigneeId === "none") parts.push(Prisma.sql`t."assigneeId" IS NULL`);
  else if (input.assigneeId) parts.push(Prisma.sql`t."assigneeId" = ${input.assigneeId}::uuid`);
  if (input.customerId) parts.push(Prisma.sql`t."customerId" = ${input.customerId}::uuid`);
  if (input.q) parts.push(Prisma.sql`t."searchText" LIKE ${`%${likeEscape(input.q)}%`}`);
  const where = Prisma.join(parts, " AND ");
  const take = input.limit + 1;
  const c = input.cursor;
  // Two walks, each in one index's order (migration …_inbox_list_order), so that a page reads about
  // `take` rows however many threads there are and however deep it is: the threads waiting for staff,
  // oldest wait first, then the others (waitingSince null), newest activity first. As one ORDER BY
  // over both, PostgreSQL sorted every thread that does not wait: at 300,000 threads 150 ms for
  // WAITING_CUSTOMER, 2.6 s for CLOSED or the first page past the waiting threads (bench/README.md,
  // inbox). A cursor past the waiting threads skips the first walk. The other columns are joined for
  // the page's rows only.
  const waiting = c?.waitingSince === null ? null : (() => {
    const after = c?.waitingSince
      ? Prisma.sql`AND t."waitingSince" >= ${new Date(c.waitingSince)} AND (t."waitingSince" > ${new Date(c.waitingSince)}
          OR t."lastMessageAt" < ${new Date(c.lastMessageAt)} OR (t."lastMessageAt" = ${new Date(c.lastMessageAt)} AND t."id" < ${c.id}::uuid))`
      : Prisma.empty;
    return Prisma.sql`(SELECT t."id", t."waitingSince", t."lastMessageAt" FROM "Thread" t WHERE ${where} AND t."waitingSince" IS NOT NULL ${after}
      ORDER BY t."waitingSince" ASC, t."lastMessageAt" DESC, t."id" DESC LIMIT ${take})`;
  })();
  const restAfter = c && c.waitingSince === null
    ? Prisma.sql`AND t."lastMessageAt" <= ${new Date(c.lastMessageAt)} AND (t."lastMessageAt" < ${new Date(c.lastMessageAt)} OR t."id" < ${c.id}::uuid)`
    : Prisma.empty;
  // waitingSince (null throughout) stays first in the ORDER BY: PostgreSQL does not treat IS NULL
  // as an equality, and without it would not walk the (…, waitingSince, lastMessageAt, id) indexes.
  const rest = Prisma.sql`(SELECT t."id", t."waitingSince", t."lastMessageAt" FROM "Thread" t WHERE ${where} AND t."waitingSince" IS NULL ${restAfter}
      ORDER BY t."waitingSince" ASC, t."lastMessageAt" DESC, t."id" DESC LIMIT ${take})`;
  const target = Prisma.sql`make_interval(hours => CASE t."priority"
      WHEN 'LOW' THEN ${hours.LOW}::int WHEN 'NORMAL' THEN ${hours.NORMAL}::int
      WHEN 'HIGH' THEN ${hours.HIGH}::int ELSE ${hours.URGENT}::int END)`;
  const rows = await db.$queryRaw<AdminThreadRow[]>`
    SELECT t."id", t."number", t."subject", t."status"::text AS "status", t."priority"::text AS "priority",
           t."waitingSince", t."lastMessageAt", t."staffUnread", t."customerId",
           (t."status" = 'WAITING_STAFF' AND t."waitingSince" IS NOT NULL AND t."waitingSince" < ${now}::timestamp - ${target}) AS "overdue",
           d."name" AS "departmentName", u."name" AS "customerName", a."name" AS "assigneeName"
    FROM (SELECT w."id" FROM (${waiting ? Prisma.sql`${waiting} UNION ALL ${rest}` : rest}) w
          ORDER BY w."waitingSince" ASC NULLS LAST, w."lastMessageAt" DESC, w."id" DESC LIMIT ${take}) p
    JOIN "Thread" t ON t."id" = p."id"
    JOIN "Department" d ON d."id" = t."departmentId"
    JOIN "Customer" c ON c."id" = t."customerId"
    JOIN "User" u ON u."id" = c."userId"
    LEFT JOIN "User" a ON a."id" = t."assigneeId"
    ORDER BY t."waitingSince" ASC NULLS LAST, t."lastMessageAt" DESC, t."id" DESC
    LIMIT ${take}`;
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    rows: page,
    next:
      rows.length > input.limit && last
        ? { waitingSince: last.waitingSince?.toISOString() ?? null, lastMessageAt: last.lastMessageAt.toISOString(), id: last.id }
        : null,
  };
}

export async function listThreadsForCustomer(db: Db, customerId: string, input: CustomerThreadList) {
  const c = input.cursor;
  const rows = await db.thread.findMany({
    where: {
      customerId,
      ...(c
        ? { OR: [{ lastMessageAt: { lt: new Date(c.lastMessageAt) } }, { lastMessageAt: new Date(c.lastMessageAt), id: { lt: c.id } }] }
        : {}),
    },
    select: {
      id: true,
      number: true,
      subject: true,
      status: true,
      lastMessageAt: true,
      customerUnread: true,
      department: { select: { name: true } },
    },
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
  });
  const page = rows.slice(0, input.limit).map(({ department, ...r }) => ({ ...r, departmentName: department.name as LocalizedText, unread: r.customerUnread > 0 }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > input.limit && last ? { lastMessageAt: last.lastMessageAt.toISOString(), id: last.id } : null };
}
