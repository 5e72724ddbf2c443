"use client";

import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

interface Props extends ComponentProps<"input"> {
  name: string;
  label: string;
  /** A message key (validation.* / errors.*), shown translated under the field. */
  error?: string;
  hint?: string;
}

/** A labelled input with its error beside it, wired for screen readers. */
export function TextField({ name, label, error, hint, className, id, ...input }: Props) {
  const t = useTranslations();
  const inputId = id ?? `field-${name}`;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={cn(error && errorId, hint && hintId) || undefined}
        className={cn(
          "w-full rounded-lg border bg-white px-3 py-2.5 text-sm shadow-sm transition-colors",
          "placeholder:text-slate-400 focus:outline-none focus:ring-2",
          error ? "border-rose-400 focus:ring-rose-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100",
        )}
        {...input}
      />
      {hint && !error && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} data-field-error={name} className="text-xs font-medium text-rose-600">
          {t(error)}
        </p>
      )}
    </div>
  );
}
