"use client";

import { useTranslations } from "next-intl";
import { CircleAlert, CircleCheck } from "lucide-react";
import { cn } from "@/lib/cn";

/** A message for the whole form; `message` is a message key, `values` fill its placeholders. */
export function FormAlert({ message, tone = "error", values }: { message: string | null; tone?: "error" | "success"; values?: Record<string, number> }) {
  const t = useTranslations();
  if (!message) return null;
  const Icon = tone === "error" ? CircleAlert : CircleCheck;
  return (
    <div
      data-testid={`form-${tone}`}
      aria-live="polite"
      className={cn(
        "flex items-start gap-2 rounded-lg px-3 py-2.5 text-sm",
        tone === "error" ? "bg-rose-50 text-rose-800 ring-1 ring-rose-200" : "bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200",
      )}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      {/* A rate limit without its minutes (an old caller) still reads well. */}
      <span>{message === "errors.tryAgainInMinutes" && !values ? t("errors.tooManyRequests") : t(message, values)}</span>
    </div>
  );
}
