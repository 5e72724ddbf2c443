"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { CircleCheck } from "lucide-react";
import { toast } from "sonner";
import { applyServerErrors } from "@/lib/form-errors";
import { formatNumber, type AppLocale } from "@/lib/format";
import { useTRPC } from "@/components/providers/trpc";
import { useMoney } from "@/components/catalog/use-money";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";

/** After placing: the simulated gateway while a payment is due now, then the order with its number. */
export function OrderStep({ orderId, onBack }: { orderId: string; onBack: () => void }) {
  const t = useTranslations("checkout");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const order = useQuery(trpc.checkout.order.queryOptions({ orderId }));
  const money = useMoney(order.data?.currency ?? "IRT");
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.checkout.order.queryKey({ orderId }) });
  const failed = (e: unknown) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"));
  const confirm = useMutation(trpc.payments.confirm.mutationOptions({ onSuccess: refresh, onError: failed }));
  const retry = useMutation(trpc.payments.retry.mutationOptions({ onSuccess: refresh, onError: failed }));

  if (order.isPending) return <p className="text-sm text-slate-500">{tAll("cart.loading")}</p>;
  if (order.isError) return <FormAlert message="errors.unexpected" />;
  const o = order.data;
  const number = formatNumber(o.number, locale);

  if (o.status === "PENDING_PAYMENT") {
    return (
      <Card className="flex flex-col gap-4" >
        <div data-testid="payment-step">
          <h2 className="text-lg font-semibold text-slate-900">{t("payment.title")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("payment.description", { number })}</p>
        </div>
        <p className="text-base font-medium text-slate-900" data-testid="payment-amount">
          {o.showPrices ? t("payment.amount", { amount: money(o.payNow) }) : t("payment.amountHidden")}
        </p>
        {o.lastPaymentFailed && !o.pendingPaymentId && <FormAlert message="checkout.payment.failed" />}
        <div className="flex flex-wrap gap-2">
          {o.pendingPaymentId ? (
            <>
              <Button disabled={confirm.isPending} onClick={() => confirm.mutate({ paymentId: o.pendingPaymentId!, outcome: "succeeded" })} data-testid="pay">{t("payment.pay")}</Button>
              <Button variant="ghost" disabled={confirm.isPending} onClick={() => confirm.mutate({ paymentId: o.pendingPaymentId!, outcome: "failed" })}>{t("payment.fail")}</Button>
            </>
          ) : (
            <Button disabled={retry.isPending} onClick={() => retry.mutate({ orderId })}>{t("payment.retry")}</Button>
          )}
        </div>
      </Card>
    );
  }

  return (
    <Card className="flex flex-col gap-3">
      <div className="flex items-center gap-2 text-emerald-700" data-testid="order-success">
        <CircleCheck className="size-6" aria-hidden />
        <h2 className="text-lg font-semibold">{t("success.title")}</h2>
      </div>
      <p className="text-base font-medium text-slate-900" data-testid="order-number">{t("success.number", { number })}</p>
      <p className="text-sm text-slate-700">{t("success.status", { status: t(`status.${o.status}`) })}</p>
      {o.showPrices && (
        <>
          <p className="text-sm text-slate-700">{t("success.paid", { amount: money(o.paidAmount) })}</p>
          <p className="text-sm text-slate-700" data-testid="order-due">{t("success.due", { amount: money(o.dueAmount) })}</p>
        </>
      )}
      <div>
        <Button variant="secondary" onClick={onBack}>{t("success.continue")}</Button>
      </div>
    </Card>
  );
}
