"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { toast } from "sonner";
import { applyServerErrors } from "@/lib/form-errors";
import { formatNumber, type AppLocale } from "@/lib/format";
import { nameIn } from "@/lib/localized";
import { MAX_LINE_QUANTITY } from "@/lib/schemas/cart";
import { useRouter } from "@/i18n/navigation";
import { useTRPC } from "@/components/providers/trpc";
import { useMoney } from "@/components/catalog/use-money";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { CheckoutForm } from "./checkout-form";
import { OrderStep } from "./order-step";

/** The cart page: the lines, then checkout, the simulated payment and the placed order. */
export function CartView({ initialOrderId }: { initialOrderId: string | null }) {
  const [orderId, setOrderId] = useState<string | null>(initialOrderId);
  const router = useRouter();
  // The order's id goes into the address, so a reload comes back to its payment step.
  const show = (id: string | null) => {
    setOrderId(id);
    router.replace(id ? `/account/cart?order=${id}` : "/account/cart");
  };
  if (orderId) return <OrderStep orderId={orderId} onBack={() => show(null)} />;
  return <CartAndCheckout onPlaced={show} />;
}

function CartAndCheckout({ onPlaced }: { onPlaced: (orderId: string) => void }) {
  const t = useTranslations("cart");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cart = useQuery(trpc.cart.get.queryOptions());
  const money = useMoney(cart.data?.currency ?? "IRT");
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.checkout.options.queryKey() });
  };
  const failed = (e: unknown) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"));
  const set = useMutation(trpc.cart.set.mutationOptions({ onSuccess: refresh, onError: failed }));
  const remove = useMutation(trpc.cart.remove.mutationOptions({ onSuccess: refresh, onError: failed }));
  const clear = useMutation(trpc.cart.clear.mutationOptions({ onSuccess: refresh, onError: failed }));

  if (cart.isPending) return <p className="text-sm text-slate-500">{t("loading")}</p>;
  if (cart.isError) return <FormAlert message="errors.unexpected" />;
  const c = cart.data;
  if (c.lines.length === 0) return <EmptyState title={t("empty")} description={t("emptyHint")} />;

  return (
    <div className="flex flex-col gap-6">
      <Card>
        {!c.showPrices && <p className="mb-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="prices-hidden">{t("pricesHidden")}</p>}
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="cart-lines">
            <thead>
              <tr className="border-b border-slate-200 text-slate-500">
                <th className="py-2 text-start font-medium">{t("product")}</th>
                <th className="py-2 text-start font-medium">{t("quantity")}</th>
                {c.showPrices && <th className="py-2 text-end font-medium">{t("unitPrice")}</th>}
                {c.showPrices && <th className="py-2 text-end font-medium">{t("lineTotal")}</th>}
                <th className="py-2"><span className="sr-only">{t("remove")}</span></th>
              </tr>
            </thead>
            <tbody>
              {c.lines.map((l) => {
                const label = nameIn(l.name, locale);
                return (
                  <tr key={l.productId} className="border-b border-slate-100">
                    <td className="py-3 pe-3">
                      <div className="font-medium text-slate-900">{label}</div>
                      <div className="text-xs text-slate-500">{t("sku")}: <span dir="ltr">{l.sku}</span></div>
                    </td>
                    <td className="py-3 pe-3">
                      <QuantityInput
                        label={t("quantityOf", { name: label })}
                        value={l.quantity}
                        disabled={set.isPending}
                        onChange={(quantity) => set.mutate({ productId: l.productId, quantity })}
                      />
                    </td>
                    {c.showPrices && <td className="py-3 text-end tabular-nums">{l.unitPrice !== undefined && money(l.unitPrice)}</td>}
                    {c.showPrices && <td className="py-3 text-end font-medium tabular-nums">{l.lineTotal !== undefined && money(l.lineTotal)}</td>}
                    <td className="py-3 text-end">
                      <Button variant="ghost" className="px-2 py-1.5 text-rose-700" aria-label={t("removeNamed", { name: label })} onClick={() => remove.mutate({ productId: l.productId })}>
                        <Trash2 className="size-4" aria-hidden />
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
          <Button variant="ghost" className="text-rose-700" disabled={clear.isPending} onClick={() => clear.mutate()}>{t("clear")}</Button>
          <div className="text-end text-sm">
            <div className="text-slate-600">{t("items", { count: c.itemCount })}</div>
            {c.subtotal !== undefined && <div className="text-base font-semibold text-slate-900" data-testid="cart-subtotal">{t("subtotal")}: {money(c.subtotal)}</div>}
            {c.minOrderAmount !== undefined && <div className="text-xs text-slate-500">{t("minOrder", { amount: money(c.minOrderAmount) })}</div>}
          </div>
        </div>
        {c.paymentPercent > 0 && <p className="mt-3 text-xs text-slate-500">{t("paymentPercent", { percent: formatNumber(c.paymentPercent, locale) })}</p>}
      </Card>
      <CheckoutForm onPlaced={onPlaced} />
    </div>
  );
}

/** A quantity box that sends on blur or Enter; 0 removes the line. */
function QuantityInput({ label, value, disabled, onChange }: { label: string; value: number; disabled: boolean; onChange: (q: number) => void }) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  const commit = () => {
    const n = Number(text.replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d))).replace(/[٠-٩]/g, (d) => String("٠١٢٣٤٥٦٧٨٩".indexOf(d))));
    if (Number.isInteger(n) && n >= 0 && n <= MAX_LINE_QUANTITY && n !== value) onChange(n);
    else setText(String(value));
  };
  return (
    <input
      type="number"
      inputMode="numeric"
      min={0}
      max={MAX_LINE_QUANTITY}
      aria-label={label}
      value={text}
      disabled={disabled}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === "Enter" && commit()}
      className="w-20 rounded-lg border border-slate-300 px-2 py-1.5 text-sm"
      data-testid="cart-quantity"
    />
  );
}
