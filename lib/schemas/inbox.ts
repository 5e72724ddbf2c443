import { z } from "zod";
import { normalizeText } from "../normalize";
import { THREAD_PRIORITIES } from "./inbox-settings";
import { idField, requiredText } from "./common";

// Threads (issue 10, M-1/M-2): the forms and procedures share these. Writes that carry files go
// through POST /api/inbox/messages as multipart (the text fields below, plus "files").

export { THREAD_PRIORITIES };
export const THREAD_STATUSES = ["OPEN", "WAITING_CUSTOMER", "WAITING_STAFF", "CLOSED"] as const;
export type ThreadStatusKey = (typeof THREAD_STATUSES)[number];

export const INBOX_MAX = { subject: 200, body: 8000 } as const;

const optionalId = z
  .string()
  .trim()
  .transform((v) => v || null)
  .pipe(idField.nullable())
  .nullish()
  .transform((v) => v ?? null);

/** The admin writes to a customer. */
export const staffThreadSchema = z
  .object({
    customerId: z.string().min(1, "validation.required").pipe(idField),
    subject: requiredText(INBOX_MAX.subject),
    departmentId: z.string().min(1, "validation.required").pipe(idField),
    priority: z.enum(THREAD_PRIORITIES, "validation.invalid").default("NORMAL"),
    body: requiredText(INBOX_MAX.body),
  })
  .strict();
export type StaffThreadInput = z.input<typeof staffThreadSchema>;
export type StaffThreadData = z.output<typeof staffThreadSchema>;

/** A customer opens a ticket, optionally about one of their orders. */
export const customerThreadSchema = z
  .object({
    departmentId: z.string().min(1, "validation.required").pipe(idField),
    subject: requiredText(INBOX_MAX.subject),
    body: requiredText(INBOX_MAX.body),
    orderId: optionalId,
  })
  .strict();
export type CustomerThreadInput = z.input<typeof customerThreadSchema>;
export type CustomerThreadData = z.output<typeof customerThreadSchema>;

const booleanish = z.union([z.boolean(), z.enum(["true", "false", "on", ""])]).transform((v) => v === true || v === "true" || v === "on");

export const staffReplySchema = z
  .object({ threadId: idField, body: requiredText(INBOX_MAX.body), internal: booleanish.default(false) })
  .strict();
export type StaffReplyData = z.output<typeof staffReplySchema>;

export const customerReplySchema = z.object({ threadId: idField, body: requiredText(INBOX_MAX.body) }).strict();
export type CustomerReplyData = z.output<typeof customerReplySchema>;

/** What the upload route accepts under "kind", with the schema of its text fields. */
export const INBOX_WRITE_KINDS = ["staffThread", "staffReply", "customerThread", "customerReply"] as const;
export type InboxWriteKind = (typeof INBOX_WRITE_KINDS)[number];

export const threadIdSchema = z.object({ id: idField }).strict();
export const assignSchema = z.object({ id: idField, assigneeId: idField.nullable() }).strict();
/** Closing, or reopening by hand (a new reply reopens it too). */
export const threadStatusSchema = z.object({ id: idField, status: z.enum(["OPEN", "CLOSED"]) }).strict();

/** The admin list's keyset: oldest waiting first (no wait last), then newest activity. */
export const adminThreadCursorSchema = z
  .object({ waitingSince: z.iso.datetime().nullable(), lastMessageAt: z.iso.datetime(), id: idField })
  .strict();
export type AdminThreadCursor = z.output<typeof adminThreadCursorSchema>;

const lenientId = idField.optional().catch(undefined);

/** Lenient on purpose: read from a bookmarked URL, so a stale value is dropped rather than failing. */
export const adminThreadListSchema = z
  .object({
    q: z.string().max(100).optional().transform((v) => (v ? normalizeText(v) : undefined) || undefined),
    departmentId: lenientId,
    status: z.enum(THREAD_STATUSES).optional().catch(undefined),
    priority: z.enum(THREAD_PRIORITIES).optional().catch(undefined),
    /** A staff id, or "none" for unassigned threads. */
    assigneeId: z.union([z.literal("none"), idField]).optional().catch(undefined),
    customerId: lenientId,
    cursor: adminThreadCursorSchema.nullish(),
    limit: z.number().int().min(1).max(100).default(30),
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
export type AdminThreadListInput = z.input<typeof adminThreadListSchema>;
export type AdminThreadList = z.output<typeof adminThreadListSchema>;

/** The admin list's filters' names in the URL, in the order the filter bar shows them. */
export const INBOX_FILTER_KEYS = ["q", "departmentId", "status", "priority", "assignee", "customerId"] as const;
export type InboxFilterKey = (typeof INBOX_FILTER_KEYS)[number];
/** The filters as the URL carries them; "assignee" is "me", "none" or a staff id. */
export type InboxFilterValues = Partial<Record<InboxFilterKey, string>>;

/** Lenient: read from a bookmarked or hand-edited URL, so a stale or broken value is dropped. */
export const inboxFilterUrlSchema = z
  .object({
    q: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
    departmentId: lenientId,
    status: z.enum(THREAD_STATUSES).optional().catch(undefined),
    priority: z.enum(THREAD_PRIORITIES).optional().catch(undefined),
    assignee: z.union([z.enum(["me", "none"]), idField]).optional().catch(undefined),
    customerId: lenientId,
  })
  .strip();

/** The page's search params (the first of a repeated key) → only the filters that are set and valid. */
export function inboxFiltersFromSearch(search: Record<string, string | string[] | undefined>): InboxFilterValues {
  const first = Object.fromEntries(
    INBOX_FILTER_KEYS.map((k) => {
      const v = search[k];
      return [k, Array.isArray(v) ? v[0] : v];
    }),
  );
  const parsed = inboxFilterUrlSchema.parse(first);
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v)) as InboxFilterValues;
}

/** The list procedure's input for these filters: "me" is the signed-in staff member. */
export function inboxListInput(f: InboxFilterValues, me: string): AdminThreadListInput {
  return {
    q: f.q,
    departmentId: f.departmentId,
    status: f.status as ThreadStatusKey | undefined,
    priority: f.priority as (typeof THREAD_PRIORITIES)[number] | undefined,
    assigneeId: f.assignee === "me" ? me : f.assignee,
    customerId: f.customerId,
  };
}

export const customerThreadCursorSchema = z.object({ lastMessageAt: z.iso.datetime(), id: idField }).strict();
export const customerThreadListSchema = z
  .object({
    cursor: customerThreadCursorSchema.nullish(),
    limit: z.number().int().min(1).max(100).default(20),
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
export type CustomerThreadList = z.output<typeof customerThreadListSchema>;

export const customerSearchSchema = z.object({ q: z.string().trim().max(100) }).strict();
export const departmentStaffSchema = z.object({ departmentId: idField }).strict();

/** The field names each form shows server errors beside. */
export const STAFF_THREAD_FIELDS = ["customerId", "subject", "departmentId", "priority", "body", "files"] as const;
export const CUSTOMER_THREAD_FIELDS = ["departmentId", "subject", "body", "orderId", "files"] as const;
export const REPLY_FIELDS = ["body", "internal", "files"] as const;
