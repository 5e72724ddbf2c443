"use client";

import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { roleFormSchema, type RoleFormInput } from "@/lib/schemas/roles";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { PermissionMatrix } from "./permission-matrix";

const FIELDS = ["name", "description", "permissions"] as const;

/** Creates a role (no id) or edits one; the admin role's matrix is fixed. */
export function RoleForm({ role }: { role?: { id: string; key: string | null } & RoleFormInput }) {
  const t = useTranslations("roles.editor");
  const router = useRouter();
  const trpc = useTRPC();
  const create = useMutation(trpc.roles.create.mutationOptions());
  const update = useMutation(trpc.roles.update.mutationOptions());
  const { register, control, handleSubmit, getValues, setError, formState } = useForm<RoleFormInput>({
    resolver: zodResolver(roleFormSchema),
    defaultValues: role ? { name: role.name, description: role.description ?? "", permissions: role.permissions } : { name: "", description: "", permissions: [] },
  });

  const { alert, submit } = useFormAlert(setError, FIELDS);

  const onSubmit = handleSubmit(() =>
    role
      ? submit(async () => {
          await update.mutateAsync({ id: role.id, ...getValues() });
          router.refresh();
        }, "roles.editor.saved")
      : submit(async () => {
          const created = await create.mutateAsync(getValues());
          router.push(`/admin/roles/${created.id}`);
        }),
  );

  const errors = formState.errors;
  const fixed = role?.key === "admin";
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("name")} error={errors.name?.message} {...register("name")} />
        <TextField label={t("description")} hint={t("descriptionHint")} error={errors.description?.message} {...register("description")} />
      </div>
      <div>
        <h2 className="mb-1 font-semibold text-slate-900">{t("permissions")}</h2>
        <p className="mb-3 text-sm text-slate-600">{fixed ? t("adminFixed") : t("permissionsHint")}</p>
        <Controller
          control={control}
          name="permissions"
          render={({ field }) => <PermissionMatrix value={field.value} onChange={field.onChange} disabled={fixed} />}
        />
        {errors.permissions?.message && <FormAlert message={errors.permissions.message} />}
      </div>
      <div>
        <SubmitButton pending={formState.isSubmitting}>{role ? t("save") : t("create")}</SubmitButton>
      </div>
    </form>
  );
}
