"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { PollStatusValue } from "@/lib/schemas/polls";

const TONE: Record<PollStatusValue | "EXPIRED", string> = {
  DRAFT: "bg-slate-100 text-slate-700 ring-slate-200",
  OPEN: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  CLOSED: "bg-rose-50 text-rose-800 ring-rose-200",
  EXPIRED: "bg-amber-50 text-amber-800 ring-amber-200",
};

/** A poll's status; an open poll past its expiry reads "expired". */
export function PollStatusBadge({ status, expired }: { status: PollStatusValue; expired: boolean }) {
  const t = useTranslations("polls.status");
  const shown = status === "OPEN" && expired ? "EXPIRED" : status;
  return (
    <span data-testid="poll-status" data-status={shown} className={cn("inline-flex rounded-full px-2.5 py-0.5 text-xs font-medium ring-1", TONE[shown])}>
      {t(shown)}
    </span>
  );
}
