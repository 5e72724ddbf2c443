"use client";

import { useState } from "react";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { formatDate, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import type { ContactFilter } from "@/lib/schemas/contact";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { cn } from "@/lib/cn";
import { ContactStatusBadge } from "./status-badge";

/**
 * The staff's list of contact messages (N-3): keyset pages, newest first, unread ones in bold; with
 * contact.delete, rows can be chosen and deleted together after a confirmation.
 */
export function ContactInbox({ q, filter, canDelete }: { q: string; filter: ContactFilter; canDelete: boolean }) {
  const t = useTranslations("contact.admin");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(trpc.contact.list.infiniteQueryOptions({ q, filter, limit: 30 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const chosen = rows.filter((r) => selected.has(r.id)).map((r) => r.id);
  const allOnScreen = rows.length > 0 && chosen.length === rows.length;
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const remove = useMutation(
    trpc.contact.delete.mutationOptions({
      onSuccess: () => {
        setSelected(new Set());
        setConfirming(false);
        void queryClient.invalidateQueries({ queryKey: trpc.contact.list.pathKey() });
      },
      onError: (e) => setDeleteError(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"),
    }),
  );

  return (
    <div className="flex flex-col gap-3">
      {canDelete && rows.length > 0 && (
        <div className="flex flex-wrap items-center gap-3" data-testid="contact-bulk">
          <span className="text-sm text-slate-700">{t("selected", { count: chosen.length })}</span>
          <Button
            variant="danger"
            disabled={chosen.length === 0}
            onClick={() => {
              setDeleteError(null);
              setConfirming(true);
            }}
          >
            {t("deleteSelected")}
          </Button>
        </div>
      )}
      <Card className="overflow-x-auto p-0 sm:p-0">
        {list.isPending ? (
          <div className="flex flex-col gap-2 p-5" aria-busy="true">
            <span className="sr-only">{t("loading")}</span>
            {Array.from({ length: 6 }, (_, i) => <div key={i} className="h-8 animate-pulse rounded bg-slate-100" />)}
          </div>
        ) : list.isError ? (
          <div className="p-5">
            <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
            <Button variant="secondary" className="mt-3" onClick={() => list.refetch()}>{t("retry")}</Button>
          </div>
        ) : rows.length === 0 ? (
          <div className="p-4">
            <EmptyState title={t("emptyTitle")} description={q || filter !== "all" ? t("emptyFiltered") : t("empty")} />
          </div>
        ) : (
          <table className="w-full text-sm" data-testid="contact-table">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {canDelete && (
                  <th className="w-8 px-3 py-3">
                    <input
                      type="checkbox"
                      aria-label={t("selectAll")}
                      checked={allOnScreen}
                      onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                      className="size-4 rounded border-slate-300"
                    />
                  </th>
                )}
                {(["subject", "sender", "date", "status"] as const).map((c) => (
                  <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{t(`columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => {
                const unread = r.status === "UNREAD";
                return (
                  <tr key={r.id} data-testid="contact-row" data-status={r.status} className={cn(unread && "bg-amber-50/40")}>
                    {canDelete && (
                      <td className="px-3 py-2.5">
                        <input
                          type="checkbox"
                          aria-label={t("selectRow", { subject: r.subject })}
                          checked={selected.has(r.id)}
                          onChange={() => toggle(r.id)}
                          className="size-4 rounded border-slate-300"
                        />
                      </td>
                    )}
                    <td className="max-w-md px-3 py-2.5">
                      {/* No prefetch: opening a message marks it read, only when staff open it. */}
                      <Link href={`/admin/contact/${r.id}`} prefetch={false} className={cn("text-slate-900 hover:text-brand-700", unread ? "font-bold" : "font-normal")}>
                        {r.subject}
                      </Link>
                      <span className="block truncate text-xs text-slate-500">{r.preview}</span>
                    </td>
                    <td className="px-3 py-2.5">
                      <span className={cn("block", unread && "font-bold")}>{r.name}</span>
                      <span className="block text-xs text-slate-500" dir="ltr">{r.email ?? r.mobile}</span>
                    </td>
                    <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{formatDate(r.createdAt, locale, true)}</td>
                    <td className="px-3 py-2.5"><ContactStatusBadge status={r.status} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Card>
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t("loading") : t("more")}
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("delete.title", { count: chosen.length })}
        confirm={t("delete.confirm")}
        cancel={t("delete.cancel")}
        pending={remove.isPending}
        testId="contact-delete-confirm"
        onConfirm={() => remove.mutate({ ids: chosen })}
        onClose={() => setConfirming(false)}
      >
        <p>{t("delete.help", { count: chosen.length })}</p>
        {deleteError && <div className="mt-3"><FormAlert message={deleteError} /></div>}
      </ConfirmDialog>
    </div>
  );
}
