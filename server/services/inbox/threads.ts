import "server-only";
import { TRPCError } from "@trpc/server";
import type { Db, Tx } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { FieldErrors } from "../../errors";
import { isStaff } from "../../permissions";
import type { SessionUser } from "../../trpc";
import { canReadDepartment } from "../department-access";
import { permissionsOf } from "../roles";
import { recordAudit } from "../audit";
import type { LocalizedText } from "@/lib/localized";

// Threads (issue 10, M-1/M-2): who reaches one, opening one (marks it read for that side), closing,
// reopening and assigning. A thread someone may not reach is "not found", never "forbidden".

export type Who = Pick<SessionUser, "id" | "permissions"> & {
  /** The request's address, for the audit log (the callers that have one pass it). */
  ip?: string | null;
};

export const threadNotFound = () => new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" });

/** The thread's department and customer, when this staff member may read its department. */
export async function staffThreadOrThrow(tx: Tx, who: Who, threadId: string) {
  const thread = await tx.thread.findUnique({ where: { id: threadId }, select: { id: true, departmentId: true, customerId: true, status: true } });
  if (!thread || !(await canReadDepartment(tx, who, thread.departmentId))) throw threadNotFound();
  return thread;
}

/** The thread when it is this customer's. */
export async function customerThreadOrThrow(tx: Tx, customerId: string, threadId: string) {
  const thread = await tx.thread.findFirst({ where: { id: threadId, customerId }, select: { id: true, departmentId: true, customerId: true, status: true } });
  if (!thread) throw threadNotFound();
  return thread;
}

const attachmentSelect = { id: true, fileName: true, contentType: true, size: true } satisfies Prisma.AttachmentSelect;

const threadSelect = {
  id: true,
  number: true,
  subject: true,
  status: true,
  priority: true,
  openedByStaff: true,
  waitingSince: true,
  lastMessageAt: true,
  createdAt: true,
  departmentId: true,
  department: { select: { name: true } },
  order: { select: { id: true, number: true } },
} satisfies Prisma.ThreadSelect;

function messageSelect(forStaff: boolean) {
  return {
    id: true,
    fromStaff: true,
    internal: true,
    body: true,
    createdAt: true,
    // Customers see "the store" for staff messages and their own name for theirs.
    author: { select: { name: forStaff ? true : false, id: true } },
    attachments: { select: attachmentSelect, orderBy: { createdAt: "asc" } },
  } satisfies Prisma.ThreadMessageSelect;
}

