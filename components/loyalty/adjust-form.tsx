"use client";

import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ArrowDownUp } from "lucide-react";
import { toast } from "sonner";
import type { Currency } from "@/lib/money";
import type { Ledger } from "@/lib/loyalty-format";
import { ADJUST_DIRECTIONS, pointsAdjustSchema, walletAdjustSchema, type PointsAdjustInput } from "@/lib/schemas/loyalty";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { useLoyaltyFormat } from "./use-loyalty-format";

// The key is sent with the submission; a server error on it (reused for another customer) is shown
// in the form's alert, since no field shows it.
const FIELDS = ["direction", "amount", "reason"] as const;

/** A v4 uuid: crypto.randomUUID where the page is a secure context, else from getRandomValues. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface Props {
  ledger: Ledger;
  customerId: string;
  customerName: string;
  currency: Currency;
}

/** "Credit / debit" beside a balance on the customer card, opening the form in a dialog. */
export function AdjustButton(props: Props) {
  const t = useTranslations("loyalty.adjust");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" className="px-3 py-1.5" data-testid={`${props.ledger}-adjust`} onClick={() => setOpen(true)}>
        <ArrowDownUp className="size-4" aria-hidden />
        {t(`${props.ledger}Button`)}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t(`${props.ledger}Title`, { name: props.customerName })}>
        {/* Mounted only while open: each opening makes a new idempotency key. */}
        {open && <AdjustForm {...props} onDone={() => setOpen(false)} onCancel={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}

/**
 * Manual credit or debit (C-4): direction, amount and a required reason. The idempotency key is made
 * when the form opens, so a double click or a retry of the same submission writes one entry; a debit
 * beyond the balance comes back as a translated error on the amount.
 */
export function AdjustForm({ ledger, customerId, currency, onDone, onCancel }: Props & { onDone: () => void; onCancel: () => void }) {
  const t = useTranslations("loyalty.adjust");
  const tDir = useTranslations("loyalty.direction");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const f = useLoyaltyFormat(currency);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const adjustPoints = useMutation(trpc.loyalty.adjustPoints.mutationOptions());
  const adjustWallet = useMutation(trpc.loyalty.adjustWallet.mutationOptions());
  const { register, control, handleSubmit, getValues, setError, formState } = useForm<PointsAdjustInput>({
    resolver: zodResolver(ledger === "points" ? pointsAdjustSchema : walletAdjustSchema) as never,
    defaultValues: { customerId, direction: "credit", amount: "", reason: "", idempotencyKey },
  });
  const { alert, submit } = useFormAlert(setError, FIELDS);
  const e = formState.errors;

  const onSubmit = handleSubmit(() =>
    submit(async () => {
      const v = getValues();
      const values = { customerId, direction: v.direction, amount: String(v.amount ?? ""), reason: v.reason, idempotencyKey };
      const r = ledger === "points" ? await adjustPoints.mutateAsync(values) : await adjustWallet.mutateAsync(values);
      toast.success(t(r.replayed ? "replayed" : "done", { balance: f.amount(ledger, r.balance) }));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.loyalty.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() }),
      ]);
      onDone();
    }),
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="adjust-form" data-ledger={ledger}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <Controller
        control={control}
        name="direction"
        render={({ field }) => (
          <fieldset>
            <legend className="mb-1.5 text-sm font-medium text-slate-700">{t("direction")} *</legend>
            <div className="flex gap-4">
              {ADJUST_DIRECTIONS.map((d) => (
                <label key={d} className="flex items-center gap-2 text-sm">
                  <input type="radio" name="direction" value={d} className="size-4" data-testid={`adjust-${d}`} checked={field.value === d} onChange={() => field.onChange(d)} />
                  {tDir(d)}
                </label>
              ))}
            </div>
            {e.direction?.message && <p data-field-error="direction" className="mt-1 text-xs font-medium text-rose-600">{tAll(e.direction.message)}</p>}
          </fieldset>
        )}
      />
      <TextField
        label={`${ledger === "points" ? t("amountPoints") : t("amountWallet", { currency: tAll(`money.${currency}`) })} *`}
        hint={ledger === "points" ? t("amountPointsHint") : t("amountWalletHint")}
        inputMode="decimal"
        dir="ltr"
        autoComplete="off"
        data-testid="adjust-amount"
        error={e.amount?.message}
        {...register("amount")}
      />
      <TextField label={`${t("reason")} *`} hint={t("reasonHint")} autoComplete="off" data-testid="adjust-reason" error={e.reason?.message} {...register("reason")} />
      <div className="flex gap-2">
        <SubmitButton pending={formState.isSubmitting} data-testid="adjust-submit">{formState.isSubmitting ? t("saving") : t("submit")}</SubmitButton>
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
