"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { roleDeleteSchema, type RoleDeleteInput } from "@/lib/schemas/roles";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";

/** Deletes a role; when users still hold it the admin picks the role they move to. */
export function DeleteRole({ roleId, users, others }: { roleId: string; users: number; others: { id: string; label: string }[] }) {
  const t = useTranslations("roles.delete");
  const router = useRouter();
  const trpc = useTRPC();
  const remove = useMutation(trpc.roles.delete.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { register, handleSubmit, getValues, setError, formState } = useForm<RoleDeleteInput>({
    resolver: zodResolver(roleDeleteSchema),
    defaultValues: { id: roleId, moveToRoleId: undefined },
  });

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    try {
      const { moveToRoleId } = getValues();
      await remove.mutateAsync({ id: roleId, moveToRoleId: moveToRoleId || undefined });
      router.push("/admin/roles");
      router.refresh();
    } catch (e) {
      setFormError(applyServerErrors(e, setError, ["moveToRoleId"]));
    }
  });

  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)} className="text-sm font-medium text-rose-700 hover:underline">
        {t("start")}
      </button>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-3 rounded-xl bg-rose-50 p-4 ring-1 ring-rose-200">
      <p className="text-sm text-rose-900">{users > 0 ? t("withUsers", { count: users }) : t("confirm")}</p>
      <FormAlert message={formError} />
      {users > 0 && (
        <SelectField label={t("moveTo")} error={formState.errors.moveToRoleId?.message} {...register("moveToRoleId")}>
          <option value="">{t("pick")}</option>
          {others.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </SelectField>
      )}
      <div className="flex gap-2">
        <SubmitButton variant="danger" pending={formState.isSubmitting}>
          {t("submit")}
        </SubmitButton>
        <button type="button" className="text-sm text-slate-600 hover:underline" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
