"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { applyServerErrors, serverErrorValues } from "@/lib/form-errors";
import { formatNumber, type AppLocale } from "@/lib/format";
import { HONEYPOT_FIELD } from "@/lib/schemas/public-form";
import { POLL_ANSWER_FIELDS, POLL_MESSAGE_MAX, pollAnswerSchema, type PollAnswerInput } from "@/lib/schemas/polls";
import { useTRPC } from "@/components/providers/trpc";
import { FormAlert } from "@/components/ui/form-alert";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PollNotice } from "./poll-notice";

interface Choice {
  id: string;
  label: string;
}

interface Props {
  pollId: string;
  options: Choice[];
  respondentTypes: Choice[];
  allowMessage: boolean;
}

/** Messages after which the form has nothing more to take: the page shows the notice instead. */
const FINAL = new Set(["polls.public.alreadyAnswered", "polls.public.closed", "polls.public.expired", "polls.public.draft"]);

/**
 * The public answer form (V-2): one answer, the respondent type when the poll has types, a message
 * when allowed, and the hidden honeypot. Labels are shown as text, never as HTML.
 */
export function PollAnswerForm({ pollId, options, respondentTypes, allowMessage }: Props) {
  const t = useTranslations("polls.public");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const answer = useMutation(trpc.pollVoting.answer.mutationOptions());
  const [done, setDone] = useState<string | null>(null);
  const [alert, setAlert] = useState<{ message: string; values?: Record<string, number> } | null>(null);
  const { register, handleSubmit, getValues, setError, formState } = useForm<PollAnswerInput>({
    resolver: zodResolver(pollAnswerSchema) as never,
    defaultValues: { pollId, optionId: "", respondentTypeId: "", message: "", [HONEYPOT_FIELD]: "" },
  });

  const onSubmit = handleSubmit(async () => {
    setAlert(null);
    const values = getValues();
    // The server refuses a missing respondent type too; saying so here saves a round trip.
    if (respondentTypes.length > 0 && !values.respondentTypeId) {
      setError("respondentTypeId", { type: "required", message: "validation.optionInvalid" }, { shouldFocus: true });
      return;
    }
    try {
      await answer.mutateAsync(values);
      setDone("polls.public.thanks");
    } catch (e) {
      const raw = (e as { message?: string }).message ?? "";
      if (FINAL.has(raw)) return setDone(raw);
      const general = applyServerErrors(e, setError, POLL_ANSWER_FIELDS);
      // Our own keys (polls.*) pass as they are; anything else is the generic message.
      if (general) setAlert({ message: raw.startsWith("polls.") ? raw : general, values: serverErrorValues(e) });
    }
  });

  if (done) return <PollNotice message={done} tone={done === "polls.public.thanks" ? "success" : "info"} />;

  const e = formState.errors;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="relative flex flex-col gap-5" aria-label={t("formLabel")}>
      <FormAlert message={alert?.message ?? null} values={alert?.values} />
      <fieldset className="flex flex-col gap-2" aria-describedby={e.optionId ? "poll-option-error" : undefined}>
        <legend className="mb-1 text-sm font-semibold text-slate-800">{t("chooseAnswer")}</legend>
        {options.map((o) => (
          <label key={o.id} className="flex cursor-pointer items-center gap-3 rounded-lg px-3 py-2.5 ring-1 ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-300">
            <input type="radio" value={o.id} className="size-4 border-slate-300" {...register("optionId")} />
            <span className="text-sm text-slate-900">{o.label}</span>
          </label>
        ))}
        {e.optionId?.message && <p id="poll-option-error" data-field-error="optionId" className="text-xs font-medium text-rose-600">{tAll(e.optionId.message)}</p>}
      </fieldset>

      {respondentTypes.length > 0 && (
        <fieldset className="flex flex-col gap-2" aria-describedby={e.respondentTypeId ? "poll-type-error" : undefined}>
          <legend className="mb-1 text-sm font-semibold text-slate-800">{t("respondentType")}</legend>
          <div className="flex flex-wrap gap-2">
            {respondentTypes.map((r) => (
              <label key={r.id} className="flex cursor-pointer items-center gap-2 rounded-lg px-3 py-2 text-sm ring-1 ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-300">
                <input type="radio" value={r.id} className="size-4 border-slate-300" {...register("respondentTypeId")} />
                {r.label}
              </label>
            ))}
          </div>
          {e.respondentTypeId?.message && (
            <p id="poll-type-error" data-field-error="respondentTypeId" className="text-xs font-medium text-rose-600">{tAll(e.respondentTypeId.message)}</p>
          )}
        </fieldset>
      )}

      {allowMessage && (
        <div className="flex flex-col gap-1.5">
          <label htmlFor="poll-message" className="text-sm font-medium text-slate-700">{t("message")}</label>
          <textarea
            id="poll-message"
            rows={4}
            maxLength={POLL_MESSAGE_MAX}
            aria-invalid={e.message ? true : undefined}
            aria-describedby="poll-message-hint"
            className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
            {...register("message")}
          />
          <p id="poll-message-hint" className={e.message ? "text-xs font-medium text-rose-600" : "text-xs text-slate-500"} data-field-error={e.message ? "message" : undefined}>
            {e.message?.message ? tAll(e.message.message) : t("messageHint", { max: formatNumber(POLL_MESSAGE_MAX, locale) })}
          </p>
        </div>
      )}

      <HoneypotField registration={register(HONEYPOT_FIELD)} />
      <div>
        <SubmitButton pending={formState.isSubmitting}>{formState.isSubmitting ? t("sending") : t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
