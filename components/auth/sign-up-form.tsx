"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { signUpSchema, type SignUpData, type SignUpInput } from "@/lib/schemas/auth";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { AuthCard } from "./auth-card";
import { signInWithPassword } from "./sign-in-form";

const FIELDS = ["name", "username", "mobile", "email", "password"] as const;

export function SignUpForm() {
  const t = useTranslations("auth.signUp");
  const locale = useLocale();
  const trpc = useTRPC();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, getValues, setError, formState } = useForm<SignUpInput, unknown, SignUpData>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", username: "", mobile: "", email: "", password: "" },
  });

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    // The raw values: the server parses them with the same schema.
    const values = getValues();
    try {
      await signUp.mutateAsync(values);
    } catch (e) {
      return setFormError(applyServerErrors(e, setError, FIELDS));
    }
    const refused = await signInWithPassword(values.username, values.password);
    if (refused) return setFormError(refused);
    window.location.assign(`/${locale}/account`);
  });

  const errors = formState.errors;
  return (
    <AuthCard
      title={t("title")}
      subtitle={t("subtitle")}
      footer={
        <>
          {t("haveAccount")}{" "}
          <Link href="/sign-in" className="font-semibold text-brand-700 hover:underline">
            {t("signInLink")}
          </Link>
        </>
      }
    >
      <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <FormAlert message={formError} />
        <TextField label={t("name")} autoComplete="name" error={errors.name?.message} {...register("name")} />
        <TextField label={t("username")} hint={t("usernameHint")} autoComplete="username" dir="ltr" error={errors.username?.message} {...register("username")} />
        <TextField label={t("mobile")} hint={t("mobileHint")} type="tel" inputMode="tel" autoComplete="tel" dir="ltr" error={errors.mobile?.message} {...register("mobile")} />
        <TextField label={t("email")} hint={t("optional")} type="email" autoComplete="email" dir="ltr" error={errors.email?.message} {...register("email")} />
        <TextField label={t("password")} hint={t("passwordHint")} type="password" autoComplete="new-password" error={errors.password?.message} {...register("password")} />
        <SubmitButton pending={formState.isSubmitting} className="mt-2 w-full">
          {formState.isSubmitting ? t("submitting") : t("submit")}
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
