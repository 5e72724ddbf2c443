"use client";

import { useEffect, useId, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Plus, X } from "lucide-react";
import { nameIn, type LocalizedText } from "@/lib/localized";
import { useTRPC } from "@/components/providers/trpc";

export interface PickedProduct {
  id: string;
  sku: string;
  name: LocalizedText;
}

/** Products chosen by searching their name or SKU (Product.searchText on the server). */
export function ProductPicker({ value, onChange, initial, error }: {
  value: string[];
  onChange: (ids: string[]) => void;
  /** The names of the products already chosen (from the edited limit). */
  initial: PickedProduct[];
  error?: string;
}) {
  const t = useTranslations("rules.limits");
  const tAll = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const inputId = useId();
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  const [known, setKnown] = useState(() => new Map(initial.map((p) => [p.id, p])));
  // Ask the server once typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const results = useQuery({ ...trpc.orderLimits.products.queryOptions({ q }), enabled: q.length > 0 });
  const add = (p: PickedProduct) => {
    setKnown((m) => new Map(m).set(p.id, p));
    if (!value.includes(p.id)) onChange([...value, p.id]);
  };

  return (
    <fieldset className="flex flex-col gap-2" data-testid="limit-products">
      <legend className="mb-1 text-sm font-medium text-slate-700">{t("products")}</legend>
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("chosenProducts")}>
          {value.map((id) => {
            const p = known.get(id);
            const label = p ? nameIn(p.name, locale) : id;
            return (
              <li key={id} className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 pe-1 ps-3 text-sm text-brand-900 ring-1 ring-brand-200">
                {label}
                {p && <span className="text-xs text-brand-700" dir="ltr">{p.sku}</span>}
                <button type="button" className="rounded-full p-1 hover:bg-brand-100" aria-label={t("remove", { name: label })} onClick={() => onChange(value.filter((x) => x !== id))}>
                  <X className="size-3.5" aria-hidden />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label htmlFor={inputId} className="text-xs text-slate-600">{t("productSearch")}</label>
      <input
        id={inputId}
        type="search"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        autoComplete="off"
        className="w-full rounded-lg border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
      />
      {q && (
        <div aria-live="polite" className="rounded-lg ring-1 ring-slate-200">
          {results.isPending ? (
            <p className="px-3 py-2 text-sm text-slate-500">{t("searching")}</p>
          ) : (results.data ?? []).length === 0 ? (
            <p className="px-3 py-2 text-sm text-slate-500">{t("noProducts")}</p>
          ) : (
            <ul className="max-h-56 divide-y divide-slate-100 overflow-y-auto" data-testid="product-results">
              {results.data!.map((p) => {
                const chosen = value.includes(p.id);
                return (
                  <li key={p.id}>
                    <button
                      type="button"
                      disabled={chosen}
                      onClick={() => add(p)}
                      className="flex w-full items-center justify-between gap-3 px-3 py-2 text-start text-sm hover:bg-slate-50 disabled:text-slate-400"
                    >
                      <span>
                        {nameIn(p.name, locale)} <span className="text-xs text-slate-500" dir="ltr">{p.sku}</span>
                        {!p.active && <span className="ms-2 text-xs text-slate-500">({t("inactiveProduct")})</span>}
                      </span>
                      {chosen ? <span className="text-xs">{t("added")}</span> : <Plus className="size-4 shrink-0" aria-label={t("add")} />}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
      {error && <p data-field-error="productIds" className="text-xs font-medium text-rose-600">{tAll(error)}</p>}
    </fieldset>
  );
}
