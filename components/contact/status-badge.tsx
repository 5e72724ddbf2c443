"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

const TONE: Record<string, string> = {
  UNREAD: "bg-amber-50 text-amber-800 ring-amber-200",
  READ: "bg-slate-100 text-slate-600 ring-slate-200",
  HANDLED: "bg-emerald-50 text-emerald-700 ring-emerald-200",
};

/** A contact message's status in the reader's language. */
export function ContactStatusBadge({ status }: { status: string }) {
  const t = useTranslations("contact.status");
  return (
    <span data-testid="contact-status" data-status={status} className={cn("inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1", TONE[status])}>
      {t(status)}
    </span>
  );
}
