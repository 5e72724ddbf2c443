"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { ThreadStatusKey } from "@/lib/schemas/inbox";

const TONE: Record<ThreadStatusKey, string> = {
  OPEN: "bg-sky-50 text-sky-700 ring-sky-200",
  WAITING_CUSTOMER: "bg-amber-50 text-amber-800 ring-amber-200",
  WAITING_STAFF: "bg-violet-50 text-violet-700 ring-violet-200",
  CLOSED: "bg-slate-100 text-slate-600 ring-slate-200",
};

export function ThreadStatusBadge({ status }: { status: ThreadStatusKey }) {
  const t = useTranslations("inbox.status");
  return <span className={cn("inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1", TONE[status])}>{t(status)}</span>;
}

export function PriorityBadge({ priority }: { priority: string }) {
  const t = useTranslations("inbox.priority");
  return <span className={cn("text-xs", priority === "URGENT" ? "font-semibold text-rose-700" : priority === "HIGH" ? "text-amber-700" : "text-slate-500")}>{t(priority)}</span>;
}
