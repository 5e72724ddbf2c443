"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Paperclip } from "lucide-react";
import { formatDate, type AppLocale } from "@/lib/format";
import { nameIn, type LocalizedText } from "@/lib/localized";
import { applyServerErrors } from "@/lib/form-errors";
import type { ThreadStatusKey } from "@/lib/schemas/inbox";
import type { AttachmentLimits } from "@/lib/attachment-limits";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { cn } from "@/lib/cn";
import { PriorityBadge, ThreadStatusBadge } from "./badges";
import { ReplyForm } from "./reply-form";

export interface ThreadMessageView {
  id: string;
  fromStaff: boolean;
  internal?: boolean;
  body: string;
  createdAt: Date;
  author?: { name?: string } | null;
  attachments: { id: string; fileName: string; contentType: string; size: number }[];
}

export interface ThreadViewData {
  id: string;
  number: number;
  subject: string;
  status: ThreadStatusKey;
  priority?: string;
  department: { name: LocalizedText };
  order: { id: string; number: number } | null;
  messages: ThreadMessageView[];
  assigneeId?: string | null;
  customer?: { user: { name: string; username: string } };
}

const kb = (size: number) => `${Math.max(1, Math.round(size / 1024))} KB`;

/** One thread: its messages with their files, and the reply form (staff may write internal notes). */
export function ThreadView({
  thread,
  side,
  canWrite,
  limits,
  staff = [],
}: {
  thread: ThreadViewData;
  side: "staff" | "customer";
  canWrite: boolean;
  limits: AttachmentLimits;
  staff?: { id: string; name: string }[];
}) {
  const t = useTranslations("inbox");
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const trpc = useTRPC();
  const [alert, setAlert] = useState<string | null>(null);
  const onError = (e: unknown) => setAlert(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected");
  const setStatus = useMutation(trpc.inbox.setStatus.mutationOptions({ onSuccess: () => router.refresh(), onError }));
  const close = useMutation(trpc.myInbox.close.mutationOptions({ onSuccess: () => router.refresh(), onError }));
  const assign = useMutation(trpc.inbox.assign.mutationOptions({ onSuccess: () => router.refresh(), onError }));

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-lg font-semibold text-slate-900" data-testid="thread-subject">{thread.subject}</h1>
          <ThreadStatusBadge status={thread.status} />
          {side === "staff" && thread.priority && <PriorityBadge priority={thread.priority} />}
        </div>
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
          <div><dt className="inline">{t("fields.number")}: </dt><dd className="inline">#{thread.number.toLocaleString(locale)}</dd></div>
          <div><dt className="inline">{t("fields.department")}: </dt><dd className="inline">{nameIn(thread.department.name, locale)}</dd></div>
          {thread.customer && <div><dt className="inline">{t("fields.customer")}: </dt><dd className="inline">{thread.customer.user.name} ({thread.customer.user.username})</dd></div>}
          {thread.order && <div><dt className="inline">{t("fields.order")}: </dt><dd className="inline">#{thread.order.number.toLocaleString(locale)}</dd></div>}
        </dl>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          {side === "staff" && canWrite && (
            <>
              <label className="flex items-center gap-2 text-sm text-slate-700">
                {t("fields.assignee")}
                <select
                  className="rounded-lg border border-slate-300 px-2 py-1.5 text-sm"
                  value={thread.assigneeId ?? ""}
                  onChange={(e) => assign.mutate({ id: thread.id, assigneeId: e.target.value || null })}
                >
                  <option value="">{t("unassigned")}</option>
                  {staff.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
                </select>
              </label>
              {thread.status === "CLOSED" ? (
                <Button variant="secondary" onClick={() => setStatus.mutate({ id: thread.id, status: "OPEN" })}>{t("actions.reopen")}</Button>
              ) : (
                <Button variant="secondary" onClick={() => setStatus.mutate({ id: thread.id, status: "CLOSED" })}>{t("actions.close")}</Button>
              )}
            </>
          )}
          {side === "customer" && thread.status !== "CLOSED" && (
            <Button variant="secondary" onClick={() => close.mutate({ id: thread.id })}>{t("actions.close")}</Button>
          )}
        </div>
        {alert && <div className="mt-3"><FormAlert message={alert} /></div>}
      </Card>

      <ol className="flex flex-col gap-3" aria-label={t("messages")}>
        {thread.messages.map((m) => {
          const mine = side === "staff" ? m.fromStaff : !m.fromStaff;
          return (
            <li
              key={m.id}
              data-testid="thread-message"
              className={cn(
                "rounded-xl p-4 ring-1",
                m.internal ? "bg-amber-50 ring-amber-200" : mine ? "ms-8 bg-brand-50 ring-brand-100" : "me-8 bg-white ring-slate-200",
              )}
            >
              <p className="mb-1 text-xs text-slate-500">
                {m.fromStaff ? (side === "staff" ? (m.author?.name ?? t("store")) : t("store")) : t("customerSide")}
                {" · "}
                {formatDate(m.createdAt, locale, true)}
                {m.internal && <span className="ms-2 font-semibold text-amber-800">{t("internalNote")}</span>}
              </p>
              <p className="whitespace-pre-wrap text-sm text-slate-900">{m.body}</p>
              {m.attachments.length > 0 && (
                <ul className="mt-2 flex flex-wrap gap-2">
                  {m.attachments.map((a) => (
                    <li key={a.id}>
                      <a href={`/api/attachments/${a.id}`} download className="inline-flex items-center gap-1 rounded-lg bg-white px-2 py-1 text-xs text-brand-700 ring-1 ring-slate-200 hover:bg-slate-50">
                        <Paperclip className="size-3.5" aria-hidden />
                        <span dir="auto">{a.fileName}</span>
                        <span className="text-slate-400">({kb(a.size)})</span>
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>

      {canWrite && <ReplyForm threadId={thread.id} side={side} limits={limits} />}
    </div>
  );
}
