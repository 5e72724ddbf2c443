"use client";

import { useForm, type FieldErrors } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { EMAIL_TRANSPORTS, SMS_TRANSPORTS, messagingSettingsSchema, type MessagingSettingsValues } from "@/lib/schemas/delivery";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";

const FIELDS = [
  "emailTransport", "smsTransport", "smtp.host", "smtp.port", "smtp.user", "smtp.password", "smtp.from",
  "kavenegar.baseUrl", "kavenegar.apiKey", "kavenegar.sender", "unifonic.baseUrl", "unifonic.appSid", "unifonic.senderId",
] as const;

type SecretsSet = { smtpPassword: boolean; kavenegarApiKey: boolean; unifonicAppSid: boolean };

/** Settings → e-mail and SMS: the transport per channel and each transport's settings; secrets are write-only. */
export function MessagingSettingsForm({ values, secretsSet, canWrite }: { values: MessagingSettingsValues; secretsSet: SecretsSet; canWrite: boolean }) {
  const t = useTranslations("delivery.settings");
  const tTransport = useTranslations("delivery.transport");
  const trpc = useTRPC();
  const update = useMutation(trpc.messagingSettings.update.mutationOptions());
  const form = useForm<MessagingSettingsValues>({ resolver: zodResolver(messagingSettingsSchema), defaultValues: values });
  const { alert, submit } = useFormAlert(form.setError, FIELDS);
  const onSubmit = form.handleSubmit((v) =>
    submit(async () => {
      await update.mutateAsync(v);
      // the typed secrets are stored now: empty the fields again
      form.resetField("smtp.password", { defaultValue: "" });
      form.resetField("kavenegar.apiKey", { defaultValue: "" });
      form.resetField("unifonic.appSid", { defaultValue: "" });
    }, "delivery.settings.saved"),
  );
  const e = form.formState.errors as FieldErrors<MessagingSettingsValues>;
  const secretHint = (set: boolean) => (set ? t("secretSet") : t("secretNotSet"));
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6" aria-label={t("title")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <fieldset disabled={!canWrite} className="flex flex-col gap-6">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label={t("emailTransport")} error={e.emailTransport?.message} {...form.register("emailTransport")}>
            {EMAIL_TRANSPORTS.map((x) => <option key={x} value={x}>{tTransport(x)}</option>)}
          </SelectField>
          <SelectField label={t("smsTransport")} error={e.smsTransport?.message} {...form.register("smsTransport")}>
            {SMS_TRANSPORTS.map((x) => <option key={x} value={x}>{tTransport(x)}</option>)}
          </SelectField>
        </div>

        <section className="flex flex-col gap-3" aria-labelledby="smtp-title">
          <h3 id="smtp-title" className="font-semibold text-slate-900">{tTransport("smtp")}</h3>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label={t("smtp.host")} dir="ltr" error={e.smtp?.host?.message} {...form.register("smtp.host")} />
            <TextField label={t("smtp.port")} dir="ltr" inputMode="numeric" error={e.smtp?.port?.message} {...form.register("smtp.port", { valueAsNumber: true })} />
            <TextField label={t("smtp.user")} dir="ltr" autoComplete="off" error={e.smtp?.user?.message} {...form.register("smtp.user")} />
            <TextField label={t("smtp.password")} type="password" dir="ltr" autoComplete="new-password" hint={secretHint(secretsSet.smtpPassword)} error={e.smtp?.password?.message} {...form.register("smtp.password")} />
            <TextField label={t("smtp.from")} dir="ltr" error={e.smtp?.from?.message} {...form.register("smtp.from")} />
            <label className="flex items-center gap-2 self-end pb-2 text-sm text-slate-700">
              <input type="checkbox" className="size-4 rounded border-slate-300" {...form.register("smtp.secure")} />
              {t("smtp.secure")}
            </label>
          </div>
        </section>

        <section className="flex flex-col gap-3" aria-labelledby="kavenegar-title">
          <h3 id="kavenegar-title" className="font-semibold text-slate-900">{tTransport("kavenegar")}</h3>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label={t("baseUrl")} dir="ltr" error={e.kavenegar?.baseUrl?.message} {...form.register("kavenegar.baseUrl")} />
            <TextField label={t("kavenegar.apiKey")} type="password" dir="ltr" autoComplete="new-password" hint={secretHint(secretsSet.kavenegarApiKey)} error={e.kavenegar?.apiKey?.message} {...form.register("kavenegar.apiKey")} />
            <TextField label={t("kavenegar.sender")} dir="ltr" error={e.kavenegar?.sender?.message} {...form.register("kavenegar.sender")} />
          </div>
        </section>

        <section className="flex flex-col gap-3" aria-labelledby="unifonic-title">
          <h3 id="unifonic-title" className="font-semibold text-slate-900">{tTransport("unifonic")}</h3>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label={t("baseUrl")} dir="ltr" error={e.unifonic?.baseUrl?.message} {...form.register("unifonic.baseUrl")} />
            <TextField label={t("unifonic.appSid")} type="password" dir="ltr" autoComplete="new-password" hint={secretHint(secretsSet.unifonicAppSid)} error={e.unifonic?.appSid?.message} {...form.register("unifonic.appSid")} />
            <TextField label={t("unifonic.senderId")} dir="ltr" error={e.unifonic?.senderId?.message} {...form.register("unifonic.senderId")} />
          </div>
        </section>
      </fieldset>
      {canWrite && <SubmitButton className="self-start" pending={form.formState.isSubmitting}>{t("save")}</SubmitButton>}
    </form>
  );
}
