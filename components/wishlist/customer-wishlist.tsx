"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { nameIn } from "@/lib/localized";
import { formatDate, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { ActiveBadge } from "@/components/catalog/active-badge";
import { useMoney } from "@/components/catalog/use-money";

/** The customer card's wishlist (C-7): product, price and date added, newest first, a page at a time. */
export function CustomerWishlist({ customerId }: { customerId: string }) {
  const t = useTranslations("wishlist.card");
  const tList = useTranslations("wishlist");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.wishlist.ofCustomer.infiniteQueryOptions({ customerId, limit: 10 }, { getNextPageParam: (p) => p.next ?? undefined }),
  );
  const money = useMoney(list.data?.pages[0]?.currency ?? "IRT");
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];

  return (
    <Card className="flex flex-col gap-3 p-0 sm:p-0">
      <h3 className="px-5 pt-5 text-base font-semibold text-slate-900">{t("title")}</h3>
      {list.isPending ? (
        <p className="px-5 pb-5 text-sm text-slate-500" aria-busy="true">{tList("loading")}</p>
      ) : list.isError ? (
        <div className="px-5 pb-5"><FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} /></div>
      ) : rows.length === 0 ? (
        <p className="px-5 pb-5 text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="customer-wishlist">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {(["product", "sku", "price", "addedAt", "status"] as const).map((c) => (
                  <th key={c} className="whitespace-nowrap px-3 py-2 text-start font-medium">{tList(`columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.productId} data-testid="customer-wishlist-row">
                  <td className="px-3 py-2 text-slate-900">{nameIn(r.name, locale)}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600" dir="ltr">{r.sku}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-800">{money(r.price)}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatDate(r.addedAt, locale)}</td>
                  <td className="px-3 py-2"><ActiveBadge active={r.active} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && (
        <Button variant="secondary" className="mx-5 mb-5 self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {tList("more")}
        </Button>
      )}
    </Card>
  );
}
