"use client";

import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Star } from "lucide-react";
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
      <MyReviews />
    </div>
  );
}

/** What the customer has already said, with its moderation state. */
function MyReviews() {
  const t = useTranslations("ratings.mine");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const mine = useQuery(trpc.ratings.mine.queryOptions());
  if (!mine.data || mine.data.length === 0) return null;
  return (
    <Card>
      <h2 className="mb-2 font-semibold text-slate-900">{t("title")}</h2>
      <ul className="divide-y divide-slate-100 text-sm" data-testid="my-reviews">
        {mine.data.map((r) => (
          <li key={r.id} className="flex flex-col gap-1 py-2">
            <span className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-medium text-slate-900">{nameIn(r.productName, locale)}</span>
              <span className="inline-flex items-center gap-1 text-amber-600" aria-label={t("stars", { count: r.rating, n: formatNumber(r.rating, locale) })}>
                {formatNumber(r.rating, locale)} <Star className="size-4 fill-amber-400 text-amber-400" aria-hidden />
              </span>
              <span className="text-xs text-slate-500">{t(`status.${r.status}`)}</span>
            </span>
            {r.comment && <span className="text-slate-600">{r.comment}</span>}
          </li>
        ))}
      </ul>
    </Card>
  );
}
