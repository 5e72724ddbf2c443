"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { InboxFieldError } from "./post-inbox";

/** The attachments input (name "files"); the server sniffs and checks each file. */
export function FilesField({ error }: { error?: InboxFieldError }) {
  const t = useTranslations();
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor="field-files" className="text-sm font-medium text-slate-700">{t("inbox.form.files")}</label>
      <input
        id="field-files"
        name="files"
        type="file"
        multiple
        accept=".pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "field-files-error" : "field-files-hint"}
        className={cn("text-sm file:me-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2", error && "text-rose-700")}
      />
      {error ? (
        <p id="field-files-error" className="text-xs text-rose-600">{t(error.message, error.values)}</p>
      ) : (
        <p id="field-files-hint" className="text-xs text-slate-500">{t("inbox.form.filesHint")}</p>
      )}
    </div>
  );
}

/** A labelled textarea with its (translated) error. */
export function BodyField({ label, error, rows = 5 }: { label: string; error?: InboxFieldError; rows?: number }) {
  const t = useTranslations();
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor="field-body" className="text-sm font-medium text-slate-700">{label}</label>
      <textarea
        id="field-body"
        name="body"
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "field-body-error" : undefined}
        className={cn(
          "w-full rounded-lg border bg-white px-3 py-2.5 text-sm shadow-sm focus:outline-none focus:ring-2",
          error ? "border-rose-400 focus:ring-rose-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100",
        )}
      />
      {error && <p id="field-body-error" className="text-xs text-rose-600">{t(error.message, error.values)}</p>}
    </div>
  );
}
