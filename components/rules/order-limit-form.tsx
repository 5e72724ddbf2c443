"use client";

import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import type { LocalizedText } from "@/lib/localized";
import { ORDER_LIMIT_FIELDS, orderLimitSchema, type OrderLimitInput } from "@/lib/schemas/order-limits";
import { useTRPC } from "@/components/providers/trpc";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { ItemChecklist } from "./item-checklist";
import { ProductPicker, type PickedProduct } from "./product-picker";

type Named = { id: string; code: string; name: LocalizedText };

interface Props {
  options: { groups: { id: string; name: string }[]; categories: Named[]; brands: Named[] };
  /** Editing an existing limit; absent when creating one. */
  edit?: { id: string; values: OrderLimitInput; products: PickedProduct[] };
}

const EMPTY: OrderLimitInput = { name: "", active: true, groupId: "", maxItems: "", windowHours: "24", productIds: [], categoryIds: [], brandIds: [] };

/** Create or edit an order limit (seed 003 محدودیت سفارش) with the schema the procedure checks. */
export function OrderLimitForm({ options, edit }: Props) {
  const t = useTranslations("rules.limits");
  const tAll = useTranslations();
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.orderLimits.create.mutationOptions());
  const update = useMutation(trpc.orderLimits.update.mutationOptions());
  const { register, control, handleSubmit, getValues, setError, formState } = useForm<OrderLimitInput>({
    resolver: zodResolver(orderLimitSchema) as never,
    defaultValues: edit?.values ?? EMPTY,
  });
  const { alert, submit } = useFormAlert(setError, ORDER_LIMIT_FIELDS);
  const onSubmit = handleSubmit(() =>
    submit(async () => {
      const values = getValues();
      if (edit) await update.mutateAsync({ id: edit.id, ...values });
      else await create.mutateAsync(values);
      // The list keeps its pages in the query cache: drop them so it shows this change.
      await queryClient.invalidateQueries({ queryKey: trpc.orderLimits.pathKey() });
      router.push("/admin/order-limits");
      router.refresh();
    }),
  );
  const e = formState.errors;
  // The "at least one item" rule belongs to no single input: the schema puts it on "items".
  const itemsError = (e as Record<string, { message?: string } | undefined>).items?.message;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label={edit ? t("editTitle") : t("createTitle")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <TextField label={`${t("name")} *`} hint={t("nameHelp")} autoComplete="off" error={e.name?.message} {...register("name")} />
      <div className="flex flex-col gap-1">
        <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
          <input type="checkbox" className="size-4 rounded border-slate-300" {...register("active")} />
          {t("active")}
        </label>
        <p className="text-xs text-slate-500">{t("activeHelp")}</p>
      </div>
      <div className="flex flex-col gap-1">
        <SelectField label={`${t("group")} *`} error={e.groupId?.message} {...register("groupId")}>
          <option value="">{t("pickGroup")}</option>
          {options.groups.map((g) => (
            <option key={g.id} value={g.id}>{g.name}</option>
          ))}
        </SelectField>
        {!e.groupId && <p className="text-xs text-slate-500">{t("groupHelp")}</p>}
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("rule")} *</legend>
        <p className="text-xs text-slate-500">{t("ruleHelp")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label={t("maxItems")} inputMode="numeric" dir="ltr" error={e.maxItems?.message} {...register("maxItems")} />
          <TextField label={t("windowHours")} inputMode="numeric" dir="ltr" hint={t("windowHoursHint")} error={e.windowHours?.message} {...register("windowHours")} />
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-4 rounded-xl p-4 ring-1 ring-slate-200" aria-describedby="limit-items-help">
        <legend className="px-1 text-sm font-semibold text-slate-800">{t("items")} *</legend>
        <p id="limit-items-help" className="text-xs text-slate-500">{t("itemsHelp")}</p>
        {itemsError && <p data-field-error="items" role="alert" className="text-sm font-medium text-rose-600">{tAll(itemsError)}</p>}
        <Controller
          control={control}
          name="productIds"
          render={({ field, fieldState }) => (
            <ProductPicker value={field.value} onChange={field.onChange} initial={edit?.products ?? []} error={fieldState.error?.message} />
          )}
        />
        <Controller
          control={control}
          name="categoryIds"
          render={({ field, fieldState }) => (
            <ItemChecklist testId="categoryIds" legend={t("categories")} items={options.categories} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
          )}
        />
        <Controller
          control={control}
          name="brandIds"
          render={({ field, fieldState }) => (
            <ItemChecklist testId="brandIds" legend={t("brands")} items={options.brands} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
          )}
        />
      </fieldset>
      <p className="rounded-lg bg-sky-50 p-3 text-sm text-sky-900 ring-1 ring-sky-200">{t("howCounted")}</p>
      <div>
        <SubmitButton pending={formState.isSubmitting}>{formState.isSubmitting ? t("saving") : edit ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
