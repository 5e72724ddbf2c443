"use client";

import { useLocale, useTranslations } from "next-intl";
import { Star } from "lucide-react";
import { formatNumber, type AppLocale } from "@/lib/format";
import { cn } from "@/lib/cn";

/** A rating as five stars, read out as "4 of 5 stars" (`decorative` when the text beside it says the number). */
export function Stars({ rating, className, decorative = false }: { rating: number; className?: string; decorative?: boolean }) {
  const t = useTranslations("reviews");
  const locale = useLocale() as AppLocale;
  return (
    <span
      className={cn("inline-flex items-center gap-0.5", className)}
      {...(decorative ? { "aria-hidden": true } : { role: "img", "aria-label": t("stars", { count: rating, n: formatNumber(rating, locale) }) })}
      data-rating={rating}
    >
      {[1, 2, 3, 4, 5].map((n) => (
        <Star key={n} className={n <= Math.round(rating) ? "size-4 fill-amber-400 text-amber-400" : "size-4 text-slate-300"} aria-hidden />
      ))}
    </span>
  );
}
