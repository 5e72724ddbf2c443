"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { formatDate, type AppLocale } from "@/lib/format";
import { nameIn } from "@/lib/localized";
import { applyServerErrors } from "@/lib/form-errors";
import { inboxListInput, type InboxFilterValues } from "@/lib/schemas/inbox";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { cn } from "@/lib/cn";
import { PriorityBadge, ThreadStatusBadge } from "./badges";

/**
 * The staff inbox: oldest waiting first, overdue marked, keyset pages. The filters come from the URL
 * (the page parses them; InboxFilters changes them).
 */
export function AdminThreadList({ filters, me }: { filters: InboxFilterValues; me: string }) {
  const t = useTranslations("inbox");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const input = { ...inboxListInput(filters, me), limit: 30 };
  const list = useInfiniteQuery(trpc.inbox.list.infiniteQueryOptions(input, { getNextPageParam: (p) => p.next ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];

  return (
    <div className="flex flex-col gap-3">
      <Card className="overflow-x-auto p-0 sm:p-0">
        {list.isPending ? (
          <div className="h-24 animate-pulse bg-slate-50" aria-busy="true" />
        ) : list.isError ? (
          <div className="p-5"><FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} /></div>
        ) : rows.length === 0 ? (
          <EmptyState title={t("list.emptyTitle")} description={t("list.emptyDescription")} />
        ) : (
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                <th className="px-4 py-2 text-start font-medium">{t("fields.subject")}</th>
                <th className="px-4 py-2 text-start font-medium">{t("fields.customer")}</th>
                <th className="px-4 py-2 text-start font-medium">{t("fields.department")}</th>
                <th className="px-4 py-2 text-start font-medium">{t("fields.status")}</th>
                <th className="px-4 py-2 text-start font-medium">{t("fields.assignee")}</th>
                <th className="px-4 py-2 text-start font-medium">{t("fields.lastActivity")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="thread-row" className={cn("border-t border-slate-100", r.staffUnread > 0 && "font-semibold")}>
                  <td className="px-4 py-2">
                    <Link href={`/admin/inbox/${r.id}`} className="text-brand-700 hover:underline">{r.subject}</Link>
                    <span className="ms-2"><PriorityBadge priority={r.priority} /></span>
                    {r.overdue && <span data-testid="overdue" className="ms-2 rounded-full bg-rose-50 px-2 py-0.5 text-xs text-rose-700 ring-1 ring-rose-200">{t("list.overdue")}</span>}
                    {r.staffUnread > 0 && <span className="ms-2 text-xs text-brand-700">{t("list.unread", { count: r.staffUnread })}</span>}
                  </td>
                  <td className="px-4 py-2">{r.customerName}</td>
                  <td className="px-4 py-2">{nameIn(r.departmentName, locale)}</td>
                  <td className="px-4 py-2"><ThreadStatusBadge status={r.status} /></td>
                  <td className="px-4 py-2">{r.assigneeName ?? "—"}</td>
                  <td className="px-4 py-2 text-slate-500">{formatDate(r.lastMessageAt, locale, true)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {list.hasNextPage && (
        <div><Button variant="secondary" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>{t("list.more")}</Button></div>
      )}
    </div>
  );
}

/** The customer's tickets: newest activity first, unread ones marked, keyset pages. */
export function CustomerThreadList() {
  const t = useTranslations("inbox");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.myInbox.list.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  if (list.isPending) return <Card><div className="h-24 animate-pulse bg-slate-50" aria-busy="true" /></Card>;
  if (list.isError) return <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />;
  if (rows.length === 0) return <Card><EmptyState title={t("list.emptyTitle")} description={t("list.customerEmpty")} /></Card>;
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-2">
        {rows.map((r) => (
          <li key={r.id} data-testid="thread-row">
            <Link href={`/account/inbox/${r.id}`} className={cn("flex flex-wrap items-center gap-3 rounded-xl bg-white p-4 ring-1 ring-slate-200 hover:bg-slate-50", r.unread && "font-semibold ring-brand-300")}>
              {r.unread && <span className="size-2 rounded-full bg-brand-600" aria-label={t("list.new")} />}
              <span className="text-slate-900">{r.subject}</span>
              <span className="text-xs text-slate-500">{nameIn(r.departmentName, locale)}</span>
              <ThreadStatusBadge status={r.status} />
              <span className="ms-auto text-xs text-slate-500">{formatDate(r.lastMessageAt, locale, true)}</span>
            </Link>
          </li>
        ))}
      </ul>
      {list.hasNextPage && <div><Button variant="secondary" onClick={() => list.fetchNextPage()}>{t("list.more")}</Button></div>}
    </div>
  );
}
