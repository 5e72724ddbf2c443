import "server-only";
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { FieldErrors } from "../../errors";
import { searchTextOf } from "@/lib/normalize";
import type { CustomerReplyData, CustomerThreadData, StaffReplyData, StaffThreadData } from "@/lib/schemas/inbox";
import { activeDepartments } from "../departments";
import { canReadDepartment } from "../department-access";
import { attachmentRules, inboxSettings } from "../inbox-settings";
import { checkAttachments, type CheckedFile, type IncomingFile } from "../attachments/rules";
import { getStorage } from "../attachments/storage";
import { notifyThreadMessage } from "./notify";
import { customerThreadOrThrow, staffThreadOrThrow, threadNotFound, type Who } from "./threads";

// Writing thread messages (issue 10, M-1..M-3). Order of work: the text and access are checked, then
// every file (count, size, sniffed type) — a broken rule writes nothing; then the files are stored,
// then the rows go in one transaction; if that transaction fails the stored files are removed.
//
// Status rules: a staff message → WAITING_CUSTOMER (no longer waiting for staff); a customer message
// → WAITING_STAFF (waitingSince kept if it was already waiting); an internal note changes nothing
// the customer sees. Any reply reopens a closed thread.

export interface Written {
  threadId: string;
  messageId: string;
}

async function withFiles(db: Db, files: IncomingFile[], write: (tx: Tx, files: CheckedFile[], stored: string[]) => Promise<Written>): Promise<Written> {
  const checked = checkAttachments(files, attachmentRules(await inboxSettings(db)));
  const storage = getStorage();
  const keys: string[] = [];
  try {
    for (const f of checked) {
      const key = `inbox/${new Date().toISOString().slice(0, 7)}/${randomUUID()}`;
      await storage.put(key, f.bytes, f.contentType);
      keys.push(key);
    }
    return await db.$transaction((tx) => write(tx, checked, keys));
  } catch (e) {
    await Promise.allSettled(keys.map((k) => storage.remove(k)));
    throw e;
  }
}

async function addMessage(
  tx: Tx,
  threadId: string,
  message: { authorId: string; fromStaff: boolean; internal: boolean; body: string; at: Date },
  files: CheckedFile[],
  keys: string[],
): Promise<Written> {
  const row = await tx.threadMessage.create({
    data: {
      threadId,
      authorId: message.authorId,
      fromStaff: message.fromStaff,
      internal: message.internal,
      body: message.body,
      createdAt: message.at,
      attachments: {
        create: files.map((f, i) => ({ fileName: f.fileName, contentType: f.contentType, size: f.size, sha256: f.sha256, storageKey: keys[i]!, createdAt: message.at })),
      },
    },
    select: { id: true },
  });
  await notifyThreadMessage(tx, row.id);
  return { threadId, messageId: row.id };
}

/** The department must be active (a deactivated one keeps its threads but takes no new ones). */
async function activeDepartmentOrThrow(tx: Tx, departmentId: string) {
  const ids = (await activeDepartments(tx)).map((d) => d.id);
  if (!ids.includes(departmentId)) throw new FieldErrors([{ path: "departmentId", message: "inbox.errors.departmentInactive" }], "invalid");
}

/**
 * A new thread with its first message, by whichever side opens it: what both share is set here;
 * `side` holds what differs (status, who has something unread, the wait, priority or order).
 */
async function openThread(
  db: Db,
  files: IncomingFile[],
  thread: { customerId: string; departmentId: string; subject: string; authorId: string; fromStaff: boolean; body: string },
  side: (at: Date) => Omit<Prisma.ThreadUncheckedCreateInput, "customerId" | "departmentId" | "subject" | "searchText" | "createdById" | "lastMessageAt" | "createdAt">,
): Promise<Written> {
  const { customerId, departmentId, subject, authorId, fromStaff, body } = thread;
  return withFiles(db, files, async (tx, checked, keys) => {
    const at = new Date();
    const { id } = await tx.thread.create({
      data: { customerId, departmentId, subject, searchText: searchTextOf([subject]), createdById: authorId, lastMessageAt: at, createdAt: at, ...side(at) },
      select: { id: true },
    });
    return addMessage(tx, id, { authorId, fromStaff, internal: false, body, at }, checked, keys);
  });
}

