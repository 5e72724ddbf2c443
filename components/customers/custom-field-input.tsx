"use client";

import { useLocale, useTranslations } from "next-intl";
import { labelIn, type CustomFieldDef } from "@/lib/custom-fields";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { DateField } from "@/components/ui/date-field";

interface Props {
  def: CustomFieldDef;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string;
}

/** The input for one admin-defined field, by its type (C-6). */
export function CustomFieldInput({ def, value, onChange, error }: Props) {
  const locale = useLocale();
  const t = useTranslations();
  const label = `${labelIn(def.label, locale)}${def.required ? " *" : ""}`;
  const name = `customFields.${def.id}`;
  switch (def.type) {
    case "TEXT":
    case "NUMBER":
      return (
        <TextField
          name={name}
          label={label}
          inputMode={def.type === "NUMBER" ? "decimal" : undefined}
          value={value === undefined || value === null ? "" : String(value)}
          onChange={(e) => onChange(e.target.value)}
          error={error}
        />
      );
    case "DATE":
      return <DateField name={name} label={label} value={typeof value === "string" ? value : ""} onChange={onChange} error={error} />;
    case "SELECT":
      return (
        <SelectField name={name} label={label} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value)} error={error}>
          <option value="">{t("customers.form.none")}</option>
          {def.options.map((o) => (
            <option key={o.value} value={o.value}>{labelIn(o.label, locale)}</option>
          ))}
        </SelectField>
      );
    case "MULTI_SELECT": {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return (
        <fieldset className="flex flex-col gap-1.5" aria-describedby={error ? `field-${name}-error` : undefined}>
          <legend className="mb-1.5 text-sm font-medium text-slate-700">{label}</legend>
          <div className="flex flex-wrap gap-3">
            {def.options.map((o) => (
              <label key={o.value} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={chosen.includes(o.value)}
                  onChange={(e) => onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))}
                  className="size-4 rounded border-slate-300"
                />
                {labelIn(o.label, locale)}
              </label>
            ))}
          </div>
          {error && <p id={`field-${name}-error`} data-field-error={name} className="text-xs font-medium text-rose-600">{t(error)}</p>}
        </fieldset>
      );
    }
    case "BOOLEAN":
      return (
        <div className="flex flex-col gap-1.5">
          <label className="flex items-center gap-2 pt-7 text-sm font-medium text-slate-700">
            <input type="checkbox" name={name} checked={value === true} onChange={(e) => onChange(e.target.checked)} className="size-4 rounded border-slate-300" />
            {label}
          </label>
          {error && <p data-field-error={name} className="text-xs font-medium text-rose-600">{t(error)}</p>}
        </div>
      );
  }
}
