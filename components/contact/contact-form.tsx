"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { CONTACT_MAX, contactSchema, type ContactData, type ContactInput } from "@/lib/schemas/contact";
import { HONEYPOT_FIELD } from "@/lib/schemas/public-form";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { HoneypotField } from "@/components/ui/honeypot-field";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { cn } from "@/lib/cn";

const FIELDS = ["name", "mobile", "email", "subject", "message"] as const;
const EMPTY: ContactInput = { name: "", mobile: "", email: "", subject: "", message: "", [HONEYPOT_FIELD]: "" };

/** The visitors' contact-us form (N-3); a sent message clears the form and says thank you. */
export function ContactForm() {
  const t = useTranslations("contact.form");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const send = useMutation(trpc.contact.send.mutationOptions());
  const { register, handleSubmit, getValues, setError, reset, formState } = useForm<ContactInput, unknown, ContactData>({
    resolver: zodResolver(contactSchema),
    defaultValues: EMPTY,
  });
  const { alert, submit } = useFormAlert(setError, FIELDS);
  // The raw values go to the server, which parses them with the same schema.
  const onSubmit = handleSubmit(() =>
    submit(async () => {
      await send.mutateAsync(getValues());
      reset(EMPTY);
    }, "contact.form.sent"),
  );
  const errors = formState.errors;
  const messageError = errors.message?.message;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="relative flex flex-col gap-4" aria-label={t("title")} data-testid="contact-form">
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <HoneypotField registration={register(HONEYPOT_FIELD)} />
      <TextField label={t("name")} autoComplete="name" maxLength={CONTACT_MAX.name} error={errors.name?.message} {...register("name")} />
      <p className="text-xs text-slate-500">{t("reachHint")}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("mobile")} type="tel" inputMode="tel" autoComplete="tel" dir="ltr" error={errors.mobile?.message} {...register("mobile")} />
        <TextField label={t("email")} type="email" autoComplete="email" dir="ltr" error={errors.email?.message} {...register("email")} />
      </div>
      <TextField label={t("subject")} maxLength={CONTACT_MAX.subject} error={errors.subject?.message} {...register("subject")} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor="field-message" className="text-sm font-medium text-slate-700">{t("message")}</label>
        <textarea
          id="field-message"
          rows={6}
          maxLength={CONTACT_MAX.message}
          aria-invalid={messageError ? true : undefined}
          aria-describedby={messageError ? "field-message-error" : "field-message-hint"}
          className={cn(
            "w-full rounded-lg border bg-white px-3 py-2.5 text-sm shadow-sm focus:outline-none focus:ring-2",
            messageError ? "border-rose-400 focus:ring-rose-200" : "border-slate-300 focus:border-brand-500 focus:ring-brand-100",
          )}
          {...register("message")}
        />
        {messageError ? (
          <p id="field-message-error" data-field-error="message" className="text-xs font-medium text-rose-600">{tAll(messageError)}</p>
        ) : (
          <p id="field-message-hint" className="text-xs text-slate-500">{t("messageHint", { max: CONTACT_MAX.message })}</p>
        )}
      </div>
      <SubmitButton pending={formState.isSubmitting} className="mt-2 w-full">
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </SubmitButton>
    </form>
  );
}
