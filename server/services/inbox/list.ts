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
  const parts: Prisma.Sql[] = [Prisma.sql`t."departmentId" = ANY(${departments}::uuid[])`];
  if (input.status) parts.push(Prisma.sql`t."status" = ${input.status}::"ThreadStatus"`);
  if (input.priority) parts.push(Prisma.sql`t."priority" = ${input.priority}::"ThreadPriority"`);
  if (input.assigneeId === "none") parts.push(Prisma.sql`t."assigneeId" IS NULL`);
  else if (input.assigneeId) parts.push(Prisma.sql`t."assigneeId" = ${input.assigneeId}::uuid`);
  if (input.customerId) parts.push(Prisma.sql`t."customerId" = ${input.customerId}::uuid`);
  if (input.q) parts.push(Prisma.sql`t."searchText" LIKE ${`%${likeEscape(input.q)}%`}`);
  const c = input.cursor;
  if (c) {
    const l = new Date(c.lastMessageAt);
    const sameWaitAfter = Prisma.sql`(t."lastMessageAt" < ${l} OR (t."lastMessageAt" = ${l} AND t."id" < ${c.id}::uuid))`;
    parts.push(
      c.waitingSince
        ? Prisma.sql`(t."waitingSince" > ${new Date(c.waitingSince)} OR t."waitingSince" IS NULL OR (t."waitingSince" = ${new Date(c.waitingSince)} AND ${sameWaitAfter}))`
        : Prisma.sql`(t."waitingSince" IS NULL AND ${sameWaitAfter})`,
    );
  }
  const target = Prisma.sql`make_interval(hours => CASE t."priority"
      WHEN 'LOW' THEN ${hours.LOW}::int WHEN 'NORMAL' THEN ${hours.NORMAL}::int
      WHEN 'HIGH' THEN ${hours.HIGH}::int ELSE ${hours.URGENT}::int END)`;
  const rows = await db.$queryRaw<AdminThreadRow[]>`
    SELECT t."id", t."number", t."subject", t."status"::text AS "status", t."priority"::text AS "priority",
           t."waitingSince", t."lastMessageAt", t."staffUnread", t."customerId",
           (t."status" = 'WAITING_STAFF' AND t."waitingSince" IS NOT NULL AND t."waitingSince" < ${now}::timestamp - ${target}) AS "overdue",
           d."name" AS "departmentName", u."name" AS "customerName", a."name" AS "assigneeName"
    FROM "Thread" t
    JOIN "Department" d ON d."id" = t."departmentId"
    JOIN "Customer" c ON c."id" = t."customerId"
    JOIN "User" u ON u."id" = c."userId"
    LEFT JOIN "User" a ON a."id" = t."assigneeId"
    WHERE ${Prisma.join(parts, " AND ")}
    ORDER BY t."waitingSince" ASC NULLS LAST, t."lastMessageAt" DESC, t."id" DESC
    LIMIT ${input.limit + 1}`;
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