/** Staff open a thread: all messages with notes, and its staff-unread count goes to 0. */
export async function openThreadForStaff(db: Db, who: Who, threadId: string) {
  await staffThreadOrThrow(db, who, threadId);
  await db.thread.update({ where: { id: threadId }, data: { staffUnread: 0 }, select: { id: true } });
  const thread = await db.thread.findUniqueOrThrow({
    where: { id: threadId },
    select: {
      ...threadSelect,
      assigneeId: true,
      assignee: { select: { id: true, name: true } },
      customer: { select: { id: true, user: { select: { name: true, username: true, mobile: true } } } },
      messages: { select: messageSelect(true), orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  return { ...thread, department: { name: thread.department.name as LocalizedText } };
}

/** A customer opens their thread: never the internal notes; their unread count goes to 0. */
export async function openThreadForCustomer(db: Db, customerId: string, threadId: string) {
  await customerThreadOrThrow(db, customerId, threadId);
  await db.thread.update({ where: { id: threadId }, data: { customerUnread: 0 }, select: { id: true } });
  const thread = await db.thread.findUniqueOrThrow({
    where: { id: threadId },
    select: { ...threadSelect, messages: { where: { internal: false }, select: messageSelect(false), orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  return {
    ...thread,
    department: { name: thread.department.name as LocalizedText },
    messages: thread.messages.map(({ author: _a, internal: _i, ...m }) => m),
  };
}

/**
 * Locks the thread's row for this staff write and reads what the audit entry needs; another
 * department's thread is "not found". The lock orders concurrent writes, so each one's "from" is
 * what the previous one left.
 */
async function lockThreadForStaff(tx: Tx, who: Who, threadId: string) {
  await tx.$queryRaw`SELECT id FROM "Thread" WHERE id = ${threadId}::uuid FOR UPDATE`;
  const thread = await tx.thread.findUnique({
    where: { id: threadId },
    select: { id: true, number: true, subject: true, departmentId: true, status: true, assigneeId: true, assignee: { select: { username: true } } },
  });
  if (!thread || !(await canReadDepartment(tx, who, thread.departmentId))) throw threadNotFound();
  return thread;
}

const auditActor = (who: Who) => ({ userId: who.id, ip: who.ip ?? null });
/** "#12 subject", short enough for the log's target column. */
const auditTarget = (t: { id: string; number: number; subject: string }) => {
  const label = `#${t.number} ${t.subject}`;
  return { type: "thread", id: t.id, label: label.length > 60 ? `${label.slice(0, 59)}…` : label };
};

/**
 * Close, or reopen a closed thread by hand (OPEN). Closing ends the wait; the next reply reopens it
 * anyway. A no-op (closing a closed thread, reopening one that is not closed) changes nothing and
 * writes no audit entry.
 */
export async function setThreadStatus(db: Db, who: Who, threadId: string, status: "OPEN" | "CLOSED") {
  return db.$transaction(async (tx) => {
    const thread = await lockThreadForStaff(tx, who, threadId);
    const noop = status === "CLOSED" ? thread.status === "CLOSED" : thread.status !== "CLOSED";
    if (noop) return { id: threadId, status: thread.status };
    await tx.thread.update({ where: { id: threadId }, data: { status, waitingSince: null }, select: { id: true } });
    await recordAudit(tx, auditActor(who), status === "CLOSED" ? "thread.close" : "thread.reopen", auditTarget(thread), {
      status: { from: thread.status, to: status },
    });
    return { id: threadId, status };
  });
}

/** A customer closes their own ticket (customers' own actions are not audited, like their profile edits). */
export async function closeOwnThread(db: Db, customerId: string, threadId: string) {
  await customerThreadOrThrow(db, customerId, threadId);
  await db.thread.update({ where: { id: threadId }, data: { status: "CLOSED", waitingSince: null }, select: { id: true } });
  return { id: threadId, status: "CLOSED" as const };
}

/** Whether the user is staff who may read the department (an assignee must be). */
async function canBeAssignee(tx: Tx, userId: string, departmentId: string): Promise<boolean> {
  const permissions = await permissionsOf(tx, userId);
  if (!isStaff(permissions) || !permissions.includes("inbox.read")) return false;
  return canReadDepartment(tx, { id: userId, permissions }, departmentId);
}

/** Assign (or unassign, null); audited from → to by username. The same assignee again is a no-op. */
export async function assignThread(db: Db, who: Who, threadId: string, assigneeId: string | null) {
  return db.$transaction(async (tx) => {
    const thread = await lockThreadForStaff(tx, who, threadId);
    if (thread.assigneeId === assigneeId) return { id: threadId, assigneeId };
    if (assigneeId && !(await canBeAssignee(tx, assigneeId, thread.departmentId))) {
      throw new FieldErrors([{ path: "assigneeId", message: "inbox.errors.assigneeCannotRead" }], "invalid");
    }
    const to = assigneeId ? await tx.user.findUniqueOrThrow({ where: { id: assigneeId }, select: { username: true } }) : null;
    await tx.thread.update({ where: { id: threadId }, data: { assigneeId }, select: { id: true } });
    await recordAudit(tx, auditActor(who), assigneeId ? "thread.assign" : "thread.unassign", auditTarget(thread), {
      assignee: { from: thread.assignee?.username ?? null, to: to?.username ?? null },
    });
    return { id: threadId, assigneeId };
  });
}

/** The customer the admin list is filtered by, for the filter bar's picker (name and username). */
export async function customerForFilter(db: Db, customerId: string) {
  const c = await db.customer.findUnique({ where: { id: customerId }, select: { id: true, user: { select: { name: true, username: true } } } });
  return c ? { id: c.id, name: c.user.name, username: c.user.username } : null;
}

/**
 * The staff a thread of this department can be assigned to: its own staff and the managers
 * (departments.write), each holding inbox.read.
 */
export async function assignableStaff(db: Db, who: Who, departmentId: string) {
  if (!(await canReadDepartment(db, who, departmentId))) return [];
  const users = await db.user.findMany({
    where: {
      customer: null,
      status: "ACTIVE",
      OR: [
        { departments: { some: { departmentId } } },
        { roles: { some: { role: { permissions: { some: { permission: "departments.write" } } } } } },
      ],
    },
    select: { id: true, name: true, username: true },
    orderBy: { name: "asc" },
    take: 200,
  });
  const out: typeof users = [];
  for (const u of users) if (await canBeAssignee(db, u.id, departmentId)) out.push(u);
  return out;
}
