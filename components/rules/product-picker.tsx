"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { nameIn, type LocalizedText } from "@/lib/localized";
import { useTRPC } from "@/components/providers/trpc";
import { SearchPicker } from "@/components/ui/search-picker";

export interface PickedProduct {
  id: string;
  sku: string;
  name: LocalizedText;
}

/** A search result: a product may be inactive and still be limited. */
type FoundProduct = PickedProduct & { active: boolean };

function useProductResults(q: string) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.orderLimits.products.queryOptions({ q }), enabled: q.length > 0 });
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
  const locale = useLocale();
  return (
    <SearchPicker<PickedProduct, FoundProduct>
      value={value}
      onChange={onChange}
      initial={initial}
      useResults={useProductResults}
      label={(p) => nameIn(p.name, locale)}
      subLabel={(p) => p.sku}
      note={(p) => !p.active && t("inactiveProduct")}
      texts={{
        legend: t("products"),
        search: t("productSearch"),
        searching: t("searching"),
        empty: t("noProducts"),
        chosen: t("chosenProducts"),
        remove: (name) => t("remove", { name }),
        add: t("add"),
        added: t("added"),
      }}
      testIds={{ root: "limit-products", results: "product-results" }}
      error={error}
      errorField="productIds"
    />
  );
}
