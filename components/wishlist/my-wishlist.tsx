"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { ShoppingCart, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { Link } from "@/i18n/navigation";
import { nameIn } from "@/lib/localized";
import { formatDate, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { useMoney } from "@/components/catalog/use-money";
import { PricesHiddenNotice } from "@/components/shop/prices-hidden-notice";

/** The customer's own wishlist: date added, price unless hidden, move to the cart or remove. */
export function MyWishlist({ canOrder }: { canOrder: boolean }) {
  const t = useTranslations("wishlist");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(trpc.wishlist.list.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const money = useMoney(list.data?.pages[0]?.currency ?? "IRT");
  const refresh = () => {
    for (const key of [trpc.wishlist.list.pathKey(), trpc.shop.list.pathKey(), trpc.shop.product.pathKey()]) void queryClient.invalidateQueries({ queryKey: key });
  };
  const failed = (e: unknown) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"));
  const remove = useMutation(trpc.wishlist.remove.mutationOptions({ onSuccess: refresh, onError: failed }));
  const move = useMutation(
    trpc.wishlist.moveToCart.mutationOptions({
      onSuccess: () => {
        toast.success(t("moved"));
        refresh();
      },
      onError: failed,
    }),
  );
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const showPrices = list.data?.pages[0]?.showPrices ?? true;

  if (list.isPending) return <Card><p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p></Card>;
  if (list.isError) return <Card><FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} /></Card>;
  if (rows.length === 0) {
    return (
      <EmptyState title={t("empty")} description={t("emptyHelp")}>
        {canOrder && (
          <Link href="/account/shop" className="mt-4 text-sm font-medium text-brand-700 hover:underline">{t("toShop")}</Link>
        )}
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      {!showPrices && <PricesHiddenNotice />}
      <Card className="overflow-x-auto p-0 sm:p-0">
        <table className="w-full text-sm" data-testid="wishlist-table">
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr>
              {(["product", "price", "addedAt"] as const).map((c) => (
                <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{t(`columns.${c}`)}</th>
              ))}
              <th className="px-3 py-3"><span className="sr-only">{t("columns.actions")}</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => {
              const name = nameIn(r.name, locale);
              return (
                <tr key={r.productId} data-testid="wishlist-row" data-sku={r.sku}>
                  <td className="px-3 py-2.5 font-medium text-slate-900">
                    {canOrder ? <Link href={`/account/shop/${r.productId}`} className="hover:text-brand-700">{name}</Link> : name}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-800">{r.price !== undefined ? money(r.price) : <span className="text-slate-500">{t("priceHidden")}</span>}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{formatDate(r.addedAt, locale)}</td>
                  <td className="px-3 py-2.5">
                    <div className="flex justify-end gap-1">
                      {canOrder && (
                        <Button variant="secondary" className="px-3 py-1.5" disabled={move.isPending} onClick={() => move.mutate({ productId: r.productId })} aria-label={t("moveToCartItem", { name })}>
                          <ShoppingCart className="size-4" aria-hidden />
                          {t("moveToCart")}
                        </Button>
                      )}
                      <Button variant="ghost" className="px-2 text-rose-700" disabled={remove.isPending} onClick={() => remove.mutate({ productId: r.productId })} aria-label={t("remove", { name })}>
                        <Trash2 className="size-4" aria-hidden />
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Card>
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {t("more")}
        </Button>
      )}
    </div>
  );
}
