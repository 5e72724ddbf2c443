"use client";

import { useState } from "react";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Pencil, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { Link } from "@/i18n/navigation";
import { nameIn } from "@/lib/localized";
import { formatNumber, INTL_LOCALE, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import type { Currency } from "@/lib/money";
import { pointsToDecimal, type ProductFilterInput } from "@/lib/schemas/catalog";
import { useTRPC } from "@/components/providers/trpc";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { ActiveBadge } from "./active-badge";
import { DeleteDialog } from "./delete-dialog";
import { useMoney } from "./use-money";

interface Props {
  filter: ProductFilterInput;
  filtered: boolean;
  currency: Currency;
  canWrite: boolean;
}

/** The admin's products, newest first, a page at a time (keyset paging on the server). */
export function ProductList({ filter, filtered, currency, canWrite }: Props) {
  const t = useTranslations("catalog.products");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const money = useMoney(currency);
  const list = useInfiniteQuery(trpc.products.list.infiniteQueryOptions({ filter, limit: 50 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.products.list.pathKey() });
  const remove = useMutation(trpc.products.delete.mutationOptions());
  const setActive = useMutation(trpc.products.setActive.mutationOptions());
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const [deleting, setDeleting] = useState<(typeof rows)[number] | null>(null);
  const points = (hundredths: bigint) =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 }).format(pointsToDecimal(hundredths) as unknown as number);

  return (
    <div className="flex flex-col gap-3">
      <Card className="overflow-x-auto p-0 sm:p-0">
        {list.isPending ? (
          <p className="p-5 text-sm text-slate-500" aria-busy="true">{t("loading")}</p>
        ) : list.isError ? (
          <div className="p-5">
            <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
          </div>
        ) : rows.length === 0 ? (
          <div className="p-4">
            <EmptyState title={filtered ? t("emptyFiltered") : t("empty")} description={t("emptyHelp")} />
          </div>
        ) : (
          <table className="w-full text-sm" data-testid="products-table">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {(["name", "sku", "category", "brand", "price", "points", "stock", "status"] as const).map((c) => (
                  <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{t(`columns.${c}`)}</th>
                ))}
                {canWrite && <th className="px-3 py-3"><span className="sr-only">{t("columns.actions")}</span></th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} data-testid="product-row" data-sku={r.sku}>
                  <td className="px-3 py-2.5 font-medium text-slate-900">
                    {canWrite ? (
                      <Link href={`/admin/products/${r.id}/edit`} className="hover:text-brand-700">{nameIn(r.name, locale)}</Link>
                    ) : (
                      nameIn(r.name, locale)
                    )}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600" dir="ltr">{r.sku}</td>
                  <td className="px-3 py-2.5 text-slate-600">{r.category ? nameIn(r.category.name, locale) : "—"}</td>
                  <td className="px-3 py-2.5 text-slate-600">{r.brand ? nameIn(r.brand.name, locale) : "—"}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-800">{money(r.price)}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{points(r.pointValue)}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{formatNumber(r.stock.reduce((sum, s) => sum + s.quantity, 0), locale)}</td>
                  <td className="px-3 py-2.5"><ActiveBadge active={r.active} /></td>
                  {canWrite && (
                    <td className="px-3 py-2.5">
                      <div className="flex justify-end gap-1">
                        <Link href={`/admin/products/${r.id}/edit`} className={buttonClass("ghost", "px-2")} aria-label={t("editItem", { name: nameIn(r.name, locale) })}>
                          <Pencil className="size-4" aria-hidden />
                        </Link>
                        <Button variant="ghost" className="px-2 text-rose-700" onClick={() => setDeleting(r)} aria-label={t("deleteItem", { name: nameIn(r.name, locale) })}>
                          <Trash2 className="size-4" aria-hidden />
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {t("more")}
        </Button>
      )}
      <DeleteDialog
        name={deleting ? nameIn(deleting.name, locale) : null}
        blocked={deleting?.ordered ? t("ordered") : null}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          try {
            await remove.mutateAsync({ id: deleting!.id });
          } finally {
            await refresh();
          }
        }}
      >
        {deleting?.ordered && deleting.active && (
          <Button
            variant="secondary"
            className="self-start"
            disabled={setActive.isPending}
            onClick={() =>
              setActive.mutate(
                { id: deleting.id, active: false },
                {
                  onSuccess: () => {
                    setDeleting(null);
                    toast.success(t("deactivated"));
                    void refresh();
                  },
                  onError: (e) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected")),
                },
              )
            }
          >
            {t("deactivateInstead")}
          </Button>
        )}
      </DeleteDialog>
    </div>
  );
}
