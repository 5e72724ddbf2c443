"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { ADDRESS_CAPTURE, customerSettingsSchema, type CustomerSettings } from "@/lib/schemas/customers";
import { useTRPC } from "@/components/providers/trpc";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";

/** Customer settings (C-8): sign-up approval and how addresses are captured. */
export function CustomerSettingsForm({ settings, canWrite }: { settings: CustomerSettings; canWrite: boolean }) {
  const t = useTranslations("settings.customers");
  const trpc = useTRPC();
  const update = useMutation(trpc.customerSettings.update.mutationOptions());
  const form = useForm<CustomerSettings>({ resolver: zodResolver(customerSettingsSchema), defaultValues: settings });
  const { alert, submit } = useFormAlert(form.setError, ["signUpApproval", "addressCapture"]);
  const onSubmit = form.handleSubmit((v) => submit(() => update.mutateAsync(v), "settings.customers.saved"));
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label={t("title")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <fieldset disabled={!canWrite} className="flex flex-col gap-5">
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" className="mt-0.5 size-4" {...form.register("signUpApproval")} />
          <span>
            <span className="font-medium text-slate-800">{t("signUpApproval")}</span>
            <span className="block text-xs text-slate-500">{t("signUpApprovalHelp")}</span>
          </span>
        </label>
        <div>
          <p className="mb-2 text-sm font-medium text-slate-800">{t("addressCapture")}</p>
          <div className="flex flex-col gap-2">
            {ADDRESS_CAPTURE.map((m) => (
              <label key={m} className="flex items-start gap-3 text-sm">
                <input type="radio" value={m} className="mt-0.5 size-4" {...form.register("addressCapture")} />
                <span>
                  <span className="font-medium text-slate-800">{t(`capture.${m}`)}</span>
                  <span className="block text-xs text-slate-500">{t(`capture.${m}Help`)}</span>
                </span>
              </label>
            ))}
          </div>
        </div>
      </fieldset>
      {canWrite && <SubmitButton className="self-start" pending={form.formState.isSubmitting}>{t("save")}</SubmitButton>}
    </form>
  );
}
