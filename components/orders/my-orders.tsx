"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import type { Currency } from "@/lib/money";
import { useTRPC } from "@/components/providers/trpc";
import { useMoney } from "@/components/catalog/use-money";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { OrderStatusBadge } from "./status-badge";

function Total({ value, currency }: { value: bigint; currency: Currency }) {
  return <>{useMoney(currency)(value)}</>;
}

/** The customer's own orders, newest first; the amounts appear only when their groups show prices. */
export function MyOrders() {
  const t = useTranslations("orders.mine");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.orders.list.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const pages = list.data?.pages ?? [];

  if (list.isPending) return <p className="text-sm text-slate-500">{t("loading")}</p>;
  if (list.isError) return <FormAlert message="errors.unexpected" />;
  if (pages[0]?.rows.length === 0) {
    return (
      <EmptyState title={t("emptyTitle")} description={t("empty")}>
        <Link href="/account/shop" className={buttonClass("primary", "mt-4")}>{t("shop")}</Link>
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-3" data-testid="my-orders">
        {pages.flatMap((p) =>
          p.rows.map((r) => (
            <li key={r.id}>
              <Card className="flex flex-wrap items-center justify-between gap-3 p-4 sm:p-4">
                <div>
                  <Link href={`/account/orders/${r.id}`} className="font-semibold text-slate-900 hover:text-brand-700">
                    {t("number", { number: formatNumber(r.number, locale) })}
                  </Link>
                  <p className="text-xs text-slate-500">
                    {formatDate(r.placedAt, locale)} · {t("items", { count: r.lineCount, n: formatNumber(r.lineCount, locale) })}
                  </p>
                </div>
                <OrderStatusBadge status={r.status} />
                {"total" in r && <span className="font-medium text-slate-900"><Total value={r.total} currency={r.currency} /></span>}
              </Card>
            </li>
          )),
        )}
      </ul>
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t("loading") : t("more")}
        </Button>
      )}
    </div>
  );
}
