"use client";

import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { staffCreateSchema, type StaffCreateData, type StaffCreateInput } from "@/lib/schemas/staff";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { RoleChecklist } from "./role-checklist";

const FIELDS = ["name", "username", "email", "mobile", "password", "roleIds"] as const;
const EMPTY: StaffCreateInput = { name: "", username: "", email: "", mobile: "", password: "", roleIds: [] };

export function StaffCreateForm({ roles, onCreated }: { roles: { id: string; label: string }[]; onCreated: () => void }) {
  const t = useTranslations("staff.create");
  const trpc = useTRPC();
  const create = useMutation(trpc.staff.create.mutationOptions());
  const { register, control, handleSubmit, getValues, setError, reset, formState } = useForm<StaffCreateInput, unknown, StaffCreateData>({
    resolver: zodResolver(staffCreateSchema),
    defaultValues: EMPTY,
  });

  const { alert, submit } = useFormAlert(setError, FIELDS);

  const onSubmit = handleSubmit(() =>
    submit(async () => {
      await create.mutateAsync(getValues());
      reset(EMPTY);
      onCreated();
    }, "staff.create.done"),
  );

  const errors = formState.errors;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      </div>
      <TextField label={t("name")} error={errors.name?.message} {...register("name")} />
      <TextField label={t("username")} dir="ltr" autoComplete="off" error={errors.username?.message} {...register("username")} />
      <TextField label={t("email")} hint={t("optional")} type="email" dir="ltr" error={errors.email?.message} {...register("email")} />
      <TextField label={t("mobile")} hint={t("optional")} type="tel" dir="ltr" error={errors.mobile?.message} {...register("mobile")} />
      <TextField label={t("password")} type="password" autoComplete="new-password" error={errors.password?.message} {...register("password")} />
      <Controller
        control={control}
        name="roleIds"
        render={({ field, fieldState }) => (
          <RoleChecklist legend={t("roles")} roles={roles} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
        )}
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
