"use client";

import { useMemo } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { TIME_ZONE, formatNumber, type AppLocale } from "@/lib/format";
import {
  POLL_AUDIENCES,
  POLL_FIELDS,
  POLL_MAX_OPTIONS,
  POLL_MAX_TYPES,
  POLL_STATUSES,
  pollFormSchema,
  type PollFormInput,
} from "@/lib/schemas/polls";
import { useTRPC } from "@/components/providers/trpc";
import { DateField } from "@/components/ui/date-field";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { ItemChecklist } from "@/components/rules/item-checklist";
import { Switch } from "@/components/rules/switch";
import { ChoiceList } from "./choice-list";

interface Props {
  groups: { id: string; name: string }[];
  /** Editing a saved poll; absent when creating one. */
  edit?: { id: string; values: PollFormInput; used: string[]; responseCount: number };
}

const aMonthAhead = () => new Date(Date.now() + 30 * 86_400_000);

/** The server's errors also name a row of the lists ("options.2.label"). */
const FIELD_PATHS = [
  ...POLL_FIELDS,
  ...Array.from({ length: Math.max(POLL_MAX_OPTIONS, POLL_MAX_TYPES) }, (_, i) => [`options.${i}.label`, `respondentTypes.${i}.label`]).flat(),
];

/** Create or edit a poll (seed 003 نظرسنجی) with the schema its procedure checks. */
export function PollForm({ groups, edit }: Props) {
  const t = useTranslations("polls.form");
  const tStatus = useTranslations("polls.status");
  const tAudience = useTranslations("polls.audience");
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.polls.create.mutationOptions());
  const update = useMutation(trpc.polls.update.mutationOptions());
  const timeZone = TIME_ZONE[locale] ?? "UTC";
  const defaults = useMemo<PollFormInput>(
    () =>
      edit?.values ?? {
        question: "",
        options: [{ label: "", closed: false }, { label: "", closed: false }],
        respondentTypes: [],
        // A month from now, at the end of that day, as a starting point.
        expiresDate: aMonthAhead().toISOString().slice(0, 10),
        expiresTime: "23:59",
        timeZone,
        allowMessage: false,
        audience: "ANYONE",
        groupIds: [],
        status: "DRAFT",
      },
    [edit, timeZone],
  );
  const { register, control, handleSubmit, getValues, setError, formState } = useForm<PollFormInput>({
    resolver: zodResolver(pollFormSchema) as never,
    defaultValues: defaults,
  });
  const { alert, submit } = useFormAlert(setError, FIELD_PATHS);
  const audience = useWatch({ control, name: "audience" });
  const used = useMemo(() => new Set(edit?.used ?? []), [edit]);
  const onSubmit = handleSubmit(() =>
    submit(async () => {
      const values = getValues();
      if (edit) await update.mutateAsync({ id: edit.id, ...values });
      else await create.mutateAsync(values);
      // The list keeps its pages in the query cache: drop them so it shows this change.
      await queryClient.invalidateQueries({ queryKey: trpc.polls.pathKey() });
      router.push("/admin/polls");
      router.refresh();
    }),
  );
  const e = formState.errors;
  const groupItems = groups.map((g) => ({ id: g.id, code: g.name, name: { fa: g.name, ar: g.name, en: g.name } }));

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-6" aria-label={edit ? t("editTitle") : t("createTitle")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <TextField label={`${t("question")} *`} hint={t("questionHint")} autoComplete="off" error={e.question?.message} {...register("question")} />

      {edit && edit.responseCount > 0 && (
        <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="poll-locked-note">
          {t("lockedNote", { count: edit.responseCount, shown: formatNumber(edit.responseCount, locale) })}
        </p>
      )}

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-semibold text-slate-800">{t("answers")} *</legend>
        <p className="text-xs text-slate-500">{t("answersHelp")}</p>
        <ChoiceList name="options" control={control} register={register} errors={e} used={used} max={POLL_MAX_OPTIONS} />
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-semibold text-slate-800">{t("respondentTypes")}</legend>
        <p className="text-xs text-slate-500">{t("respondentTypesHelp")}</p>
        <ChoiceList name="respondentTypes" control={control} register={register} errors={e} used={used} max={POLL_MAX_TYPES} />
      </fieldset>

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-semibold text-slate-800">{t("expiry")} *</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <Controller
            control={control}
            name="expiresDate"
            render={({ field, fieldState }) => (
              <DateField name="expiresDate" label={t("expiresDate")} value={field.value ?? ""} onChange={field.onChange} error={fieldState.error?.message} />
            )}
          />
          <TextField type="time" label={t("expiresTime")} dir="ltr" error={e.expiresTime?.message} {...register("expiresTime")} />
        </div>
        <p className="text-xs text-slate-500">{t("expiryHint", { zone: t(`zones.${locale}`) })}</p>
        <input type="hidden" {...register("timeZone")} />
      </fieldset>

      <Controller
        control={control}
        name="allowMessage"
        render={({ field }) => (
          <div className="flex items-start gap-3">
            <Switch checked={!!field.value} onChange={field.onChange} label={t("allowMessage")} testId="poll-allow-message" />
            <div>
              <p className="text-sm font-medium text-slate-700">{t("allowMessage")}</p>
              <p className="text-xs text-slate-500">{t("allowMessageHelp")}</p>
            </div>
          </div>
        )}
      />

      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-semibold text-slate-800">{t("audience")}</legend>
        <div className="flex flex-col gap-2">
          {POLL_AUDIENCES.map((a) => (
            <label key={a} className="flex items-start gap-2 text-sm text-slate-800">
              <input type="radio" value={a} className="mt-0.5 size-4 border-slate-300" {...register("audience")} />
              <span>
                <span className="font-medium">{tAudience(a)}</span>
                <span className="block text-xs text-slate-500">{t(`audienceHelp.${a}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {audience === "GROUPS" && (
          <Controller
            control={control}
            name="groupIds"
            render={({ field, fieldState }) => (
              <ItemChecklist testId="groupIds" legend={t("groups")} items={groupItems} value={field.value ?? []} onChange={field.onChange} error={fieldState.error?.message} />
            )}
          />
        )}
      </fieldset>

      <div className="flex flex-col gap-1">
        <SelectField label={t("status")} error={e.status?.message} className="max-w-xs" {...register("status")}>
          {POLL_STATUSES.map((s) => (
            <option key={s} value={s}>{tStatus(s)}</option>
          ))}
        </SelectField>
        <p className="text-xs text-slate-500">{t("statusHelp")}</p>
      </div>

      <div>
        <SubmitButton pending={formState.isSubmitting}>{formState.isSubmitting ? t("saving") : edit ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
