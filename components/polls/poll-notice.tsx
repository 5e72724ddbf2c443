"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { CircleCheck, Info } from "lucide-react";
import { cn } from "@/lib/cn";

/** The public page's message in place of the form: thanks, already answered, closed, expired … */
export function PollNotice({ message, tone = "info", children }: { message: string; tone?: "success" | "info"; children?: ReactNode }) {
  const t = useTranslations();
  const Icon = tone === "success" ? CircleCheck : Info;
  return (
    <div
      role="status"
      data-testid="poll-notice"
      data-message={message}
      className={cn(
        "flex items-start gap-3 rounded-xl p-4 text-sm ring-1",
        tone === "success" ? "bg-emerald-50 text-emerald-900 ring-emerald-200" : "bg-sky-50 text-sky-900 ring-sky-200",
      )}
    >
      <Icon className="mt-0.5 size-5 shrink-0" aria-hidden />
      <div className="flex flex-col gap-2">
        <p>{t(message)}</p>
        {children}
      </div>
    </div>
  );
}
