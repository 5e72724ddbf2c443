"use client";

import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { applyServerErrors } from "@/lib/form-errors";
import { CUSTOM_FIELD_TYPES, labelIn, type CustomFieldDef } from "@/lib/custom-fields";
import { formatList, type AppLocale } from "@/lib/format";
import { customFieldSchema, type CustomFieldInput } from "@/lib/schemas/customers";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";

const EMPTY: CustomFieldInput = { label: { fa: "", ar: "", en: "" }, type: "TEXT", options: [], required: false, showAtSignUp: false };

/** Custom fields of the customer record (C-6): define, edit, order and delete them. */
export function CustomFieldsManager() {
  const t = useTranslations("customers.fields");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.customFields.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.customFields.list.queryKey() });
  const failed = (e: unknown) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"));
  const reorder = useMutation(trpc.customFields.reorder.mutationOptions({ onSuccess: refresh, onError: failed }));
  const remove = useMutation(trpc.customFields.delete.mutationOptions({ onSuccess: () => { setDeleting(null); void refresh(); }, onError: failed }));
  const [editing, setEditing] = useState<CustomFieldDef | "new" | null>(null);
  const [deleting, setDeleting] = useState<CustomFieldDef | null>(null);
  const fields = list.data ?? [];
  const move = (i: number, by: number) => {
    const ids = fields.map((f) => f.id);
    [ids[i], ids[i + by]] = [ids[i + by]!, ids[i]!];
    reorder.mutate({ ids });
  };

  return (
    <div className="flex flex-col gap-4">
      <div>
        <Button onClick={() => setEditing("new")}>{t("add")}</Button>
      </div>
      <Card className="p-0 sm:p-0">
        {list.isPending ? (
          <p className="p-5 text-sm text-slate-500">{t("loading")}</p>
        ) : fields.length === 0 ? (
          <p className="p-5 text-sm text-slate-500">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="custom-fields">
            {fields.map((f, i) => (
              <li key={f.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div>
                  <p className="font-medium text-slate-900">{labelIn(f.label, locale)}</p>
                  <p className="text-xs text-slate-500">
                    {t(`types.${f.type}`)}
                    {f.required && ` · ${t("required")}`}
                    {f.showAtSignUp && ` · ${t("showAtSignUp")}`}
                    {f.options.length > 0 && ` · ${formatList(f.options.map((o) => labelIn(o.label, locale)), locale)}`}
                  </p>
                </div>
                <div className="flex items-center gap-1">
                  <Button variant="ghost" className="px-2" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("moveUp")}><ArrowUp className="size-4" /></Button>
                  <Button variant="ghost" className="px-2" disabled={i === fields.length - 1} onClick={() => move(i, 1)} aria-label={t("moveDown")}><ArrowDown className="size-4" /></Button>
                  <Button variant="secondary" onClick={() => setEditing(f)}>{t("edit")}</Button>
                  <Button variant="ghost" className="px-2 text-rose-700" onClick={() => setDeleting(f)} aria-label={t("delete")}><Trash2 className="size-4" /></Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Dialog open={editing !== null} onOpenChange={(o) => !o && setEditing(null)} title={editing === "new" ? t("add") : t("edit")} className="sm:max-w-2xl">
        {editing !== null && (
          <FieldForm
            field={editing === "new" ? null : editing}
            onDone={() => {
              setEditing(null);
              void refresh();
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Dialog>
      <Dialog open={deleting !== null} onOpenChange={(o) => !o && setDeleting(null)} title={t("deleteTitle")}>
        <p className="text-sm text-slate-700">{t("deleteHelp", { name: deleting ? labelIn(deleting.label, locale) : "" })}</p>
        <div className="mt-4 flex gap-2">
          <Button variant="danger" disabled={remove.isPending} onClick={() => deleting && remove.mutate({ id: deleting.id })}>{t("delete")}</Button>
          <Button variant="ghost" onClick={() => setDeleting(null)}>{t("cancel")}</Button>
        </div>
      </Dialog>
    </div>
  );
}

function FieldForm({ field, onDone, onCancel }: { field: CustomFieldDef | null; onDone: () => void; onCancel: () => void }) {
  const t = useTranslations("customers.fields");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const create = useMutation(trpc.customFields.create.mutationOptions());
  const update = useMutation(trpc.customFields.update.mutationOptions());
  const form = useForm<CustomFieldInput>({
    resolver: zodResolver(customFieldSchema) as never,
    defaultValues: field ? { label: field.label, type: field.type, options: field.options, required: field.required, showAtSignUp: field.showAtSignUp } : EMPTY,
  });
  const options = useFieldArray({ control: form.control, name: "options" });
  const type = form.watch("type");
  const isSelect = type === "SELECT" || type === "MULTI_SELECT";
  const { alert, submit } = useFormAlert(form.setError, ["label.fa", "label.ar", "label.en", "type", "options"]);
  const onSubmit = form.handleSubmit(() =>
    submit(async () => {
      const values = form.getValues();
      if (field) await update.mutateAsync({ id: field.id, field: values });
      else await create.mutateAsync(values);
      onDone();
    }),
  );
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("formLabel")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label={t("labelFa")} dir="rtl" error={e.label?.fa?.message} {...form.register("label.fa")} />
        <TextField label={t("labelAr")} dir="rtl" error={e.label?.ar?.message} {...form.register("label.ar")} />
        <TextField label={t("labelEn")} dir="ltr" error={e.label?.en?.message} {...form.register("label.en")} />
      </div>
      <SelectField label={t("type")} disabled={!!field} error={e.type?.message} {...form.register("type")}>
        {CUSTOM_FIELD_TYPES.map((x) => (
          <option key={x} value={x}>{t(`types.${x}`)}</option>
        ))}
      </SelectField>
      {field && <p className="-mt-2 text-xs text-slate-500">{t("typeLocked")}</p>}
      {isSelect && (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium text-slate-700">{t("options")}</legend>
          {field && <p className="text-xs text-slate-500">{t("optionsRemoveHelp")}</p>}
          {options.fields.map((o, i) => (
            <div key={o.id} className="grid grid-cols-[1fr_1fr_1fr_1fr_auto] items-end gap-2">
              <TextField label={t("optionValue")} dir="ltr" error={e.options?.[i]?.value?.message} {...form.register(`options.${i}.value`)} />
              <TextField label={t("labelFa")} error={e.options?.[i]?.label?.fa?.message} {...form.register(`options.${i}.label.fa`)} />
              <TextField label={t("labelAr")} {...form.register(`options.${i}.label.ar`)} />
              <TextField label={t("labelEn")} dir="ltr" {...form.register(`options.${i}.label.en`)} />
              <Button variant="ghost" className="px-2" onClick={() => options.remove(i)} aria-label={t("removeOption")}><Trash2 className="size-4" /></Button>
            </div>
          ))}
          {e.options?.message && <p data-field-error="options" className="text-xs font-medium text-rose-600">{tAll(e.options.message)}</p>}
          <Button variant="secondary" className="self-start" onClick={() => options.append({ value: "", label: { fa: "", ar: "", en: "" } })}>{t("addOption")}</Button>
        </fieldset>
      )}
      <label className="flex items-center gap-2 text-sm"><input type="checkbox" className="size-4" {...form.register("required")} />{t("required")}</label>
      <label className="flex items-center gap-2 text-sm"><input type="checkbox" className="size-4" {...form.register("showAtSignUp")} />{t("showAtSignUp")}</label>
      <div className="flex gap-2">
        <SubmitButton pending={form.formState.isSubmitting}>{t("save")}</SubmitButton>
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
