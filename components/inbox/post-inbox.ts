"use client";

import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { applyServerErrors } from "@/lib/form-errors";
import { browserFileProblem, type AttachmentLimits, type AttachmentProblem } from "@/lib/attachment-limits";
import type { InboxWriteKind } from "@/lib/schemas/inbox";

// The client side of POST /api/inbox/messages: a thread or reply with its files, as multipart. The
// form has already passed the shared zod schema; the route parses the same fields with it again.

interface FieldError {
  path: string;
  message: string;
  values?: Record<string, string | number>;
}

type PostResult = { ok: true; threadId: string; messageId: string } | { ok: false; message: string; fields: FieldError[] };

async function postInbox(form: FormData): Promise<PostResult> {
  try {
    const res = await fetch("/api/inbox/messages", { method: "POST", body: form });
    const body = (await res.json().catch(() => ({}))) as { threadId?: string; messageId?: string; message?: string; fields?: FieldError[] };
    if (res.ok && body.threadId) return { ok: true, threadId: body.threadId, messageId: body.messageId! };
    return { ok: false, message: body.message ?? "errors.unexpected", fields: body.fields ?? [] };
  } catch {
    return { ok: false, message: "errors.unexpected", fields: [] };
  }
}

/**
 * A thread or reply form's files and submission: chosen files are checked at once against the
 * store's limits; the server's field errors go beside their fields (files included), anything else
 * into the form's alert.
 */
export function useInboxPost<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly string[], limits: AttachmentLimits) {
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<AttachmentProblem | null>(null);
  const [alert, setAlert] = useState<string | null>(null);

  function chooseFiles(list: File[]) {
    setFiles(list);
    setFileError(browserFileProblem(list, limits));
  }

  /** Sends the values and files; the written ids, or null when something was refused (and shown). */
  async function post(kind: InboxWriteKind, values: Record<string, unknown>) {
    setAlert(null);
    if (fileError) return null;
    const form = new FormData();
    form.set("kind", kind);
    for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== null) form.set(key, String(value));
    for (const file of files) form.append("files", file);
    const result = await postInbox(form);
    if (result.ok) return result;
    const filesProblem = result.fields.find((f) => f.path === "files") as AttachmentProblem | undefined;
    setFileError(filesProblem ?? null);
    const others = result.fields.filter((f) => f.path !== "files");
    const message = applyServerErrors({ message: result.message, data: { fields: others } }, setError, fields);
    if (message && !filesProblem) setAlert(message);
    return null;
  }

  /** After a sent reply: no files chosen (the input itself is remounted by the form). */
  function clearFiles() {
    setFiles([]);
    setFileError(null);
  }

  return { chooseFiles, fileError, alert, post, clearFiles };
}
