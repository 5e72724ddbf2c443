"use client";

import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { REVIEW_FILTER_KEYS, REVIEW_STATUS_FILTERS } from "@/lib/schemas/review-moderation";
import { formatNumber, type AppLocale } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { ProductChoice } from "./product-choice";

const INPUT = "w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
const LABEL = "flex flex-col gap-1 text-xs font-medium text-slate-600";

type FilterKey = (typeof REVIEW_FILTER_KEYS)[number];
export type ReviewFilterValues = Partial<Record<FilterKey, string>>;

/** The queue's filters; applying them puts them in the URL, so a view can be bookmarked. */
export function ReviewFilters({ values, customerName }: { values: ReviewFilterValues; customerName: string | null }) {
  const t = useTranslations("reviews.filters");
  const tStatus = useTranslations("reviews.status");
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const [v, setV] = useState(values);
  const go = (next: ReviewFilterValues) =>
    router.push({ pathname: "/admin/reviews", query: Object.fromEntries(Object.entries(next).filter(([, x]) => x)) as Record<string, string> });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    go(v);
  };
  return (
    <form onSubmit={apply} role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-3" data-testid="review-filters">
      <label className={LABEL}>
        {t("status")}
        <select name="status" value={v.status ?? "PENDING"} onChange={(e) => setV((s) => ({ ...s, status: e.target.value }))} className={INPUT}>
          {REVIEW_STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>{tStatus(s)}</option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        {t("rating")}
        <select name="rating" value={v.rating ?? ""} onChange={(e) => setV((s) => ({ ...s, rating: e.target.value }))} className={INPUT}>
          <option value="">{t("anyRating")}</option>
          {[5, 4, 3, 2, 1].map((n) => (
            <option key={n} value={String(n)}>{t("stars", { count: n, n: formatNumber(n, locale) })}</option>
          ))}
        </select>
      </label>
      <ProductChoice value={v.product} onChange={(product) => setV((s) => ({ ...s, product }))} />
      <label className={`${LABEL} min-w-48 flex-1`}>
        {t("customer")}
        <input type="search" name="q" value={v.q ?? ""} onChange={(e) => setV((s) => ({ ...s, q: e.target.value }))} placeholder={t("customerPlaceholder")} className={INPUT} />
      </label>
      {v.customer && (
        <span className="inline-flex items-center gap-2 self-center rounded-full bg-brand-50 py-1 pe-1 ps-3 text-sm text-brand-900 ring-1 ring-brand-200" data-testid="review-filter-customer">
          {customerName ? t("onlyCustomer", { name: customerName }) : t("onlyChosenCustomer")}
          <button type="button" className="rounded-full px-2 py-0.5 text-xs hover:bg-brand-100" onClick={() => setV((s) => ({ ...s, customer: undefined }))}>
            {t("clearCustomer")}
          </button>
        </span>
      )}
      <Button type="submit">{t("apply")}</Button>
      <Button variant="ghost" onClick={() => { setV({}); router.push("/admin/reviews"); }}>{t("clear")}</Button>
    </form>
  );
}
