"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { ArrowLeft, ArrowRight } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { nameIn } from "@/lib/localized";
import { formatNumber, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import type { Currency } from "@/lib/money";
import { useTRPC } from "@/components/providers/trpc";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { useMoney } from "@/components/catalog/use-money";
import { WishButton } from "@/components/wishlist/wish-button";
import { AddToCartButton } from "./add-to-cart-button";

/** The storefront's product page: the reader's language, price unless hidden, stock per allowed warehouse. */
export function ProductDetail({ id, currency, canWish }: { id: string; currency: Currency; canWish: boolean }) {
  const t = useTranslations("shop");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const money = useMoney(currency);
  const product = useQuery(trpc.shop.product.queryOptions({ id }));
  const Back = locale === "en" ? ArrowLeft : ArrowRight; // points back to the start side

  const back = (
    <Link href="/account/shop" className={buttonClass("ghost", "self-start px-2")}>
      <Back className="size-4" aria-hidden />
      {t("back")}
    </Link>
  );
  if (product.isPending) return <Card><p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p></Card>;
  if (product.isError) {
    return (
      <div className="flex flex-col gap-3">
        {back}
        <Card><FormAlert message={applyServerErrors(product.error, () => undefined, []) ?? "errors.unexpected"} /></Card>
      </div>
    );
  }
  const p = product.data;
  const name = nameIn(p.name, locale);
  const description = p.description[locale] || p.description.fa || "";
  return (
    <div className="flex flex-col gap-4">
      {back}
      <Card className="flex flex-col gap-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 className="text-lg font-semibold text-slate-900" data-testid="product-name">{name}</h2>
            <p className="mt-1 text-xs text-slate-500">
              {t("sku")}: <span dir="ltr">{p.sku}</span>
            </p>
          </div>
          {canWish && <WishButton productId={p.id} wished={p.wished} name={name} />}
        </div>
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-xs text-slate-500">{t("category")}</dt>
            <dd className="text-slate-900">{p.category ? nameIn(p.category.name, locale) : "—"}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{t("brand")}</dt>
            <dd className="text-slate-900">{p.brand ? nameIn(p.brand.name, locale) : "—"}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">{t("price")}</dt>
            <dd className="font-semibold text-slate-900" data-testid="product-price">
              {p.price !== undefined ? money(p.price) : <span className="font-normal text-slate-500">{t("priceHidden")}</span>}
            </dd>
          </div>
        </dl>
        <p className="whitespace-pre-line text-sm text-slate-700">{description || t("noDescription")}</p>
        <div className="flex flex-wrap items-center gap-3">
          <AddToCartButton productId={p.id} name={name} />
          {p.inCart > 0 && <span className="text-sm text-slate-600">{t("inCart", { quantity: formatNumber(p.inCart, locale) })}</span>}
        </div>
      </Card>
      <Card className="p-0 sm:p-0">
        <h3 className="px-5 pt-5 text-base font-semibold text-slate-900">{t("stock.title")}</h3>
        {p.stock.length === 0 ? (
          <p className="p-5 text-sm text-slate-500">{t("stock.none")}</p>
        ) : (
          <table className="mt-3 w-full text-sm" data-testid="product-stock">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                <th className="px-5 py-2 text-start font-medium">{t("stock.warehouse")}</th>
                <th className="px-5 py-2 text-end font-medium">{t("stock.quantity")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {p.stock.map((s) => (
                <tr key={s.warehouseId}>
                  <td className="px-5 py-2.5 text-slate-800">{nameIn(s.name, locale)}</td>
                  <td className="px-5 py-2.5 text-end text-slate-800">{s.quantity > 0 ? formatNumber(s.quantity, locale) : t("outOfStock")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
