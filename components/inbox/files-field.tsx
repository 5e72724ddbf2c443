"use client";

import { useLocale, useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import { formatNumber, type AppLocale } from "@/lib/format";
import { acceptFor, type AttachmentLimits, type AttachmentProblem } from "@/lib/attachment-limits";

/**
 * The attachments input: the browser checks count, size and the name's type against the store's
 * limits as files are chosen (the same rules the server applies; the server also sniffs the bytes).
 */
export function FilesField({ limits, error, onFiles }: { limits: AttachmentLimits; error?: AttachmentProblem | null; onFiles: (files: File[]) => void }) {
  const t = useTranslations();
  const locale = useLocale() as AppLocale;
  const hint = t("inbox.form.filesHint", { max: formatNumber(limits.maxCount, locale), mb: formatNumber(limits.maxSizeMb, locale), types: limits.types.join(", ") });
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor="field-files" className="text-sm font-medium text-slate-700">{t("inbox.form.files")}</label>
      <input
        id="field-files"
        name="files"
        type="file"
        multiple
        accept={acceptFor(limits.types)}
        onChange={(e) => onFiles(Array.from(e.target.files ?? []))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "field-files-error" : "field-files-hint"}
        className={cn("text-sm file:me-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2", error && "text-rose-700")}
      />
      {error ? (
        <p id="field-files-error" data-field-error="files" className="text-xs text-rose-600">{t(error.message, error.values)}</p>
      ) : (
        <p id="field-files-hint" className="text-xs text-slate-500">{hint}</p>
      )}
    </div>
  );
}

/** A labelled textarea with its (translated) error; takes react-hook-form's register("body"). */
export function BodyField({ label, error, rows = 5, className, ...textarea }: { label: string; error?: string } & React.ComponentProps<"textarea">) {
  const t = useTranslations();
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor="field-body" className="text-sm font-medium text-slate-700">{label}</label>
      <textarea
        id="field-body"
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "field-body-error" : undefined}
        className={cn(
          "w-full rounded-lg border bg-white px-3 py-2.5 text-sm shadow-sm focus:outline-none focus:ring-2",
          error ? "border-rose-400 focus:ring-rose-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100",
          className,
        )}
        {...textarea}
      />
      {error && <p id="field-body-error" data-field-error="body" className="text-xs text-rose-600">{t(error)}</p>}
    </div>
  );
}
