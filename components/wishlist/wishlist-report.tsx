"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { nameIn } from "@/lib/localized";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { ActiveBadge } from "@/components/catalog/active-badge";
import { useMoney } from "@/components/catalog/use-money";

/** The most-wished products: how many customers wish each, most first, a page at a time. */
export function WishlistReport() {
  const t = useTranslations("wishlist.report");
  const tList = useTranslations("wishlist");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.wishlist.report.infiniteQueryOptions({ limit: 50 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const money = useMoney(list.data?.pages[0]?.currency ?? "IRT");
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];

  if (list.isPending) return <Card><p className="text-sm text-slate-500" aria-busy="true">{tList("loading")}</p></Card>;
  if (list.isError) return <Card><FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} /></Card>;
  if (rows.length === 0) return <EmptyState title={t("empty")} description={t("emptyHelp")} />;
  return (
    <div className="flex flex-col gap-3">
      <Card className="overflow-x-auto p-0 sm:p-0">
        <table className="w-full text-sm" data-testid="wishlist-report">
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr>
              <th className="px-3 py-3 text-start font-medium">{t("rank")}</th>
              {(["product", "sku", "price"] as const).map((c) => (
                <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{tList(`columns.${c}`)}</th>
              ))}
              <th className="whitespace-nowrap px-3 py-3 text-end font-medium">{t("wishers")}</th>
              <th className="whitespace-nowrap px-3 py-3 text-start font-medium">{t("lastAddedAt")}</th>
              <th className="whitespace-nowrap px-3 py-3 text-start font-medium">{tList("columns.status")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r, i) => (
              <tr key={r.productId} data-testid="wishlist-report-row" data-sku={r.sku}>
                <td className="px-3 py-2.5 text-slate-500">{formatNumber(i + 1, locale)}</td>
                <td className="px-3 py-2.5 font-medium text-slate-900">{nameIn(r.name, locale)}</td>
                <td className="whitespace-nowrap px-3 py-2.5 text-slate-600" dir="ltr">{r.sku}</td>
                <td className="whitespace-nowrap px-3 py-2.5 text-slate-800">{money(r.price)}</td>
                <td className="whitespace-nowrap px-3 py-2.5 text-end font-semibold text-slate-900">{formatNumber(r.wishers, locale)}</td>
                <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{formatDate(r.lastAddedAt, locale)}</td>
                <td className="px-3 py-2.5"><ActiveBadge active={r.active} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {tList("more")}
        </Button>
      )}
    </div>
  );
}
