"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { payNowBounds } from "@/lib/checkout-pricing";
import { moneyField, toMinorUnits } from "@/lib/money";
import { formatList, type AppLocale } from "@/lib/format";
import { nameIn } from "@/lib/localized";
import { checkoutSchema, type CheckoutInput } from "@/lib/schemas/checkout";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/components/providers/trpc";
import { useMoney } from "@/components/catalog/use-money";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { problemArgs, problemsOf, type Problem } from "./problem-text";

const FIELDS = ["addressId", "warehouseId", "shippingMethodId", "paymentMethodId", "payNow"] as const;
type Field = (typeof FIELDS)[number];

/** Checkout: only the options the customer's groups allow, the amounts now and later, the refusals with their numbers. */
export function CheckoutForm({ onPlaced }: { onPlaced: (orderId: string) => void }) {
  const t = useTranslations("checkout");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = useQuery(trpc.checkout.options.queryOptions());
  const place = useMutation(trpc.checkout.place.mutationOptions());
  const money = useMoney(options.data?.currency ?? "IRT");
  const [problems, setProblems] = useState<Problem[]>([]);
  const [alert, setAlert] = useState<string | null>(null);
  const form = useForm<CheckoutInput>({
    resolver: zodResolver(checkoutSchema) as never,
    values: {
      addressId: options.data?.defaultAddressId ?? options.data?.addresses[0]?.id ?? "",
      warehouseId: options.data?.warehouses.find((w) => w.enoughStock)?.id ?? "",
      shippingMethodId: options.data?.shippingMethods[0]?.id ?? "",
      paymentMethodId: options.data?.paymentMethods[0]?.id ?? "",
      payNow: "",
    },
    resetOptions: { keepDirtyValues: true },
  });

  if (options.isPending) return null;
  if (options.isError) return <FormAlert message="errors.unexpected" />;
  const o = options.data;
  const [shippingId, paymentId] = form.watch(["shippingMethodId", "paymentMethodId"]);
  const shipping = o.shippingMethods.find((m) => m.id === shippingId);
  const method = o.paymentMethods.find((m) => m.id === paymentId);
  // The wallet pays now like online does (the same share and bounds), only from the balance.
  const paysNow = method && (method.kind === "ONLINE" || method.kind === "BANK_SLIP" || method.kind === "WALLET");
  const walletText = o.walletBalance !== undefined ? t("walletBalance", { amount: money(o.walletBalance) }) : undefined;
  const total = o.subtotal !== undefined && shipping?.price !== undefined ? o.subtotal + shipping.price : undefined;
  const bounds = total !== undefined ? payNowBounds(total, o.paymentPercent) : undefined;
  // What the typed amount would pay now, when it is a valid one; otherwise the default.
  const typed = moneyField.safeParse(form.watch("payNow") ?? "");
  const typedMinor = typed.success ? toMinorUnits(typed.data, o.currency) : null;
  const payNow = bounds && typedMinor !== null && typedMinor >= bounds.minimum && typedMinor <= bounds.maximum ? typedMinor : bounds?.byDefault;

  const say = (p: Problem) => tAll(p.message, problemArgs(p, money, locale));
  const fieldProblem = (field: Field) => problems.filter((p) => p.path === field).map(say).join(" ");
  const clientError = (field: Field) => form.formState.errors[field]?.message as string | undefined;

  const onSubmit = form.handleSubmit(async (values) => {
    setProblems([]);
    setAlert(null);
    try {
      const placed = await place.mutateAsync(values);
      void queryClient.invalidateQueries({ queryKey: trpc.cart.get.queryKey() });
      onPlaced(placed.orderId);
    } catch (e) {
      const found = problemsOf(e);
      setProblems(found);
      if (found.length === 0) setAlert((e as { message?: string }).message?.match(/^(errors|validation)\./) ? (e as { message: string }).message : "errors.unexpected");
      void options.refetch();
    }
  });

  const cartProblems = problems.filter((p) => !FIELDS.includes(p.path as Field));
  const fieldNote = (field: Field) => {
    const text = fieldProblem(field);
    return text ? <p data-field-error={field} className="-mt-2 text-xs font-medium text-rose-600">{text}</p> : null;
  };

  return (
    <Card>
      <h2 className="mb-4 text-lg font-semibold text-slate-900">{t("title")}</h2>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="checkout-form">
        {cartProblems.length > 0 && (
          <div className="rounded-lg bg-rose-50 px-3 py-2.5 text-sm text-rose-800 ring-1 ring-rose-200" data-testid="checkout-problems" aria-live="polite">
            <p className="font-medium">{t("problems")}</p>
            <ul className="ms-5 list-disc">
              {cartProblems.map((p, i) => <li key={i}>{say(p)}</li>)}
            </ul>
          </div>
        )}
        <FormAlert message={alert} />
        {o.addresses.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noAddresses")} <Link href="/account/addresses" className="text-brand-700 underline">{t("addAddress")}</Link></p>
        ) : (
          <SelectField label={t("address")} error={clientError("addressId")} aria-invalid={fieldProblem("addressId") ? true : undefined} {...form.register("addressId")}>
            {o.addresses.map((a) => (
              <option key={a.id} value={a.id}>{`${a.title} — ${formatList([a.city, a.street, a.details].filter((x): x is string => Boolean(x)), locale)}`}</option>
            ))}
          </SelectField>
        )}
        {fieldNote("addressId")}
        <SelectField label={t("warehouse")} error={clientError("warehouseId")} {...form.register("warehouseId")}>
          <option value="">{t("choose")}</option>
          {o.warehouses.map((w) => (
            <option key={w.id} value={w.id}>{w.enoughStock ? nameIn(w.name, locale) : t("warehouseShort", { name: nameIn(w.name, locale) })}</option>
          ))}
        </SelectField>
        {fieldNote("warehouseId")}
        <SelectField label={t("shippingMethod")} error={clientError("shippingMethodId")} {...form.register("shippingMethodId")}>
          <option value="">{t("choose")}</option>
          {o.shippingMethods.map((m) => (
            <option key={m.id} value={m.id}>{m.price !== undefined ? `${nameIn(m.name, locale)} (${money(m.price)})` : nameIn(m.name, locale)}</option>
          ))}
        </SelectField>
        {fieldNote("shippingMethodId")}
        <SelectField label={t("paymentMethod")} error={clientError("paymentMethodId")} {...form.register("paymentMethodId")} data-testid="payment-method">
          <option value="">{t("choose")}</option>
          {o.paymentMethods.map((m) => (
            <option key={m.id} value={m.id}>{m.kind === "WALLET" && walletText ? `${nameIn(m.name, locale)} (${walletText})` : nameIn(m.name, locale)}</option>
          ))}
        </SelectField>
        {method?.kind === "WALLET" && walletText && <p className="-mt-2 text-sm text-slate-600" data-testid="wallet-balance">{walletText}</p>}
        {fieldNote("paymentMethodId")}
        {paysNow && (
          <TextField
            label={t("payNow")}
            inputMode="decimal"
            dir="ltr"
            error={clientError("payNow")}
            hint={bounds ? (o.paymentPercent > 0 ? t("payNowHint", { minimum: money(bounds.minimum), maximum: money(bounds.maximum) }) : t("payNowHintFull")) : undefined}
            {...form.register("payNow")}
          />
        )}
        {fieldNote("payNow")}
        {total !== undefined && (
          <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm" data-testid="checkout-amounts">
            <dt className="text-slate-600">{tAll("cart.subtotal")}</dt><dd className="text-end tabular-nums">{money(o.subtotal!)}</dd>
            <dt className="text-slate-600">{t("shippingCost")}</dt><dd className="text-end tabular-nums">{money(shipping!.price!)}</dd>
            <dt className="font-semibold">{t("total")}</dt><dd className="text-end font-semibold tabular-nums">{money(total)}</dd>
            {paysNow && bounds && (
              <>
                <dt className="text-slate-600">{t("payNow")}</dt><dd className="text-end tabular-nums" data-testid="pay-now">{money(payNow!)}</dd>
                <dt className="text-slate-600">{t("due")}</dt><dd className="text-end tabular-nums" data-testid="due">{money(total - payNow!)}</dd>
              </>
            )}
          </dl>
        )}
        {method?.kind === "CASH_ON_DELIVERY" && <p className="text-sm text-slate-600">{t("cashOnDelivery")}</p>}
        <div>
          <SubmitButton pending={form.formState.isSubmitting} disabled={o.addresses.length === 0}>{t("place")}</SubmitButton>
        </div>
      </form>
    </Card>
  );
}
