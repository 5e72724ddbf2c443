"use client";

import { useTranslations } from "next-intl";

/** Checkboxes for choosing one or more roles; `error` is a message key. */
export function RoleChecklist({ legend, roles, value, onChange, error, name = "roleIds" }: {
  legend: string;
  roles: { id: string; label: string }[];
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
  name?: string;
}) {
  const t = useTranslations();
  return (
    <fieldset className="flex flex-col gap-1.5" aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-700">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1.5">
        {roles.map((r) => (
          <label key={r.id} className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              name={name}
              className="size-4 accent-brand-600"
              checked={value.includes(r.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, r.id] : value.filter((id) => id !== r.id))}
            />
            {r.label}
          </label>
        ))}
      </div>
      {error && (
        <p data-field-error={name} className="text-xs font-medium text-rose-600">
          {t(error)}
        </p>
      )}
    </fieldset>
  );
}
