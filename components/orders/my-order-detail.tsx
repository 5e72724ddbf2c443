"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { nameIn } from "@/lib/localized";
import { useTRPC } from "@/components/providers/trpc";
import { useMoney } from "@/components/catalog/use-money";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { OrderStatusBadge } from "./status-badge";
import { AddressView } from "./address-view";

/** The customer's own order: lines, address and, when their groups show prices, the amounts. */
export function MyOrderDetail({ orderId }: { orderId: string }) {
  const t = useTranslations("orders.detail");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const order = useQuery(trpc.orders.get.queryOptions({ orderId }));
  const money = useMoney(order.data?.currency ?? "IRT");

  if (order.isPending) return <p className="text-sm text-slate-500">{t("loading")}</p>;
  if (order.isError) return <FormAlert message={applyServerErrors(order.error, () => undefined, []) ?? "errors.unexpected"} />;
  const o = order.data;
  const rated = new Set(o.reviews.map((r) => r.productId));
  const unrated = o.status === "COMPLETED" && o.lines.some((l) => !rated.has(l.productId));

  return (
    <div className="flex flex-col gap-4">
      <Card className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold text-slate-900" data-testid="order-number">{t("number", { number: formatNumber(o.number, locale) })}</h2>
          <p className="text-sm text-slate-500">{formatDate(o.placedAt, locale, true)}</p>
        </div>
        <OrderStatusBadge status={o.status} />
        {unrated && <Link href="/account/reviews" className={buttonClass("primary")}>{t("rate")}</Link>}
      </Card>
      <Card>
        <ul className="divide-y divide-slate-100 text-sm" data-testid="order-lines">
          {o.lines.map((l) => (
            <li key={l.productId + l.sku} className="flex flex-wrap justify-between gap-2 py-2">
              <span className="font-medium text-slate-900">{nameIn(l.name, locale)}</span>
              <span className="text-slate-600">{t("times", { count: l.quantity, quantity: formatNumber(l.quantity, locale) })}</span>
              {"unitPrice" in l && <span>{money(l.unitPrice)}</span>}
            </li>
          ))}
        </ul>
      </Card>
      {o.showPrices ? (
        <Card>
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <dt className="text-slate-500">{t("subtotal")}</dt><dd className="sm:text-end">{money(o.subtotal)}</dd>
            <dt className="text-slate-500">{t("shippingCost")}</dt><dd className="sm:text-end">{money(o.shippingCost)}</dd>
            <dt className="text-slate-500">{t("total")}</dt><dd className="font-semibold sm:text-end" data-testid="order-total">{money(o.total)}</dd>
            <dt className="text-slate-500">{t("paid")}</dt><dd className="sm:text-end">{money(o.paidAmount)}</dd>
            <dt className="text-slate-500">{t("due")}</dt><dd className="sm:text-end" data-testid="order-due">{money(o.dueAmount)}</dd>
          </dl>
        </Card>
      ) : (
        <p className="text-sm text-slate-500">{t("pricesHidden")}</p>
      )}
      <Card>
        <h3 className="mb-2 font-semibold text-slate-900">{t("address")}</h3>
        <AddressView address={o.address} />
      </Card>
      <Link href="/account/orders" className="self-start text-sm text-brand-700 hover:underline">{t("back")}</Link>
    </div>
  );
}
