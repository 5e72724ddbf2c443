"use client";

import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { DEPARTMENT_FIELDS, DEPARTMENT_NOTIFY, departmentSchema, type DepartmentInput } from "@/lib/schemas/departments";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { NameFields } from "@/components/catalog/name-fields";
import { StaffPicker, type StaffMember } from "./staff-picker";

interface Props {
  label: string;
  defaultValues: DepartmentInput;
  /** The chosen staff members' names (edit). */
  staff: StaffMember[];
  save: (values: DepartmentInput) => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
}

/** A department: its name per language, description, active, the staff responsible and how they are told. */
export function DepartmentForm({ label, defaultValues, staff, save, onDone, onCancel }: Props) {
  const t = useTranslations("departments.form");
  const form = useForm<DepartmentInput>({ resolver: zodResolver(departmentSchema) as never, defaultValues });
  const { alert, submit } = useFormAlert(form.setError, DEPARTMENT_FIELDS);
  const e = form.formState.errors;
  const onSubmit = form.handleSubmit(() =>
    submit(async () => {
      // The raw values go to the server, which parses them with the same schema.
      await save(form.getValues());
      onDone();
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={label} data-testid="department-form">
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <NameFields register={form.register} errors={e} />
      <TextField label={t("description")} autoComplete="off" error={e.description?.message} {...form.register("description")} />
      <SelectField label={t("notify")} error={e.notify?.message} {...form.register("notify")}>
        {DEPARTMENT_NOTIFY.map((n) => (
          <option key={n} value={n}>{t(`notifyOptions.${n}`)}</option>
        ))}
      </SelectField>
      <Controller
        control={form.control}
        name="staffIds"
        render={({ field, fieldState }) => (
          <StaffPicker value={field.value} onChange={field.onChange} initial={staff} error={fieldState.error?.message ?? (e.staffIds as { message?: string } | undefined)?.message} />
        )}
      />
      <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
        <input type="checkbox" className="size-4 rounded border-slate-300" {...form.register("active")} />
        {t("active")}
      </label>
      <div className="flex gap-2">
        <SubmitButton pending={form.formState.isSubmitting}>{t("save")}</SubmitButton>
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
