"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { nameIn } from "@/lib/localized";
import { formatNumber, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import type { Currency } from "@/lib/money";
import type { ShopFilterInput } from "@/lib/schemas/shop";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { useMoney } from "@/components/catalog/use-money";
import { WishButton } from "@/components/wishlist/wish-button";
import { AddToCartButton } from "./add-to-cart-button";

interface Props {
  filter: ShopFilterInput;
  filtered: boolean;
  currency: Currency;
  /** The account's role allows the wishlist: the heart shows. */
  canWish: boolean;
}

/** The storefront's active products, newest first, a page at a time (keyset paging on the server). */
export function ShopList({ filter, filtered, currency, canWish }: Props) {
  const t = useTranslations("shop");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const money = useMoney(currency);
  const list = useInfiniteQuery(trpc.shop.list.infiniteQueryOptions({ filter, limit: 24 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];

  if (list.isPending) return <Card><p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p></Card>;
  if (list.isError) return <Card><FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} /></Card>;
  if (rows.length === 0) return <EmptyState title={filtered ? t("emptyFiltered") : t("empty")} description={t("emptyHelp")} />;

  return (
    <div className="flex flex-col gap-4">
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" data-testid="shop-products">
        {rows.map((r) => {
          const name = nameIn(r.name, locale);
          return (
            <li key={r.id} data-testid="shop-product" data-sku={r.sku}>
              <Card className="flex h-full flex-col gap-3">
                <div className="flex items-start justify-between gap-2">
                  <div className="min-w-0">
                    <h2 className="text-base font-semibold text-slate-900">
                      <Link href={`/account/shop/${r.id}`} className="hover:text-brand-700">{name}</Link>
                    </h2>
                    <p className="mt-1 text-xs text-slate-500">
                      {[r.category && nameIn(r.category.name, locale), r.brand && nameIn(r.brand.name, locale)].filter(Boolean).join(" · ") || "—"}
                    </p>
                  </div>
                  {canWish && <WishButton productId={r.id} wished={r.wished} name={name} />}
                </div>
                <p className="text-sm font-medium text-slate-900" data-testid="shop-price">
                  {r.price !== undefined ? money(r.price) : <span className="text-slate-500">{t("priceHidden")}</span>}
                </p>
                <p className={r.available > 0 ? "text-xs text-emerald-700" : "text-xs text-slate-500"}>
                  {r.available > 0 ? t("inStock", { count: formatNumber(r.available, locale) }) : t("outOfStock")}
                </p>
                <div className="mt-auto">
                  <AddToCartButton productId={r.id} name={name} compact />
                </div>
              </Card>
            </li>
          );
        })}
      </ul>
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {t("more")}
        </Button>
      )}
    </div>
  );
}
