"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { profileUpdateSchema, type ProfileUpdateData, type ProfileUpdateInput } from "@/lib/schemas/profile";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";

const FIELDS = ["name", "mobile", "email"] as const;

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
      reset({ name: saved.name, mobile: saved.mobile ?? "", email: saved.email ?? "" });
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
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting}>
          {formState.isSubmitting ? t("saving") : t("save")}
        </SubmitButton>
      </div>
    </form>
  );
}