export async function createStaffThread(db: Db, who: Who, data: StaffThreadData, files: IncomingFile[]): Promise<Written> {
  await activeDepartmentOrThrow(db, data.departmentId);
  if (!(await canReadDepartment(db, who, data.departmentId))) {
    throw new FieldErrors([{ path: "departmentId", message: "inbox.errors.departmentNotYours" }], "invalid");
  }
  const customer = await db.customer.findFirst({ where: { id: data.customerId, deletedAt: null }, select: { id: true } });
  if (!customer) throw new FieldErrors([{ path: "customerId", message: "inbox.errors.customerNotFound" }], "invalid");
  const { customerId, departmentId, subject, body, priority } = data;
  return openThread(db, files, { customerId, departmentId, subject, body, authorId: who.id, fromStaff: true }, () => ({
    priority,
    status: "WAITING_CUSTOMER",
    openedByStaff: true,
    customerUnread: 1,
  }));
}

export async function createCustomerThread(db: Db, customer: { customerId: string; userId: string }, data: CustomerThreadData, files: IncomingFile[]): Promise<Written> {
  await activeDepartmentOrThrow(db, data.departmentId);
  // Only one of their own orders: another's id is the same "not found" as a missing one.
  if (data.orderId) {
    const order = await db.order.findFirst({ where: { id: data.orderId, customerId: customer.customerId }, select: { id: true } });
    if (!order) throw new FieldErrors([{ path: "orderId", message: "inbox.errors.orderNotFound" }], "invalid");
  }
  const { departmentId, subject, body, orderId } = data;
  return openThread(db, files, { customerId: customer.customerId, departmentId, subject, body, authorId: customer.userId, fromStaff: false }, (at) => ({
    orderId,
    status: "WAITING_STAFF",
    waitingSince: at,
    openedByStaff: false,
    staffUnread: 1,
  }));
}

export async function staffReply(db: Db, who: Who, data: StaffReplyData, files: IncomingFile[]): Promise<Written> {
  await staffThreadOrThrow(db, who, data.threadId);
  return withFiles(db, files, async (tx, checked, keys) => {
    const at = new Date();
    if (!data.internal) {
      await tx.$executeRaw`
        UPDATE "Thread" SET "status" = 'WAITING_CUSTOMER', "waitingSince" = NULL, "lastMessageAt" = ${at},
               "customerUnread" = "customerUnread" + 1, "updatedAt" = ${at}
        WHERE "id" = ${data.threadId}::uuid`;
    }
    return addMessage(tx, data.threadId, { authorId: who.id, fromStaff: true, internal: data.internal, body: data.body, at }, checked, keys);
  });
}

export async function customerReply(db: Db, customer: { customerId: string; userId: string }, data: CustomerReplyData, files: IncomingFile[]): Promise<Written> {
  await customerThreadOrThrow(db, customer.customerId, data.threadId);
  return withFiles(db, files, async (tx, checked, keys) => {
    const at = new Date();
    const updated = await tx.$executeRaw`
      UPDATE "Thread" SET "status" = 'WAITING_STAFF',
             "waitingSince" = CASE WHEN "status" = 'WAITING_STAFF' AND "waitingSince" IS NOT NULL THEN "waitingSince" ELSE ${at} END,
             "lastMessageAt" = ${at}, "staffUnread" = "staffUnread" + 1, "updatedAt" = ${at}
      WHERE "id" = ${data.threadId}::uuid AND "customerId" = ${customer.customerId}::uuid`;
    if (updated !== 1) throw threadNotFound();
    return addMessage(tx, data.threadId, { authorId: customer.userId, fromStaff: false, internal: false, body: data.body, at }, checked, keys);
  });
}
