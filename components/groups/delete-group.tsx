"use client";

import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { formatNumber, type AppLocale } from "@/lib/format";
import { groupDeleteSchema, MEMBER_FATES, type GroupDeleteInput } from "@/lib/schemas/groups";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";

interface Props {
  groupId: string;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Deleting a group: says what goes with it (restrictions, order limits, the default setting) and,
 * when it has members, asks whether to move them to another group or only take them out of this one.
 */
export function DeleteGroup({ groupId, onDone, onCancel }: Props) {
  const t = useTranslations("groups.delete");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const preview = useQuery(trpc.groups.deletePreview.queryOptions({ id: groupId }));
  const options = useQuery(trpc.groups.options.queryOptions());
  const remove = useMutation(trpc.groups.delete.mutationOptions());
  const members = preview.data?.members ?? 0;
  // The server asks for the choice too; the form says so before sending.
  const schema = useMemo(
    () => groupDeleteSchema.refine((v) => members === 0 || v.members, { path: ["members"], message: "errors.groups.membersChoice" }),
    [members],
  );
  const { register, handleSubmit, getValues, setError, watch, formState } = useForm<GroupDeleteInput>({
    resolver: zodResolver(schema) as never,
    defaultValues: { id: groupId, members: undefined, moveToGroupId: "" },
  });
  const { alert, submit } = useFormAlert(setError, ["members", "moveToGroupId"]);
  const fate = watch("members");
  const others = (options.data ?? []).filter((g) => g.id !== groupId);

  const onSubmit = handleSubmit(() =>
    submit(async () => {
      const v = getValues();
      const r = await remove.mutateAsync(members > 0 ? v : { id: groupId });
      const name = preview.data?.name ?? "";
      if (r.movedTo) toast.success(t("moved", { name, count: r.moved, group: r.movedTo.name }));
      else if (r.removed) toast.success(t("removed", { name, count: r.removed }));
      else toast.success(t("done", { name }));
      onDone();
    }),
  );

  if (preview.isPending) return <p className="text-sm text-slate-500">{t("loading")}</p>;
  if (preview.isError) return <FormAlert message="errors.unexpected" />;
  const p = preview.data;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <p className="text-sm text-slate-700">{t("cascade", { restrictions: formatNumber(p.restrictions, locale), orderLimits: formatNumber(p.orderLimits, locale) })}</p>
      {p.isDefault && <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">{t("isDefault")}</p>}
      {members === 0 ? (
        <p className="text-sm text-slate-700">{t("noMembers")}</p>
      ) : (
        <fieldset aria-describedby={formState.errors.members ? "delete-members-error" : undefined}>
          <legend className="mb-2 text-sm font-medium text-slate-800">{t("withMembers", { count: members })}</legend>
          <div className="flex flex-col gap-2">
            {MEMBER_FATES.map((f) => (
              <label key={f} className="flex items-center gap-2 text-sm">
                <input type="radio" value={f} className="size-4" {...register("members")} />
                {t(f)}
              </label>
            ))}
          </div>
          {formState.errors.members?.message && (
            <p id="delete-members-error" data-field-error="members" className="mt-1 text-xs font-medium text-rose-600">{tAll(formState.errors.members.message)}</p>
          )}
        </fieldset>
      )}
      {members > 0 && fate === "move" && (
        <SelectField label={t("moveTo")} error={formState.errors.moveToGroupId?.message} {...register("moveToGroupId")}>
          <option value="">{t("pick")}</option>
          {others.map((g) => (
            <option key={g.id} value={g.id}>{g.name}</option>
          ))}
        </SelectField>
      )}
      <div className="flex gap-2">
        <SubmitButton variant="danger" pending={formState.isSubmitting}>{t("submit")}</SubmitButton>
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
