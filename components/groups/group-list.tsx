"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber, INTL_LOCALE, type AppLocale } from "@/lib/format";
import { formatMinorUnits } from "@/lib/money";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { GroupActions, type GroupAbilities } from "./group-actions";

const COLUMNS = ["name", "paymentPercent", "minOrderAmount", "showPrices", "members"] as const;

/** The customer groups (G-1), by name, a page at a time, each with its actions menu. */
export function GroupList({ can }: { can: GroupAbilities }) {
  const t = useTranslations("groups.list");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.groups.list.infiniteQueryOptions({ limit: 50 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const currency = list.data?.pages[0]?.currency ?? "IRT";
  const money = (minor: bigint) =>
    tAll("money.amount", { amount: formatMinorUnits(minor, currency, INTL_LOCALE[locale]), currency: tAll(`money.${currency}`) });

  return (
    <div className="flex flex-col gap-3">
      <Card className="overflow-x-auto p-0 sm:p-0">
        {list.isPending ? (
          <div className="flex flex-col gap-2 p-5" aria-busy="true">
            <span className="sr-only">{t("loading")}</span>
            {Array.from({ length: 4 }, (_, i) => (
              <div key={i} className="h-8 animate-pulse rounded bg-slate-100" />
            ))}
          </div>
        ) : list.isError ? (
          <div className="p-5">
            <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
            <Button variant="secondary" className="mt-3" onClick={() => list.refetch()}>{t("retry")}</Button>
          </div>
        ) : rows.length === 0 ? (
          <div className="p-4">
            <EmptyState title={t("emptyTitle")} description={t("empty")} />
          </div>
        ) : (
          <table className="w-full text-sm" data-testid="groups-table">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{t(`columns.${c}`)}</th>
                ))}
                <th className="px-3 py-3"><span className="sr-only">{t("columns.actions")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((g) => (
                <tr key={g.id} data-testid="group-row" data-name={g.name}>
                  <td className="px-3 py-2.5">
                    <span className="flex flex-wrap items-center gap-2">
                      <span className="font-medium text-slate-900">{g.name}</span>
                      {g.isDefault && (
                        <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-brand-200">{t("defaultBadge")}</span>
                      )}
                    </span>
                    {g.description && <span className="mt-0.5 block max-w-md text-xs text-slate-500">{g.description}</span>}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">{t("percent", { value: formatNumber(g.paymentPercent, locale) })}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">
                    {g.minOrderAmount === 0n ? <span className="text-slate-500">{t("noMinimum")}</span> : money(g.minOrderAmount)}
                  </td>
                  <td className="px-3 py-2.5 text-slate-700">{t(g.showPrices ? "yes" : "no")}</td>
                  <td className="px-3 py-2.5 text-slate-700">{formatNumber(g.members, locale)}</td>
                  <td className="px-3 py-2.5 text-end">
                    <GroupActions group={g} can={can} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t("loading") : t("more")}
        </Button>
      )}
    </div>
  );
}
