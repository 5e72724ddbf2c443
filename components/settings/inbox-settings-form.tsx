"use client";

import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import {
  ATTACHMENT_TYPES,
  INBOX_SETTINGS_FIELDS,
  THREAD_PRIORITIES,
  inboxSettingsSchema,
  type InboxSettings,
  type InboxSettingsInput,
} from "@/lib/schemas/inbox-settings";
import { useTRPC } from "@/components/providers/trpc";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormAlert } from "@/components/ui/use-form-alert";

const asInput = (s: InboxSettings): InboxSettingsInput => ({
  responseHours: Object.fromEntries(THREAD_PRIORITIES.map((p) => [p, String(s.responseHours[p])])) as InboxSettingsInput["responseHours"],
  attachments: { maxSizeMb: String(s.attachments.maxSizeMb), maxCount: String(s.attachments.maxCount), types: [...s.attachments.types] },
});

/** Settings → inbox: response targets per priority (hours) and the attachment rules. */
export function InboxSettingsForm({ settings, canWrite }: { settings: InboxSettings; canWrite: boolean }) {
  const t = useTranslations("inboxSettings");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const update = useMutation(trpc.inboxSettings.update.mutationOptions());
  const { register, control, handleSubmit, getValues, setError, reset, formState } = useForm<InboxSettingsInput>({
    resolver: zodResolver(inboxSettingsSchema) as never,
    defaultValues: asInput(settings),
  });
  const { alert, submit } = useFormAlert(setError, INBOX_SETTINGS_FIELDS);
  const e = formState.errors;
  const onSubmit = handleSubmit(() =>
    submit(async () => {
      const saved = await update.mutateAsync(getValues());
      reset(asInput(saved));
    }, "inboxSettings.saved"),
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-5" data-testid="inbox-settings-form" aria-label={t("title")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <fieldset disabled={!canWrite} className="flex flex-col gap-5">
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-slate-700">{t("responseHours")}</legend>
          <p className="mb-3 text-xs text-slate-500">{t("responseHoursHint")}</p>
          <div className="grid gap-3 sm:grid-cols-4">
            {THREAD_PRIORITIES.map((p) => (
              <TextField
                key={p}
                label={t(`priority.${p}`)}
                inputMode="numeric"
                dir="ltr"
                autoComplete="off"
                error={e.responseHours?.[p]?.message}
                {...register(`responseHours.${p}`)}
              />
            ))}
          </div>
        </fieldset>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label={t("maxSizeMb")} inputMode="numeric" dir="ltr" autoComplete="off" error={e.attachments?.maxSizeMb?.message} {...register("attachments.maxSizeMb")} />
          <TextField label={t("maxCount")} inputMode="numeric" dir="ltr" autoComplete="off" error={e.attachments?.maxCount?.message} {...register("attachments.maxCount")} />
        </div>
        <Controller
          control={control}
          name="attachments.types"
          render={({ field, fieldState }) => (
            <fieldset aria-describedby={fieldState.error ? "attachment-types-error" : undefined}>
              <legend className="mb-2 text-sm font-medium text-slate-700">{t("types")}</legend>
              <div className="flex flex-wrap gap-4">
                {ATTACHMENT_TYPES.map((type) => (
                  <label key={type} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="size-4 rounded border-slate-300"
                      data-testid={`type-${type}`}
                      checked={field.value.includes(type)}
                      onChange={(ev) => field.onChange(ev.target.checked ? [...field.value, type] : field.value.filter((x) => x !== type))}
                    />
                    <span dir="ltr">{type.toUpperCase()}</span>
                  </label>
                ))}
              </div>
              {fieldState.error?.message && (
                <p id="attachment-types-error" data-field-error="attachments.types" className="mt-1.5 text-xs font-medium text-rose-600">
                  {tAll(fieldState.error.message)}
                </p>
              )}
            </fieldset>
          )}
        />
        {canWrite && (
          <div>
            <SubmitButton pending={formState.isSubmitting}>{t("save")}</SubmitButton>
          </div>
        )}
      </fieldset>
    </form>
  );
}
