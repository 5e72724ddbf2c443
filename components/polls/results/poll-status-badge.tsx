import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

const TONE: Record<string, string> = {
  DRAFT: "bg-slate-100 text-slate-700 ring-slate-200",
  OPEN: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  CLOSED: "bg-slate-100 text-slate-600 ring-slate-200",
  EXPIRED: "bg-amber-50 text-amber-800 ring-amber-200",
};

/** The poll's status on its results page; an open poll past its expiry shows as expired. */
export function PollStatusBadge({ status }: { status: "DRAFT" | "OPEN" | "CLOSED" | "EXPIRED" }) {
  const t = useTranslations("pollResults.status");
  return (
    <span data-testid="poll-status" data-status={status} className={cn("inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1", TONE[status])}>
      {t(status)}
    </span>
  );
}
