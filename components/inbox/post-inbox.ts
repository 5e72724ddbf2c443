// The client side of POST /api/inbox/messages: a thread or reply with its files, as multipart.

export interface InboxFieldError {
  path: string;
  message: string;
  values?: Record<string, string | number>;
}

export type InboxPostResult =
  | { ok: true; threadId: string; messageId: string }
  | { ok: false; message: string; fields: InboxFieldError[] };

export async function postInbox(form: FormData): Promise<InboxPostResult> {
  try {
    const res = await fetch("/api/inbox/messages", { method: "POST", body: form });
    const body = (await res.json().catch(() => ({}))) as { threadId?: string; messageId?: string; message?: string; fields?: InboxFieldError[] };
    if (res.ok && body.threadId) return { ok: true, threadId: body.threadId, messageId: body.messageId! };
    return { ok: false, message: body.message ?? "errors.unexpected", fields: body.fields ?? [] };
  } catch {
    return { ok: false, message: "errors.unexpected", fields: [] };
  }
}

/** The first error of each field, by path. */
export const errorsByPath = (fields: InboxFieldError[]) =>
  Object.fromEntries(fields.map((f) => [f.path, f] as const)) as Record<string, InboxFieldError | undefined>;
