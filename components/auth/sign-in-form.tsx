"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { signIn } from "next-auth/react";
import { Link } from "@/i18n/navigation";
import { signInSchema, type SignInInput } from "@/lib/schemas/auth";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { AuthCard } from "./auth-card";

const REFUSALS = new Set(["invalid", "blocked", "inactive", "pending", "rateLimited"]);

/** Signs in with credentials; a refused sign-in says why, translated. */
export async function signInWithPassword(identifier: string, password: string): Promise<string | null> {
  const result = await signIn("credentials", { identifier, password, redirect: false });
  if (!result?.error) return null;
  return `auth.signIn.refused.${result.code && REFUSALS.has(result.code) ? result.code : "invalid"}`;
}

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations("auth.signIn");
  const locale = useLocale();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, getValues, formState } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { identifier: "", password: "" },
  });

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const { identifier, password } = getValues();
    const refused = await signInWithPassword(identifier, password);
    if (refused) return setFormError(refused);
    // A full load, so every server component sees the new session.
    window.location.assign(callbackUrl ?? `/${locale}/account`);
  });

  const errors = formState.errors;
  return (
    <AuthCard
      title={t("title")}
      subtitle={t("subtitle")}
      footer={
        <>
          {t("noAccount")}{" "}
          <Link href="/sign-up" className="font-semibold text-brand-700 hover:underline">
            {t("signUpLink")}
          </Link>
        </>
      }
    >
      <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <FormAlert message={formError} />
        <TextField label={t("identifier")} hint={t("identifierHint")} autoComplete="username" error={errors.identifier?.message} {...register("identifier")} />
        <TextField label={t("password")} type="password" autoComplete="current-password" error={errors.password?.message} {...register("password")} />
        <SubmitButton pending={formState.isSubmitting} className="mt-2 w-full">
          {formState.isSubmitting ? t("submitting") : t("submit")}
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
