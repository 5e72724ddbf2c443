"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import type { DeliveryFilterInput } from "@/lib/schemas/delivery";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { cn } from "@/lib/cn";

const COLUMNS = ["time", "recipient", "channel", "template", "message", "status", "attempts", "lastError", "transport", "providerId", "actions"] as const;

const TONE = { PENDING: "bg-amber-50 text-amber-800", SENT: "bg-emerald-50 text-emerald-800", FAILED: "bg-rose-50 text-rose-800" } as const;

/** The delivery log: keyset pages of the filter in the URL, newest first; FAILED rows can be retried. */
export function DeliveryLog({ filter, filtered, canRetry }: { filter: DeliveryFilterInput; filtered: boolean; canRetry: boolean }) {
  const t = useTranslations("delivery");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(trpc.deliveries.list.infiniteQueryOptions({ filter, limit: 30 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const [error, setError] = useState<string | null>(null);
  const retry = useMutation(
    trpc.deliveries.retry.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.deliveries.list.pathKey() }),
      // our own refusal ("not failed any more") is a field error under the delivery namespace
      onError: (e) => {
        const own = (e as { data?: { fields?: { message: string }[] } }).data?.fields?.[0]?.message;
        setError(own?.startsWith("delivery.") ? own : (applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"));
      },
    }),
  );
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];

  return (
    <div className="flex flex-col gap-3">
      <FormAlert message={error} />
      <Card className="overflow-x-auto p-0 sm:p-0">
        {list.isPending ? (
          <div className="flex flex-col gap-2 p-5" aria-busy="true">
            <span className="sr-only">{t("log.loading")}</span>
            {Array.from({ length: 6 }, (_, i) => <div key={i} className="h-8 animate-pulse rounded bg-slate-100" />)}
          </div>
        ) : list.isError ? (
          <div className="p-5">
            <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
            <Button variant="secondary" className="mt-3" onClick={() => list.refetch()}>{t("log.reload")}</Button>
          </div>
        ) : rows.length === 0 ? (
          <div className="p-4">
            <EmptyState title={t("log.emptyTitle")} description={filtered ? t("log.emptyFiltered") : t("log.empty")} />
          </div>
        ) : (
          <table className="w-full text-sm" data-testid="deliveries-table">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{t(`columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} data-testid="delivery-row" data-status={r.status} data-address={r.address}>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{formatDate(r.createdAt, locale, true)}</td>
                  <td className="px-3 py-2.5 text-slate-800" dir="ltr">{r.address}</td>
                  <td className="whitespace-nowrap px-3 py-2.5">{t(`channel.${r.channel}`)}</td>
                  <td className="whitespace-nowrap px-3 py-2.5">{t.has(`template.${r.template}`) ? t(`template.${r.template}`) : r.template}</td>
                  <td className="px-3 py-2.5">
                    <div className="max-w-72 truncate text-slate-700" dir="auto" title={r.message} data-testid="delivery-message">{r.message}</div>
                  </td>
                  <td className="px-3 py-2.5">
                    <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium", TONE[r.status])}>{t(`status.${r.status}`)}</span>
                  </td>
                  <td className="px-3 py-2.5 text-slate-600">{formatNumber(r.attempts, locale)}</td>
                  <td className="max-w-64 px-3 py-2.5 text-xs text-rose-700" dir="auto">{r.lastError ?? ""}</td>
                  <td className="px-3 py-2.5 text-slate-600">{r.transport ? t(`transport.${r.transport}`) : ""}</td>
                  <td className="max-w-40 truncate px-3 py-2.5 text-xs text-slate-500" dir="ltr" title={r.providerMessageId ?? undefined}>{r.providerMessageId ?? ""}</td>
                  <td className="px-3 py-2.5">
                    {canRetry && r.status === "FAILED" && (
                      <Button variant="secondary" className="px-2 py-1 text-xs" disabled={retry.isPending} onClick={() => { setError(null); retry.mutate({ id: r.id }); }}>
                        {t("log.retry")}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t("log.loading") : t("log.more")}
        </Button>
      )}
    </div>
  );
}
