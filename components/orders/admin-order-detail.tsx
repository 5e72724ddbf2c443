"use client";

import type { ReactNode } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Link } from "@/i18n/navigation";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { nameIn } from "@/lib/localized";
import { useTRPC } from "@/components/providers/trpc";
import { useMoney } from "@/components/catalog/use-money";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { OrderStatusBadge } from "./status-badge";
import { AddressView } from "./address-view";

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="flex justify-between gap-4 py-1.5 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-end text-slate-900" data-testid={testId}>{children}</dd>
    </div>
  );
}

/** One order as staff see it: lines, amounts, address copy, payments, and the moves it allows. */
export function AdminOrderDetail({ orderId, canWrite }: { orderId: string; canWrite: boolean }) {
  const t = useTranslations("orders.detail");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const order = useQuery(trpc.adminOrders.get.queryOptions({ orderId }));
  const money = useMoney(order.data?.currency ?? "IRT");
  const move = useMutation(
    trpc.adminOrders.setStatus.mutationOptions({
      onSuccess: (r) => {
        toast.success(t("moved", { status: tAll(`checkout.status.${r.status}`) }));
        void queryClient.invalidateQueries({ queryKey: trpc.adminOrders.pathKey() });
      },
      onError: (e) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected")),
    }),
  );

  if (order.isPending) return <p className="text-sm text-slate-500">{t("loading")}</p>;
  if (order.isError) return <FormAlert message={applyServerErrors(order.error, () => undefined, []) ?? "errors.unexpected"} />;
  const o = order.data;

  return (
    <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="flex flex-col gap-4">
        <Card>
          <div className="mb-3 flex flex-wrap items-center gap-3">
            <h2 className="text-lg font-semibold text-slate-900" data-testid="order-number">{t("number", { number: formatNumber(o.number, locale) })}</h2>
            <OrderStatusBadge status={o.status} />
          </div>
          {canWrite && (
            <div className="flex flex-wrap gap-2" data-testid="order-moves">
              {o.next.length === 0 && <p className="text-sm text-slate-500">{t("noMoves")}</p>}
              {o.next.map((to) => (
                <Button
                  key={to}
                  variant={to === "CANCELLED" ? "danger" : "primary"}
                  disabled={move.isPending}
                  data-to={to}
                  onClick={() => {
                    if (to === "CANCELLED" && !window.confirm(t("confirmCancel"))) return;
                    move.mutate({ orderId, to });
                  }}
                >
                  {t(`moves.${to}`)}
                </Button>
              ))}
            </div>
          )}
        </Card>
        <Card className="overflow-x-auto p-0 sm:p-0">
          <table className="w-full text-sm" data-testid="order-lines">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                <th className="px-3 py-3 text-start font-medium">{t("product")}</th>
                <th className="px-3 py-3 text-start font-medium">{t("quantity")}</th>
                <th className="px-3 py-3 text-start font-medium">{t("unitPrice")}</th>
                <th className="px-3 py-3 text-start font-medium">{t("lineTotal")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {o.lines.map((l) => (
                <tr key={l.id}>
                  <td className="px-3 py-2.5">
                    <span className="font-medium text-slate-900">{nameIn(l.name, locale)}</span>
                    <span className="block text-xs text-slate-500" dir="ltr">{l.sku}</span>
                  </td>
                  <td className="px-3 py-2.5">{formatNumber(l.quantity, locale)}</td>
                  <td className="whitespace-nowrap px-3 py-2.5">{money(l.unitPrice)}</td>
                  <td className="whitespace-nowrap px-3 py-2.5">{money(l.lineTotal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card>
          <h3 className="mb-2 font-semibold text-slate-900">{t("payments")}</h3>
          {o.payments.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noPayments")}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm" data-testid="order-payments">
              {o.payments.map((p) => (
                <li key={p.id} className="flex flex-wrap justify-between gap-2 py-2">
                  <span>{t(`paymentKinds.${p.kind}`)} · {t(`paymentStatus.${p.status}`)}</span>
                  <span className="text-slate-500">{formatDate(p.createdAt, locale, true)}</span>
                  <span className="font-medium">{money(p.amount)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <div className="flex flex-col gap-4">
        <Card>
          <dl className="divide-y divide-slate-100">
            <Row label={t("customer")}>
              {o.customer.deleted ? t("deletedCustomer") : (
                <Link href={{ pathname: "/admin/customers", query: { c: o.customer.id } }} className="hover:text-brand-700">{o.customer.name}</Link>
              )}
            </Row>
            <Row label={t("placedAt")}>{formatDate(o.placedAt, locale, true)}</Row>
            {o.completedAt && <Row label={t("completedAt")}>{formatDate(o.completedAt, locale, true)}</Row>}
            {o.cancelledAt && <Row label={t("cancelledAt")}>{formatDate(o.cancelledAt, locale, true)}</Row>}
            <Row label={t("warehouse")}>{o.warehouse ? nameIn(o.warehouse, locale) : "—"}</Row>
            <Row label={t("shippingMethod")}>{o.shippingMethod ? nameIn(o.shippingMethod, locale) : "—"}</Row>
            <Row label={t("paymentMethod")}>{o.paymentMethod ? nameIn(o.paymentMethod, locale) : "—"}</Row>
          </dl>
        </Card>
        <Card>
          <dl className="divide-y divide-slate-100">
            <Row label={t("subtotal")}>{money(o.subtotal)}</Row>
            <Row label={t("shippingCost")}>{money(o.shippingCost)}</Row>
            <Row label={t("total")} testId="order-total">{money(o.total)}</Row>
            <Row label={t("paid")} testId="order-paid">{money(o.paidAmount)}</Row>
            <Row label={t("due")} testId="order-due">{money(o.dueAmount)}</Row>
          </dl>
        </Card>
        <Card>
          <h3 className="mb-2 font-semibold text-slate-900">{t("address")}</h3>
          <AddressView address={o.address} />
        </Card>
      </div>
    </div>
  );
}
