"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { CURRENCY_CODES, type Currency } from "@/lib/money";
import { storeSettingsSchema } from "@/lib/schemas/catalog";
import { useTRPC } from "@/components/providers/trpc";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";

/** Settings → store: the currency prices are entered in, fixed once amounts exist. */
export function StoreSettingsForm({ settings, canWrite }: { settings: { currency: Currency; locked: boolean }; canWrite: boolean }) {
  const t = useTranslations("settings.store");
  const tMoney = useTranslations("money");
  const trpc = useTRPC();
  const update = useMutation(trpc.storeSettings.update.mutationOptions());
  const form = useForm<{ currency: Currency }>({ resolver: zodResolver(storeSettingsSchema), defaultValues: { currency: settings.currency } });
  const { alert, submit } = useFormAlert(form.setError, ["currency"]);
  const onSubmit = form.handleSubmit((v) => submit(() => update.mutateAsync(v), "settings.store.saved"));
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label={t("title")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <fieldset disabled={!canWrite || settings.locked} className="flex flex-col gap-2">
        <SelectField label={t("currency")} error={form.formState.errors.currency?.message} {...form.register("currency")}>
          {CURRENCY_CODES.map((c) => (
            <option key={c} value={c}>{tMoney(c)}</option>
          ))}
        </SelectField>
        <p className="text-xs text-slate-500">{settings.locked ? t("currencyLocked") : t("currencyHelp")}</p>
      </fieldset>
      {canWrite && !settings.locked && <SubmitButton className="self-start" pending={form.formState.isSubmitting}>{t("save")}</SubmitButton>}
    </form>
  );
}
