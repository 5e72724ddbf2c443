"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { passwordChangeSchema, type PasswordChangeInput } from "@/lib/schemas/profile";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { signInWithPassword } from "@/components/auth/sign-in-form";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;
const EMPTY = { currentPassword: "", newPassword: "", confirmPassword: "" };

/** A new password signs out every other device; this one signs in again with it. */
export function PasswordForm({ username }: { username: string }) {
  const t = useTranslations("account.profile");
  const trpc = useTRPC();
  const change = useMutation(trpc.profile.changePassword.mutationOptions());
  const { register, handleSubmit, getValues, setError, reset, formState } = useForm<PasswordChangeInput>({
    resolver: zodResolver(passwordChangeSchema),
    defaultValues: EMPTY,
  });

  const { alert, setAlert, submit } = useFormAlert(setError, FIELDS);

  const onSubmit = handleSubmit(async () => {
    const values = getValues();
    if (!(await submit(() => change.mutateAsync(values)))) return;
    const refused = await signInWithPassword(username, values.newPassword);
    reset(EMPTY);
    setAlert(refused ? { message: refused, tone: "error" } : { message: "account.profile.passwordChanged", tone: "success" });
  });

  const errors = formState.errors;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-3">
      <div className="sm:col-span-3">
        <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      </div>
      <TextField label={t("currentPassword")} type="password" autoComplete="current-password" error={errors.currentPassword?.message} {...register("currentPassword")} />
      <TextField label={t("newPassword")} type="password" autoComplete="new-password" error={errors.newPassword?.message} {...register("newPassword")} />
      <TextField label={t("confirmPassword")} type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...register("confirmPassword")} />
      <div className="sm:col-span-3">
        <SubmitButton variant="secondary" pending={formState.isSubmitting}>
          {t("changePassword")}
        </SubmitButton>
      </div>
    </form>
  );
}
