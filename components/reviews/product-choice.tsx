"use client";

import { useEffect, useId, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { X } from "lucide-react";
import { nameIn, type LocalizedText } from "@/lib/localized";
import { useTRPC } from "@/components/providers/trpc";

interface Picked {
  id: string;
  sku: string;
  name: LocalizedText;
}

/** One product for the queue's filter, found by typing its name or SKU (Product.searchText). */
export function ProductChoice({ value, onChange }: { value: string | undefined; onChange: (id: string | undefined) => void }) {
  const t = useTranslations("reviews.filters");
  const locale = useLocale();
  const trpc = useTRPC();
  const inputId = useId();
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  const [picked, setPicked] = useState<Picked | null>(null);
  // Ask the server once typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const results = useQuery({ ...trpc.reviews.products.queryOptions({ q }), enabled: !value && q.length > 0 });
  // A product in a bookmarked URL: its name from the server.
  const known = useQuery({ ...trpc.reviews.product.queryOptions({ productId: value ?? "" }), enabled: !!value && picked?.id !== value, retry: false });
  const chosen = value ? (picked?.id === value ? picked : known.data) : null;

  if (value) {
    return (
      <div className="flex flex-col gap-1 text-xs font-medium text-slate-600">
        {t("product")}
        <span className="inline-flex items-center gap-2 rounded-lg bg-brand-50 py-1.5 pe-1 ps-3 text-sm text-brand-900 ring-1 ring-brand-200" data-testid="review-filter-product">
          {chosen ? nameIn(chosen.name, locale) : t("searching")}
          <button type="button" className="rounded-full p-1 hover:bg-brand-100" aria-label={t("clearProduct")} onClick={() => { setPicked(null); onChange(undefined); }}>
            <X className="size-3.5" aria-hidden />
          </button>
        </span>
      </div>
    );
  }
  return (
    <div className="relative flex min-w-56 flex-col gap-1 text-xs font-medium text-slate-600">
      <label htmlFor={inputId}>{t("product")}</label>
      <input
        id={inputId}
        type="search"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        placeholder={t("productPlaceholder")}
        autoComplete="off"
        className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm"
      />
      {q && (
        <div aria-live="polite" className="absolute inset-x-0 top-full z-10 mt-1 rounded-lg bg-white shadow-lg ring-1 ring-slate-200">
          {results.isPending ? (
            <p className="px-3 py-2 text-sm text-slate-500">{t("searching")}</p>
          ) : (results.data ?? []).length === 0 ? (
            <p className="px-3 py-2 text-sm text-slate-500">{t("noProducts")}</p>
          ) : (
            <ul className="max-h-56 divide-y divide-slate-100 overflow-y-auto" data-testid="review-product-results">
              {results.data!.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    onClick={() => { setPicked(p); setTyped(""); setQ(""); onChange(p.id); }}
                    className="flex w-full items-center justify-between gap-3 px-3 py-2 text-start text-sm font-normal text-slate-800 hover:bg-slate-50"
                  >
                    <span>{nameIn(p.name, locale)}</span>
                    <span className="text-xs text-slate-500" dir="ltr">{p.sku}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
