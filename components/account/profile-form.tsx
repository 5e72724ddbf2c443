"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { profileUpdateSchema, type ProfileUpdateData, type ProfileUpdateInput } from "@/lib/schemas/profile";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";

const FIELDS = ["name", "mobile", "email", "locale", "notifyByEmail", "notifyBySms"] as const;
const LOCALES = ["fa", "ar", "en"] as const;

export function ProfileForm({ profile }: { profile: ProfileUpdateInput }) {
  const t = useTranslations("account.profile");
  const router = useRouter();
  const trpc = useTRPC();
  const update = useMutation(trpc.profile.update.mutationOptions());
  const { register, handleSubmit, getValues, setError, reset, formState } = useForm<ProfileUpdateInput, unknown, ProfileUpdateData>({
    resolver: zodResolver(profileUpdateSchema),
    defaultValues: profile,
  });

  const { alert, submit } = useFormAlert(setError, FIELDS);

  const onSubmit = handleSubmit(() =>
    submit(async () => {
      const saved = await update.mutateAsync(getValues());
      reset({
        name: saved.name,
        mobile: saved.mobile ?? "",
        email: saved.email ?? "",
        locale: saved.locale as (typeof LOCALES)[number],
        notifyByEmail: saved.notifyByEmail,
        notifyBySms: saved.notifyBySms,
      });
      router.refresh(); // the name in the top bar
    }, "account.profile.saved"),
  );

  const errors = formState.errors;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      </div>
      <TextField className="sm:col-span-2" label={t("name")} autoComplete="name" error={errors.name?.message} {...register("name")} />
      <TextField label={t("mobile")} type="tel" dir="ltr" autoComplete="tel" error={errors.mobile?.message} {...register("mobile")} />
      <TextField label={t("email")} type="email" dir="ltr" autoComplete="email" error={errors.email?.message} {...register("email")} />
      {/* How the store reaches the customer (issue 10): the language and the channels they agree to. */}
      <SelectField label={t("locale")} error={errors.locale?.message} {...register("locale")}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>{t(`locales.${l}`)}</option>
        ))}
      </SelectField>
      <fieldset className="flex flex-col gap-2 sm:col-span-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("notifyTitle")}</legend>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" className="size-4 rounded border-slate-300" {...register("notifyBySms")} />
          {t("notifyBySms")}
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" className="size-4 rounded border-slate-300" {...register("notifyByEmail")} />
          {t("notifyByEmail")}
        </label>
        <p className="text-xs text-slate-500">{t("notifyHelp")}</p>
      </fieldset>
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting}>
          {formState.isSubmitting ? t("saving") : t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
