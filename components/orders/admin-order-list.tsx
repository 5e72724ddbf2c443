"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import type { OrderFilterInput } from "@/lib/schemas/order-list";
import { useTRPC } from "@/components/providers/trpc";
import { useMoney } from "@/components/catalog/use-money";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import type { Currency } from "@/lib/money";
import { OrderStatusBadge } from "./status-badge";

const COLUMNS = ["number", "customer", "date", "status", "total", "paid", "due"] as const;

function Amount({ value, currency }: { value: bigint; currency: Currency }) {
  return <>{useMoney(currency)(value)}</>;
}

/** The admin orders list: keyset pages of the filter in the URL, newest first. */
export function AdminOrderList({ filter, filtered }: { filter: OrderFilterInput; filtered: boolean }) {
  const t = useTranslations("orders.list");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.adminOrders.list.infiniteQueryOptions({ filter, limit: 30 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];

  return (
    <div className="flex flex-col gap-3">
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
            <EmptyState title={t("emptyTitle")} description={filtered ? t("emptyFiltered") : t("empty")} />
          </div>
        ) : (
          <table className="w-full text-sm" data-testid="orders-table">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{t(`columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} data-testid="order-row" data-number={r.number}>
                  <td className="px-3 py-2.5">
                    <Link href={`/admin/orders/${r.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                      {t("number", { number: formatNumber(r.number, locale) })}
                    </Link>
                  </td>
                  <td className="px-3 py-2.5">
                    <Link href={{ pathname: "/admin/customers", query: { c: r.customerId } }} className="text-slate-800 hover:text-brand-700">{r.customerName}</Link>
                    <span className="block text-xs text-slate-500" dir="ltr">{r.customerUsername}</span>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{formatDate(r.placedAt, locale, true)}</td>
                  <td className="px-3 py-2.5"><OrderStatusBadge status={r.status} /></td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-800"><Amount value={r.total} currency={r.currency} /></td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600"><Amount value={r.paidAmount} currency={r.currency} /></td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600"><Amount value={r.dueAmount} currency={r.currency} /></td>
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
