"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

const TONE: Record<string, string> = {
  PENDING_PAYMENT: "bg-amber-50 text-amber-800 ring-amber-200",
  PAID: "bg-sky-50 text-sky-700 ring-sky-200",
  PROCESSING: "bg-indigo-50 text-indigo-700 ring-indigo-200",
  SHIPPED: "bg-violet-50 text-violet-700 ring-violet-200",
  COMPLETED: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  CANCELLED: "bg-slate-100 text-slate-600 ring-slate-200",
};

/** An order's status in the reader's language (the names the checkout pages use). */
export function OrderStatusBadge({ status }: { status: string }) {
  const t = useTranslations("checkout.status");
  return (
    <span data-testid="order-status" data-status={status} className={cn("inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1", TONE[status])}>
      {t(status)}
    </span>
  );
}
