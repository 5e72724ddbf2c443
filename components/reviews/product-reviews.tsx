"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { formatAverage } from "./format";
import { Stars } from "./stars";

/** The product page's approved reviews (newest first, "more" by keyset) under their average and count. */
export function ProductReviews({ productId }: { productId: string }) {
  const t = useTranslations("reviews.product");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.shop.reviews.infiniteQueryOptions({ productId, limit: 10 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const summary = list.data?.pages[0]?.summary;
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];

  return (
    <Card className="mt-6">
      <section aria-labelledby="product-reviews-title" data-testid="product-reviews">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          <h2 id="product-reviews-title" className="text-lg font-semibold text-slate-900">{t("title")}</h2>
          {summary && summary.count > 0 && summary.average !== null && (
            <p className="flex items-center gap-2 text-sm text-slate-700" data-testid="review-summary" data-count={summary.count} data-average={summary.average.toFixed(1)}>
              <Stars rating={summary.average} decorative />
              <span className="font-semibold text-slate-900" data-testid="review-average">{t("average", { average: formatAverage(summary.average, locale) })}</span>
              <span className="text-slate-500" data-testid="review-count">{t("count", { count: summary.count, n: formatNumber(summary.count, locale) })}</span>
            </p>
          )}
        </div>
        {list.isPending ? (
          <p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p>
        ) : list.isError ? (
          <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
        ) : rows.length === 0 ? (
          <p className="text-sm text-slate-500" data-testid="product-reviews-empty">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {rows.map((r) => (
              <li key={r.id} className="flex flex-col gap-1 py-3" data-testid="product-review">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  <Stars rating={r.rating} />
                  <span className="font-medium text-slate-900">{r.reviewer}</span>
                  <time className="text-xs text-slate-500" dateTime={new Date(r.createdAt).toISOString()}>{formatDate(r.createdAt, locale)}</time>
                </div>
                {/* Customer text is rendered as text, never as HTML. */}
                {r.comment && <p className="whitespace-pre-line break-words text-sm text-slate-700">{r.comment}</p>}
              </li>
            ))}
          </ul>
        )}
        {list.hasNextPage && (
          <Button variant="secondary" className="mt-3" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
            {list.isFetchingNextPage ? t("loading") : t("more")}
          </Button>
        )}
      </section>
    </Card>
  );
}
