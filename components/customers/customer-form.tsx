"use client";

import { useMemo } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { customFieldValuesSchema, type CustomFieldDef } from "@/lib/custom-fields";
import { GENDERS, customerCreateSchema, customerUpdateSchema, type CustomerCreateInput } from "@/lib/schemas/customers";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { DateField } from "@/components/ui/date-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { CustomFieldInput } from "./custom-field-input";

type Values = CustomerCreateInput;

interface Props {
  groups: { id: string; name: string }[];
  fields: CustomFieldDef[];
  /** The default group for new customers, ticked on a new customer's form. */
  defaultGroupId?: string | null;
  /** Editing an existing customer; absent when creating one. */
  edit?: { id: string; username: string; status: string; values: Omit<Values, "username" | "password"> };
}

const PROFILE_FIELDS = ["name", "gender", "mobile", "email", "city", "nationalCode", "birthDate", "active", "groupIds"] as const;

/** Create or edit a customer (C-3) with the same zod schema the procedure checks. */
export function CustomerForm({ groups, fields, edit, defaultGroupId }: Props) {
  const t = useTranslations("customers.form");
  const router = useRouter();
  const trpc = useTRPC();
  const create = useMutation(trpc.customers.create.mutationOptions());
  const update = useMutation(trpc.customers.update.mutationOptions());
  // The custom fields' own rules join the shared schema, so the form says what the server would.
  const schema = useMemo(() => {
    const customFields = customFieldValuesSchema(fields);
    return edit
      ? customerUpdateSchema.omit({ id: true }).extend({ customFields })
      : customerCreateSchema.extend({ customFields });
  }, [fields, edit]);
  const { register, control, handleSubmit, getValues, setError, formState } = useForm<Values>({
    // The two schemas differ only in username/password, which the edit form does not show.
    resolver: zodResolver(schema as unknown as typeof customerCreateSchema) as never,
    defaultValues: edit
      ? (edit.values as Values)
      : { username: "", password: "", name: "", gender: "", mobile: "", email: "", city: "", nationalCode: "", birthDate: "", active: true, groupIds: defaultGroupId ? [defaultGroupId] : [], customFields: {} },
  });
  const fieldNames = [...PROFILE_FIELDS, "username", "password", ...fields.map((f) => `customFields.${f.id}`)];
  const { alert, submit } = useFormAlert(setError, fieldNames);
  const lockedStatus = edit && (edit.status === "BLOCKED" || edit.status === "PENDING");

  const onSubmit = handleSubmit(() =>
    submit(async () => {
      const { username, password, ...values } = getValues();
      if (edit) {
        await update.mutateAsync({ id: edit.id, ...values });
        router.push(`/admin/customers/${edit.id}`);
      } else {
        const created = await create.mutateAsync({ username, password, ...values });
        router.push(`/admin/customers/${created.id}`);
      }
      router.refresh();
    }),
  );
  const errors = formState.errors;
  const customErrors = (errors.customFields ?? {}) as Record<string, { message?: string } | undefined>;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" aria-label={edit ? t("editTitle") : t("createTitle")}>
      <div className="sm:col-span-2">
        <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      </div>
      {!edit && (
        <>
          <TextField label={`${t("username")} *`} dir="ltr" autoComplete="off" error={errors.username?.message} {...register("username")} />
          <TextField label={`${t("password")} *`} type="password" dir="ltr" autoComplete="new-password" error={errors.password?.message} {...register("password")} />
        </>
      )}
      <TextField className="sm:col-span-2" label={`${t("name")} *`} autoComplete="off" error={errors.name?.message} {...register("name")} />
      <SelectField label={t("gender")} error={errors.gender?.message} {...register("gender")}>
        <option value="">{t("none")}</option>
        {GENDERS.map((g) => (
          <option key={g} value={g}>{t(`genders.${g}`)}</option>
        ))}
      </SelectField>
      <TextField label={t("mobile")} type="tel" dir="ltr" hint={t("mobileHint")} error={errors.mobile?.message} {...register("mobile")} />
      <TextField label={t("email")} type="email" dir="ltr" error={errors.email?.message} {...register("email")} />
      <TextField label={t("city")} error={errors.city?.message} {...register("city")} />
      <TextField label={t("nationalCode")} inputMode="numeric" dir="ltr" error={errors.nationalCode?.message} {...register("nationalCode")} />
      <Controller
        control={control}
        name="birthDate"
        render={({ field, fieldState }) => (
          <DateField name="birthDate" label={t("birthDate")} value={field.value ?? ""} onChange={field.onChange} error={fieldState.error?.message} />
        )}
      />
      <label className="flex items-center gap-2 text-sm font-medium text-slate-700 sm:col-span-2">
        <input type="checkbox" className="size-4 rounded border-slate-300" disabled={!!lockedStatus} {...register("active")} />
        {t("active")}
        {lockedStatus && <span className="text-xs font-normal text-slate-500">({t(`statusLocked.${edit!.status}`)})</span>}
      </label>
      {groups.length > 0 && (
        <fieldset className="sm:col-span-2">
          <legend className="mb-2 text-sm font-medium text-slate-700">{t("groups")}</legend>
          <div className="flex flex-wrap gap-3">
            {groups.map((g) => (
              <label key={g.id} className="flex items-center gap-2 rounded-lg bg-slate-50 px-3 py-2 text-sm">
                <input type="checkbox" value={g.id} className="size-4 rounded border-slate-300" {...register("groupIds")} />
                {g.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {fields.length > 0 && (
        <fieldset className="grid gap-4 border-t border-slate-100 pt-4 sm:col-span-2 sm:grid-cols-2">
          <legend className="text-sm font-semibold text-slate-800">{t("customFields")}</legend>
          {fields.map((def) => (
            <Controller
              key={def.id}
              control={control}
              name={`customFields.${def.id}` as "customFields"}
              render={({ field }) => (
                <CustomFieldInput def={def} value={field.value} onChange={field.onChange} error={customErrors[def.id]?.message} />
              )}
            />
          ))}
        </fieldset>
      )}
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting}>{formState.isSubmitting ? t("saving") : edit ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
