"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

const TONE: Record<string, string> = {
  ACTIVE: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  INACTIVE: "bg-slate-100 text-slate-600 ring-slate-200",
  BLOCKED: "bg-rose-50 text-rose-700 ring-rose-200",
  PENDING: "bg-amber-50 text-amber-800 ring-amber-200",
};

/** The customer's status (C-1): active, inactive, blocked or pending approval. */
export function StatusBadge({ status }: { status: string }) {
  const t = useTranslations("customers.status");
  return (
    <span data-testid="status-badge" data-status={status} className={cn("inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1", TONE[status])}>
      {t(status)}
    </span>
  );
}
