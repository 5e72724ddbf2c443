"use client";

import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Link } from "@/i18n/navigation";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import { nameIn } from "@/lib/localized";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { RatingForm } from "./rating-form";

/** The page a rating request links to: only the completed orders that still have unrated products. */
export function UnratedOrders() {
  const t = useTranslations("ratings.page");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(trpc.ratings.unrated.infiniteQueryOptions({ limit: 10 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const rated = () => {
    toast.success(t("thanks"));
    void queryClient.invalidateQueries({ queryKey: trpc.ratings.pathKey() });
  };

  return (
    <div className="flex flex-col gap-6">
      {list.isPending ? (
        <p className="text-sm text-slate-500">{t("loading")}</p>
      ) : list.isError ? (
        <FormAlert message="errors.unexpected" />
      ) : rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("empty")} />
      ) : (
        <ul className="flex flex-col gap-4" data-testid="unrated-orders">
          {rows.map((o) => (
            <li key={o.id}>
              <Card>
                <h2 className="mb-1 font-semibold text-slate-900">
                  <Link href={`/account/orders/${o.id}`} className="hover:text-brand-700">{t("order", { number: formatNumber(o.number, locale) })}</Link>
                </h2>
                <p className="mb-4 text-xs text-slate-500">{t("completedAt", { date: formatDate(o.completedAt, locale) })}</p>
                <ul className="flex flex-col divide-y divide-slate-100">
                  {o.products.map((p) => (
                    <li key={p.productId} className="py-3">
                      <p className="mb-2 text-sm font-medium text-slate-900">{nameIn(p.name, locale)}</p>
                      <RatingForm orderId={o.id} productId={p.productId} productName={nameIn(p.name, locale)} onRated={rated} />
                    </li>
                  ))}
                </ul>
              </Card>
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t("loading") : t("more")}
        </Button>
      )}
    </div>
  );
}

