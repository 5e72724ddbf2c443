"use client";

import type { ReactNode } from "react";
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { ZodType } from "zod";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { NameFields } from "./name-fields";

interface Props<T extends FieldValues> {
  schema: ZodType;
  defaultValues: DefaultValues<T>;
  /** The fields the server may name in an error, besides code and name. */
  fields: readonly string[];
  save: (values: T) => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
  label: string;
  /** The fields of this kind of item, after the code and name. */
  children?: (form: UseFormReturn<T>) => ReactNode;
}

/** The form of a catalog item with a code and a name per language, in a dialog (same zod schema as the procedure). */
export function ItemForm<T extends FieldValues>({ schema, defaultValues, fields, save, onDone, onCancel, label, children }: Props<T>) {
  const t = useTranslations("catalog.common");
  const form = useForm<T>({ resolver: zodResolver(schema as never) as never, defaultValues });
  const { alert, submit } = useFormAlert(form.setError, ["code", "name.fa", "name.ar", "name.en", ...fields]);
  const onSubmit = form.handleSubmit(() =>
    submit(async () => {
      // The raw values go to the server, which parses them with the same schema.
      await save(form.getValues());
      onDone();
    }),
  );
  const errors = form.formState.errors as { code?: { message?: string } };
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={label}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <TextField label={`${t("code")} *`} dir="ltr" autoComplete="off" hint={t("codeHint")} error={errors.code?.message} {...form.register("code" as never)} />
      <NameFields register={form.register} errors={form.formState.errors} />
      {children?.(form)}
      <div className="flex gap-2">
        <SubmitButton pending={form.formState.isSubmitting}>{t("save")}</SubmitButton>
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </form>
  );
}

/** The active checkbox and the position of an item whose model has them. */
export function ActivePositionFields<T extends FieldValues>({ form, withActive = true }: { form: UseFormReturn<T>; withActive?: boolean }) {
  const t = useTranslations("catalog.common");
  const errors = form.formState.errors as { position?: { message?: string } };
  return (
    <div className="grid items-end gap-3 sm:grid-cols-2">
      <TextField label={t("position")} inputMode="numeric" dir="ltr" hint={t("positionHint")} error={errors.position?.message} {...form.register("position" as never)} />
      {withActive && (
        <label className="flex items-center gap-2 pb-3 text-sm font-medium text-slate-700">
          <input type="checkbox" className="size-4 rounded border-slate-300" {...form.register("active" as never)} />
          {t("active")}
        </label>
      )}
    </div>
  );
}
