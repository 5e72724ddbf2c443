"use client";

import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import type { Currency } from "@/lib/money";
import { groupCreateSchema, type GroupFormData, type GroupFormInput } from "@/lib/schemas/groups";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";

const FIELDS = ["name", "description", "paymentPercent", "minOrderAmount", "showPrices"] as const;

interface Props {
  currency: Currency;
  /** Editing an existing group; absent when creating one. */
  edit?: { id: string; values: GroupFormInput };
}

/** Create or edit a customer group (G-1) with the same zod schema the procedure checks. */
export function GroupForm({ currency, edit }: Props) {
  const t = useTranslations("groups.form");
  const tAll = useTranslations();
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.groups.create.mutationOptions());
  const update = useMutation(trpc.groups.update.mutationOptions());
  const { register, control, handleSubmit, getValues, setError, formState } = useForm<GroupFormInput, unknown, GroupFormData>({
    resolver: zodResolver(groupCreateSchema),
    defaultValues: edit?.values ?? { name: "", description: "", paymentPercent: "0", minOrderAmount: "0", showPrices: true },
  });
  const { alert, submit } = useFormAlert(setError, FIELDS);
  const errors = formState.errors;

  const onSubmit = handleSubmit(() =>
    submit(async () => {
      const values = getValues();
      if (edit) await update.mutateAsync({ id: edit.id, ...values });
      else await create.mutateAsync(values);
      // The list keeps its pages in the query cache: drop them so it shows this change.
      await queryClient.invalidateQueries({ queryKey: trpc.groups.pathKey() });
      router.push("/admin/groups");
      router.refresh();
    }),
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" aria-label={edit ? t("editTitle") : t("createTitle")}>
      <div className="sm:col-span-2">
        <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      </div>
      <TextField className="sm:col-span-2" label={`${t("name")} *`} autoComplete="off" error={errors.name?.message} {...register("name")} />
      <div className="flex flex-col gap-1.5 sm:col-span-2">
        <label htmlFor="field-description" className="text-sm font-medium text-slate-700">{t("description")}</label>
        <textarea
          id="field-description"
          rows={3}
          aria-describedby="field-description-hint"
          aria-invalid={errors.description ? true : undefined}
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
          {...register("description")}
        />
        <p id="field-description-hint" className="text-xs text-slate-500">{t("descriptionHint")}</p>
        {errors.description?.message && <p data-field-error="description" className="text-xs font-medium text-rose-600">{tAll(errors.description.message)}</p>}
      </div>
      <TextField
        label={`${t("paymentPercent")} *`}
        inputMode="numeric"
        dir="ltr"
        hint={t("paymentPercentHint")}
        error={errors.paymentPercent?.message}
        {...register("paymentPercent")}
      />
      <TextField
        label={`${t("minOrderAmount", { currency: tAll(`money.${currency}`) })} *`}
        inputMode="decimal"
        dir="ltr"
        hint={t("minOrderAmountHint")}
        error={errors.minOrderAmount?.message}
        {...register("minOrderAmount")}
      />
      <Controller
        control={control}
        name="showPrices"
        render={({ field }) => (
          <fieldset className="sm:col-span-2" aria-describedby="showPrices-hint">
            <legend className="mb-1.5 text-sm font-medium text-slate-700">{t("showPrices")}</legend>
            <div className="flex gap-4">
              {([true, false] as const).map((v) => (
                <label key={String(v)} className="flex items-center gap-2 text-sm">
                  <input type="radio" name="showPrices" className="size-4" checked={field.value === v} onChange={() => field.onChange(v)} />
                  {t(v ? "yes" : "no")}
                </label>
              ))}
            </div>
            <p id="showPrices-hint" className="mt-1.5 text-xs text-slate-500">{t("showPricesHint")}</p>
          </fieldset>
        )}
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting}>{formState.isSubmitting ? t("saving") : edit ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
