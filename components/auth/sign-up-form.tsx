"use client";

import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { signUpSchema, type SignUpData, type SignUpInput } from "@/lib/schemas/auth";
import { applyServerErrors } from "@/lib/form-errors";
import { customFieldValuesSchema, type CustomFieldDef } from "@/lib/custom-fields";
import { CustomFieldInput } from "@/components/customers/custom-field-input";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { AuthCard } from "./auth-card";
import { signInWithPassword } from "./sign-in-form";

const FIELDS = ["name", "username", "mobile", "email", "password", "referrer"] as const;

/**
 * A visitor's sign-up, with the custom fields the store asks at sign-up (C-6) and who referred them
 * (issue 7: a referral code, a username or a referral link; filled from the link's ?ref=).
 */
export function SignUpForm({ fields = [], referrer = "" }: { fields?: CustomFieldDef[]; referrer?: string }) {
  const t = useTranslations("auth.signUp");
  const locale = useLocale();
  const trpc = useTRPC();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const schema = useMemo(() => signUpSchema.extend({ customFields: customFieldValuesSchema(fields) }), [fields]);
  const { register, control, handleSubmit, getValues, setError, formState } = useForm<SignUpInput, unknown, SignUpData>({
    resolver: zodResolver(schema as unknown as typeof signUpSchema),
    defaultValues: { name: "", username: "", mobile: "", email: "", password: "", customFields: {}, referrer },
  });
  const fieldNames = [...FIELDS, ...fields.map((f) => `customFields.${f.id}`)];

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    // The raw values: the server parses them with the same schema.
    const values = getValues();
    try {
      const created = await signUp.mutateAsync(values);
      // With sign-up approval on (C-8) there is nothing to sign in to until an admin approves.
      if (created.pending) return setPending(true);
    } catch (e) {
      return setFormError(applyServerErrors(e, setError, fieldNames));
    }
    const refused = await signInWithPassword(values.username, values.password);
    if (refused) return setFormError(refused);
    window.location.assign(`/${locale}/account`);
  });

  const errors = formState.errors;
  const customErrors = (errors.customFields ?? {}) as Record<string, { message?: string } | undefined>;
  if (pending) {
    return (
      <AuthCard
        title={t("pendingTitle")}
        subtitle={t("pendingDescription")}
        footer={<Link href="/sign-in" className="font-semibold text-brand-700 hover:underline">{t("signInLink")}</Link>}
      >
        <FormAlert message="auth.signUp.pendingDescription" tone="success" />
      </AuthCard>
    );
  }
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
        <TextField
          label={t("referrer")}
          hint={t("referrerHint")}
          autoComplete="off"
          dir="ltr"
          data-testid="sign-up-referrer"
          error={errors.referrer?.message}
          {...register("referrer")}
        />
        {fields.map((def) => (
          <Controller
            key={def.id}
            control={control}
            name={`customFields.${def.id}` as "customFields"}
            render={({ field }) => <CustomFieldInput def={def} value={field.value} onChange={field.onChange} error={customErrors[def.id]?.message} />}
          />
        ))}
        <SubmitButton pending={formState.isSubmitting} className="mt-2 w-full">
          {formState.isSubmitting ? t("submitting") : t("submit")}
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
