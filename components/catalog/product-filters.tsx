"use client";

import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { nameIn, type LocalizedText } from "@/lib/localized";
import { Button } from "@/components/ui/button";
import { categoryTree } from "./category-tree";

const INPUT = "w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
const LABEL = "flex flex-col gap-1 text-xs font-medium text-slate-600";

type Option = { id: string; name: LocalizedText; parentId?: string | null };
export type ProductFilterValues = { q?: string; category?: string; brand?: string };

interface Props {
  values: ProductFilterValues;
  categories: Option[];
  brands: Option[];
  /** The page the filters apply to: the admin's product list or the customers' storefront. */
  pathname: "/admin/products" | "/account/shop";
  /** Its messages (label, q, qPlaceholder, category, brand, any, apply, clear). */
  messages: "catalog.products.filters" | "shop.filters";
}

/** A product list's search and filters, kept in the URL so a view can be bookmarked or shared. */
export function ProductFilters({ values, categories, brands, pathname, messages }: Props) {
  const t = useTranslations(messages);
  const locale = useLocale();
  const router = useRouter();
  const [v, setV] = useState(values);
  const set = (k: keyof ProductFilterValues) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    router.push({ pathname, query: Object.fromEntries(Object.entries(v).filter(([, x]) => x)) as Record<string, string> });
  };
  const tree = categoryTree(categories.map((c) => ({ ...c, parentId: c.parentId ?? null })));
  return (
    <form onSubmit={apply} role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-3">
      <label className={`${LABEL} min-w-56 flex-1`}>
        {t("q")}
        <input type="search" name="q" value={v.q ?? ""} onChange={set("q")} placeholder={t("qPlaceholder")} className={INPUT} />
      </label>
      <label className={LABEL}>
        {t("category")}
        <select name="category" value={v.category ?? ""} onChange={set("category")} className={INPUT}>
          <option value="">{t("any")}</option>
          {tree.map((c) => (
            <option key={c.id} value={c.id}>{"— ".repeat(c.depth)}{nameIn(c.name, locale)}</option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        {t("brand")}
        <select name="brand" value={v.brand ?? ""} onChange={set("brand")} className={INPUT}>
          <option value="">{t("any")}</option>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>{nameIn(b.name, locale)}</option>
          ))}
        </select>
      </label>
      <Button type="submit">{t("apply")}</Button>
      <Button
        variant="ghost"
        onClick={() => {
          setV({});
          router.push(pathname);
        }}
      >
        {t("clear")}
      </Button>
    </form>
  );
}
