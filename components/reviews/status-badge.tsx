"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

const TONE: Record<string, string> = {
  PENDING: "bg-amber-50 text-amber-800 ring-amber-200",
  APPROVED: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  REJECTED: "bg-rose-50 text-rose-700 ring-rose-200",
};

/**
 * A review's moderation state. `namespace` picks the wording: the queue says "approved", the
 * customer's own list "published" (ratings.mine.status).
 */
export function ReviewStatusBadge({ status, namespace = "reviews.status" }: { status: string; namespace?: "reviews.status" | "ratings.mine.status" }) {
  const t = useTranslations(namespace);
  return (
    <span data-testid="review-status" data-status={status} className={cn("inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1", TONE[status])}>
      {t(status)}
    </span>
  );
}
