"use client";

import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { nameIn, type LocalizedText } from "@/lib/localized";
import { normalizeText } from "@/lib/normalize";

interface Item {
  id: string;
  code: string;
  name: LocalizedText;
}

/** A multi-select of categories or brands: checkboxes, with a filter once the list grows. */
export function ItemChecklist({ legend, items, value, onChange, error, testId }: {
  legend: string;
  items: Item[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  testId: string;
}) {
  const t = useTranslations("rules.limits");
  const tAll = useTranslations();
  const locale = useLocale();
  const filterId = useId();
  const [filter, setFilter] = useState("");
  const needle = normalizeText(filter);
  const shown = needle ? items.filter((i) => normalizeText(`${i.code} ${i.name.fa} ${i.name.ar} ${i.name.en}`).includes(needle)) : items;
  return (
    <fieldset className="flex flex-col gap-2" data-testid={testId}>
      <legend className="mb-1 text-sm font-medium text-slate-700">
        {legend}
        {value.length > 0 && <span className="ms-2 text-xs font-normal text-slate-500">{t("chosen", { count: value.length })}</span>}
      </legend>
      {items.length > 8 && (
        <>
          <label htmlFor={filterId} className="sr-only">{t("filter")}</label>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder={t("filter")}
            className="w-full rounded-lg border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
          />
        </>
      )}
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noneDefined")}</p>
      ) : (
        <div className="flex max-h-52 flex-wrap gap-2 overflow-y-auto">
          {shown.map((i) => (
            <label key={i.id} className="flex items-center gap-2 rounded-lg bg-slate-50 px-3 py-2 text-sm has-[:checked]:bg-brand-50 has-[:checked]:ring-1 has-[:checked]:ring-brand-200">
              <input
                type="checkbox"
                className="size-4 rounded border-slate-300"
                checked={value.includes(i.id)}
                onChange={(e) => onChange(e.target.checked ? [...value, i.id] : value.filter((id) => id !== i.id))}
              />
              {nameIn(i.name, locale)}
            </label>
          ))}
        </div>
      )}
      {error && <p data-field-error={testId} className="text-xs font-medium text-rose-600">{tAll(error)}</p>}
    </fieldset>
  );
}
