"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { formatDate, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { nameIn } from "@/lib/localized";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { Stars } from "./stars";
import { ReviewStatusBadge } from "./status-badge";

/** The customer's own reviews with their moderation state and, when rejected, the store's reason. */
export function MyReviews() {
  const t = useTranslations("reviews.mine");
  const tRatings = useTranslations("ratings.mine");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.ratings.myReviews.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];

  return (
    <Card className="mt-6">
      <section aria-labelledby="my-reviews-title">
        <h2 id="my-reviews-title" className="mb-1 font-semibold text-slate-900">{tRatings("title")}</h2>
        <p className="mb-3 text-sm text-slate-600">{t("description")}</p>
        {list.isPending ? (
          <p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p>
        ) : list.isError ? (
          <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
        ) : rows.length === 0 ? (
          <p className="text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="my-reviews">
            {rows.map((r) => (
              <li key={r.id} className="flex flex-col gap-1 py-3" data-testid="my-review" data-id={r.id} data-status={r.status}>
                <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <Link href={`/account/shop/${r.productId}`} className="font-medium text-slate-900 hover:text-brand-700">{nameIn(r.productName, locale)}</Link>
                  <Stars rating={r.rating} />
                  <ReviewStatusBadge status={r.status} namespace="ratings.mine.status" />
                  <time className="text-xs text-slate-500" dateTime={new Date(r.createdAt).toISOString()}>{formatDate(r.createdAt, locale)}</time>
                </span>
                {/* Customer text is rendered as text, never as HTML. */}
                {r.comment && <span className="whitespace-pre-line break-words text-slate-600">{r.comment}</span>}
                {r.status === "REJECTED" && r.rejectReason && (
                  <span className="text-rose-700" data-testid="my-review-reason">{t("reason", { reason: r.rejectReason })}</span>
                )}
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
