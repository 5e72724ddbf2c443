"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/routers/_app";
import { Link, useRouter } from "@/i18n/navigation";
import { formatDate, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { ContactStatusBadge } from "./status-badge";

type Message = inferRouterOutputs<AppRouter>["contact"]["open"];

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-4 py-1.5 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-end text-slate-900">{children}</dd>
    </div>
  );
}

/**
 * One contact message as staff read it. Opening it marks it read (contact.open is a mutation, run
 * once when the view mounts); its text is shown as text, never as HTML.
 */
export function ContactMessageView({ id, canDelete }: { id: string; canDelete: boolean }) {
  const t = useTranslations("contact.admin.view");
  const tAdmin = useTranslations("contact.admin");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<Message | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refreshList = () => queryClient.invalidateQueries({ queryKey: trpc.contact.list.pathKey() });
  const fail = (e: unknown) => setError(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected");
  const open = useMutation(trpc.contact.open.mutationOptions({ onSuccess: (m) => { setMessage(m); void refreshList(); }, onError: fail }));
  const setStatus = useMutation(trpc.contact.setStatus.mutationOptions({ onSuccess: (m) => { setMessage(m); void refreshList(); }, onError: fail }));
  const remove = useMutation(
    trpc.contact.delete.mutationOptions({
      onSuccess: async () => {
        await refreshList();
        router.push("/admin/contact");
      },
      onError: (e) => {
        setConfirming(false);
        fail(e);
      },
    }),
  );
  // Once per message, even when React runs effects twice in development.
  const opened = useRef<string | null>(null);
  const openMessage = open.mutate;
  useEffect(() => {
    if (opened.current === id) return;
    opened.current = id;
    openMessage({ id });
  }, [id, openMessage]);

  if (!message) {
    return error ? <FormAlert message={error} /> : <p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p>;
  }
  const busy = setStatus.isPending || remove.isPending;
  return (
    <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]" data-testid="contact-message">
      <Card>
        <div className="mb-4 flex flex-wrap items-center gap-3">
          <h2 className="text-lg font-semibold text-slate-900" data-testid="contact-subject">{message.subject}</h2>
          <ContactStatusBadge status={message.status} />
        </div>
        <FormAlert message={error} />
        {/* Text, never HTML: React escapes it; line breaks the sender typed are kept. */}
        <p dir="auto" className="whitespace-pre-wrap break-words text-start text-sm leading-7 text-slate-800" data-testid="contact-body">{message.message}</p>
      </Card>
      <div className="flex flex-col gap-4">
        <Card>
          <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("sender")}</h2>
          <dl className="divide-y divide-slate-100">
            <Row label={t("name")}>{message.name}</Row>
            {message.mobile && (
              <Row label={t("mobile")}>
                <a href={`tel:${message.mobile}`} dir="ltr" className="text-brand-700 hover:underline">{message.mobile}</a>
              </Row>
            )}
            {message.email && (
              <Row label={t("email")}>
                <a href={`mailto:${message.email}?subject=${encodeURIComponent(t("replySubject", { subject: message.subject }))}`} dir="ltr" className="break-all text-brand-700 hover:underline">
                  {message.email}
                </a>
              </Row>
            )}
            <Row label={t("receivedAt")}>{formatDate(message.createdAt, locale, true)}</Row>
            {message.readAt && <Row label={t("readAt")}>{formatDate(message.readAt, locale, true)}</Row>}
            {message.handledAt && <Row label={t("handledAt")}>{formatDate(message.handledAt, locale, true)}</Row>}
          </dl>
        </Card>
        <Card className="flex flex-col gap-2">
          {message.status !== "HANDLED" && (
            <Button disabled={busy} onClick={() => setStatus.mutate({ id, status: "HANDLED" })}>{t("markHandled")}</Button>
          )}
          {message.status !== "UNREAD" && (
            <Button variant="secondary" disabled={busy} onClick={() => setStatus.mutate({ id, status: "UNREAD" })}>{t("markUnread")}</Button>
          )}
          {canDelete && (
            <Button variant="danger" disabled={busy} onClick={() => { setError(null); setConfirming(true); }}>{t("delete")}</Button>
          )}
          <Link href="/admin/contact" className="mt-1 text-center text-sm text-brand-700 hover:underline">{t("backToList")}</Link>
        </Card>
      </div>
      <ConfirmDialog
        open={confirming}
        title={tAdmin("delete.title", { count: 1 })}
        confirm={tAdmin("delete.confirm")}
        cancel={tAdmin("delete.cancel")}
        pending={remove.isPending}
        testId="contact-delete-confirm"
        onConfirm={() => remove.mutate({ ids: [id] })}
        onClose={() => setConfirming(false)}
      >
        <p>{tAdmin("delete.help", { count: 1 })}</p>
      </ConfirmDialog>
    </div>
  );
}
