"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import type { Currency } from "@/lib/money";
import { useTRPC } from "@/components/providers/trpc";
import { useMoney } from "@/components/catalog/use-money";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { OrderStatusBadge } from "./status-badge";

function Total({ value, currency }: { value: bigint; currency: Currency }) {
  return <>{useMoney(currency)(value)}</>;
}

/** A customer's orders on their card (C-7): count and list, newest first, each opening the order. */
export function CustomerOrders({ customerId }: { customerId: string }) {
  const t = useTranslations("orders.card");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.adminOrders.ofCustomer.infiniteQueryOptions({ customerId, limit: 10 }, { getNextPageParam: (p) => p.next ?? undefined }),
  );
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const count = list.data?.pages[0]?.count ?? 0;

  return (
    <section aria-labelledby={`orders-${customerId}`} className="flex flex-col gap-2" data-testid="customer-orders">
      <h3 id={`orders-${customerId}`} className="text-sm font-semibold text-slate-900">
        {t("title")} {list.data && <span className="font-normal text-slate-500">({formatNumber(count, locale)})</span>}
      </h3>
      {list.isPending ? (
        <p className="text-sm text-slate-500">{t("loading")}</p>
      ) : list.isError ? (
        <FormAlert message="errors.unexpected" />
      ) : rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/admin/orders/${r.id}`} className="font-medium text-slate-900 hover:text-brand-700">
                {t("number", { number: formatNumber(r.number, locale) })}
              </Link>
              <span className="text-xs text-slate-500">{formatDate(r.placedAt, locale)}</span>
              <OrderStatusBadge status={r.status} />
              <span className="text-slate-700"><Total value={r.total} currency={r.currency} /></span>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Button variant="ghost" className="self-start" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t("loading") : t("more")}
        </Button>
      )}
    </section>
  );
}
