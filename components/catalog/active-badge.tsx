"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

export function ActiveBadge({ active }: { active: boolean }) {
  const t = useTranslations("catalog.common");
  return (
    <span
      data-active={active}
      className={cn(
        "inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1",
        active ? "bg-emerald-50 text-emerald-700 ring-emerald-200" : "bg-slate-100 text-slate-600 ring-slate-200",
      )}
    >
      {active ? t("active") : t("inactive")}
    </span>
  );
}
