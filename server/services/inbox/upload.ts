import "server-only";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Db } from "../../db";
import { FieldErrors } from "../../errors";
import { isStaff } from "../../permissions";
import { isSameOrigin } from "../../same-origin";
import type { SessionUser } from "../../trpc";
import {
  customerReplySchema,
  customerThreadSchema,
  INBOX_WRITE_KINDS,
  staffReplySchema,
  staffThreadSchema,
} from "@/lib/schemas/inbox";
import { AttachmentRejected, type IncomingFile } from "../attachments/rules";
import { createCustomerThread, createStaffThread, customerReply, staffReply } from "./messages";

// POST /api/inbox/messages (multipart): a new thread or reply with its files. The route does the
// same checks as a procedure (session, permission, Origin, zod) and answers JSON shaped like tRPC's
// errors: { message, fields: [{ path, message, values? }] } so the forms show them beside the field.

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
const refuse = (status: number, message: string) => json(status, { message });

/** Up to this many bytes are read from a request (the per-file limit is checked after, per file). */
const MAX_REQUEST_BYTES = 60 * 1024 * 1024;

export async function inboxWriteResponse(db: Db, session: SessionUser | null, req: Request): Promise<Response> {
  if (!isSameOrigin(req)) return refuse(403, "errors.forbidden");
  if (!session) return refuse(401, "errors.unauthorized");
  if (Number(req.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
    return json(413, { message: "inbox.errors.requestTooLarge", fields: [{ path: "files", message: "inbox.errors.requestTooLarge" }] });
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return refuse(400, "validation.invalid");
  }
  const kind = z.enum(INBOX_WRITE_KINDS).safeParse(form.get("kind"));
  if (!kind.success) return refuse(400, "validation.invalid");
  const staffKind = kind.data.startsWith("staff");
  if (staffKind ? !isStaff(session.permissions) || !session.permissions.includes("inbox.write") : !session.customerId || !session.permissions.includes("account.inbox")) {
    return refuse(403, "errors.forbidden");
  }

  const text: Record<string, string> = {};
  const files: IncomingFile[] = [];
  for (const [key, value] of form.entries()) {
    if (key === "files" && typeof value !== "string") {
      if (value.size > 0 || value.name) files.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
    } else if (key !== "kind" && typeof value === "string") text[key] = value;
  }

  const schema = { staffThread: staffThreadSchema, staffReply: staffReplySchema, customerThread: customerThreadSchema, customerReply: customerReplySchema }[kind.data];
  const parsed = schema.safeParse(text);
  if (!parsed.success) {
    const seen = new Map<string, { path: string; message: string }>();
    for (const i of parsed.error.issues) {
      const path = i.path.join(".");
      if (!seen.has(path)) seen.set(path, { path, message: /^([a-z][a-zA-Z]*\.)?(validation|errors)\./.test(i.message) ? i.message : "validation.invalid" });
    }
    const fields = [...seen.values()];
    return json(400, { message: fields[0]?.message ?? "validation.invalid", fields });
  }

  try {
    const who = { id: session.id, permissions: session.permissions };
    const customer = { customerId: session.customerId!, userId: session.id };
    const data = parsed.data as never;
    const written =
      kind.data === "staffThread" ? await createStaffThread(db, who, data, files)
      : kind.data === "staffReply" ? await staffReply(db, who, data, files)
      : kind.data === "customerThread" ? await createCustomerThread(db, customer, data, files)
      : await customerReply(db, customer, data, files);
    return json(200, written);
  } catch (e) {
    if (e instanceof AttachmentRejected) return json(400, { message: e.problem.message, fields: [e.problem] });
    if (e instanceof FieldErrors) return json(e.kind === "conflict" ? 409 : 400, { message: e.message, fields: e.fields });
    if (e instanceof TRPCError && e.code === "NOT_FOUND") return refuse(404, "errors.notFound");
    throw e;
  }
}
