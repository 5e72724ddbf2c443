import "server-only";
import type { Db } from "../db";
import { Prisma, type ContactStatus } from "../generated/prisma/client";
import { FieldErrors } from "../errors";
import { searchTextOf } from "@/lib/normalize";
import { isBot } from "@/lib/schemas/public-form";
import type { ContactData, ContactList } from "@/lib/schemas/contact";
import { recordAudit, type Actor } from "./audit";
import { LIMITS, consume } from "./rate-limit";

// Contact-us (issue 9, N-3): visitors send messages through the public form; staff list, search,
// read, mark and delete them. The list pages by keyset on (createdAt desc, id desc), served by the
// ContactMessage indexes; the search uses the trigram index on searchText.

/**
 * A visitor's message. Counted against the sender's address first, so a flood is refused whether or
 * not it fills the honeypot; a filled honeypot gets the same answer as a person and stores nothing.
 */
export async function sendContactMessage(db: Db, ip: string | null, data: ContactData): Promise<{ sent: true }> {
  // Without a forwarded address (no proxy in front) there is no one to count, as at sign-up.
  if (ip) await consume(db, LIMITS.contactPerIp, ip);
  if (isBot(data.website)) return { sent: true };
  const { name, mobile, email, subject, message } = data;
  await db.contactMessage.create({
    data: { name, mobile, email, subject, message, ip, searchText: searchTextOf([name, mobile, email, subject, message]) },
    select: { id: true },
  });
  return { sent: true };
}

/** `%`, `_` and `\` in a search are letters, not LIKE wildcards. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * A mobile typed as people write it (0912 123 4567) meets the stored +989121234567: spaces and dashes
 * go, and so does the national leading 0.
 */
function searchTerm(q: string): string {
  if (!/^[\d\s+()-]+$/.test(q)) return q;
  const digits = q.replace(/[\s()-]/g, "");
  return /^0[1-9]/.test(digits) ? digits.slice(1) : digits;
}

const STATUS_OF: Record<Exclude<ContactList["filter"], "all">, ContactStatus> = { unread: "UNREAD", read: "READ", handled: "HANDLED" };

export interface ContactRow {
  id: string;
  name: string;
  mobile: string | null;
  email: string | null;
  subject: string;
  /** The message's first characters, for the list. */
  preview: string;
  status: ContactStatus;
  createdAt: Date;
}

const PREVIEW = 140;

/** Newest first, one keyset page; `next` is the cursor of the following page (no COUNT). */
export async function listContactMessages(db: Db, input: ContactList) {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (input.q) parts.push(Prisma.sql`m."searchText" LIKE ${`%${likeEscape(searchTerm(input.q))}%`}`);
  if (input.filter !== "all") parts.push(Prisma.sql`m."status" = ${STATUS_OF[input.filter]}::"ContactStatus"`);
  if (input.cursor) parts.push(Prisma.sql`(m."createdAt", m."id") < (${new Date(input.cursor.createdAt)}, ${input.cursor.id}::uuid)`);
  const rows = await db.$queryRaw<ContactRow[]>`
    SELECT m."id", m."name", m."mobile", m."email", m."subject", left(m."message", ${PREVIEW}) AS "preview",
           m."status"::text AS "status", m."createdAt"
    FROM "ContactMessage" m
    WHERE ${Prisma.join(parts, " AND ")}
    ORDER BY m."createdAt" DESC, m."id" DESC
    LIMIT ${input.limit + 1}`;
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > input.limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null };
}

const fullSelect = {
  id: true,
  name: true,
  mobile: true,
  email: true,
  subject: true,
  message: true,
  status: true,
  readAt: true,
  handledAt: true,
  createdAt: true,
} satisfies Prisma.ContactMessageSelect;

const notFound = () => new FieldErrors([{ path: "id", message: "errors.notFound" }], "invalid");

/**
 * One message in full, as staff open it: an unread message becomes read. The update's WHERE holds
 * the UNREAD condition, so two staff opening it at once set readAt once.
 */
export async function openContactMessage(db: Db, id: string) {
  await db.contactMessage.updateMany({ where: { id, status: "UNREAD" }, data: { status: "READ", readAt: new Date() } });
  const message = await db.contactMessage.findUnique({ where: { id }, select: fullSelect });
  if (!message) throw notFound();
  return message;
}

/** The short label the audit log keeps of a message: never its body, only a trimmed subject. */
const auditLabel = (subject: string) => (subject.length > 60 ? `${subject.slice(0, 59)}…` : subject);

/** Staff move a message by hand: handled, back to read, or back to unread (then opening it reads it again). */
export async function setContactStatus(db: Db, actor: Actor, id: string, status: ContactStatus) {
  return db.$transaction(async (tx) => {
    const before = await tx.contactMessage.findUnique({ where: { id }, select: { status: true, subject: true, readAt: true } });
    if (!before) throw notFound();
    if (before.status === status) return tx.contactMessage.findUniqueOrThrow({ where: { id }, select: fullSelect });
    const now = new Date();
    const data =
      status === "UNREAD"
        ? { status, readAt: null, handledAt: null }
        : status === "READ"
          ? { status, readAt: before.readAt ?? now, handledAt: null }
          : { status, readAt: before.readAt ?? now, handledAt: now };
    const message = await tx.contactMessage.update({ where: { id }, data, select: fullSelect });
    await recordAudit(tx, actor, "contact.status", { type: "contactMessage", id, label: auditLabel(before.subject) }, { status: { from: before.status, to: status } });
    return message;
  });
}

/** Deletes the chosen messages in one transaction, one audit record each; ids already gone are skipped. */
export async function deleteContactMessages(db: Db, actor: Actor, ids: string[]) {
  return db.$transaction(async (tx) => {
    const found = await tx.contactMessage.findMany({ where: { id: { in: ids } }, select: { id: true, subject: true, status: true } });
    if (found.length === 0) return { deleted: 0 };
    await tx.contactMessage.deleteMany({ where: { id: { in: found.map((m) => m.id) } } });
    for (const m of found) {
      await recordAudit(tx, actor, "contact.delete", { type: "contactMessage", id: m.id, label: auditLabel(m.subject) }, { status: { from: m.status, to: null } });
    }
    return { deleted: found.length };
  });
}
