"use client";

import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

interface Props extends ComponentProps<"select"> {
  name: string;
  label: string;
  /** A message key, shown translated under the field. */
  error?: string;
}

export function SelectField({ name, label, error, className, id, children, ...select }: Props) {
  const t = useTranslations();
  const selectId = id ?? `field-${name}`;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={selectId} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={selectId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${selectId}-error` : undefined}
        className={cn(
          "w-full rounded-lg border bg-white px-3 py-2.5 text-sm shadow-sm focus:outline-none focus:ring-2",
          error ? "border-rose-400 focus:ring-rose-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100",
        )}
        {...select}
      >
        {children}
      </select>
      {error && (
        <p id={`${selectId}-error`} data-field-error={name} className="text-xs font-medium text-rose-600">
          {t(error)}
        </p>
      )}
    </div>
  );
}
