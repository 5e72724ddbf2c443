"use client";

import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { Currency } from "@/lib/money";
import { LOYALTY_SETTINGS_FIELDS, loyaltySettingsSchema, type LoyaltySettingsInput } from "@/lib/schemas/loyalty";
import { useTRPC } from "@/components/providers/trpc";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormAlert } from "@/components/ui/use-form-alert";

interface Props {
  currency: Currency;
  /** The saved settings as the form shows them (money in major units, points as decimals). */
  values: LoyaltySettingsInput;
  canWrite: boolean;
}

/**
 * The fixed points settings (P-2, seed 003 امتیازهای ثابت): the order's product points, the wallet
 * gift on signing up with a referrer, the referrer's points for a sign-up, and points for a review.
 */
export function PointsSettingsForm({ currency, values, canWrite }: Props) {
  const t = useTranslations("loyalty.fixedPoints");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const update = useMutation(trpc.points.updateSettings.mutationOptions());
  const { register, control, handleSubmit, getValues, setError, reset, formState } = useForm<LoyaltySettingsInput>({
    resolver: zodResolver(loyaltySettingsSchema) as never,
    defaultValues: values,
  });
  const { alert, submit } = useFormAlert(setError, LOYALTY_SETTINGS_FIELDS);
  const e = formState.errors;

  const onSubmit = handleSubmit(() =>
    submit(async () => {
      const saved = await update.mutateAsync(getValues());
      reset(saved.values);
    }, "loyalty.fixedPoints.saved"),
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-5" data-testid="points-settings-form" aria-label={t("title")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <fieldset disabled={!canWrite} className="flex flex-col gap-5">
        <Controller
          control={control}
          name="productPoints"
          render={({ field }) => (
            <fieldset aria-describedby="productPoints-hint">
              <legend className="mb-1.5 text-sm font-medium text-slate-700">{t("productPoints")}</legend>
              <div className="flex gap-4">
                {([true, false] as const).map((v) => (
                  <label key={String(v)} className="flex items-center gap-2 text-sm">
                    <input
                      type="radio"
                      name="productPoints"
                      className="size-4"
                      data-testid={`productPoints-${v ? "yes" : "no"}`}
                      checked={field.value === v}
                      onChange={() => field.onChange(v)}
                    />
                    {t(v ? "yes" : "no")}
                  </label>
                ))}
              </div>
              <p id="productPoints-hint" className="mt-1.5 text-xs text-slate-500">{t("productPointsHint")}</p>
            </fieldset>
          )}
        />
        <TextField
          label={t("signUpGift", { currency: tAll(`money.${currency}`) })}
          hint={t("signUpGiftHint")}
          inputMode="decimal"
          dir="ltr"
          autoComplete="off"
          error={e.signUpGift?.message}
          {...register("signUpGift")}
        />
        <TextField
          label={t("referrerSignUpPoints")}
          hint={t("referrerSignUpPointsHint")}
          inputMode="decimal"
          dir="ltr"
          autoComplete="off"
          error={e.referrerSignUpPoints?.message}
          {...register("referrerSignUpPoints")}
        />
        <TextField
          label={t("reviewPoints")}
          hint={t("reviewPointsHint")}
          inputMode="decimal"
          dir="ltr"
          autoComplete="off"
          error={e.reviewPoints?.message}
          {...register("reviewPoints")}
        />
      </fieldset>
      {canWrite && (
        <SubmitButton className="self-start" pending={formState.isSubmitting}>{formState.isSubmitting ? t("saving") : t("save")}</SubmitButton>
      )}
    </form>
  );
}
