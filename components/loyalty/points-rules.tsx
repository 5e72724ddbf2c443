"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { toast } from "sonner";
import { formatNumber } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import type { Currency } from "@/lib/money";
import { POINTS_RULE_FIELDS, pointsRuleSchema, type PointsRuleInput } from "@/lib/schemas/loyalty";
import { useTRPC } from "@/components/providers/trpc";
import { Switch } from "@/components/rules/switch";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { RuleRowActions } from "./rule-row-actions";
import { useLoyaltyFormat } from "./use-loyalty-format";

const COLUMNS = ["name", "type", "minOrderTotal", "minItemCount", "points", "referrerPoints", "active"] as const;

const EMPTY: PointsRuleInput = { name: "", active: true, minOrderTotal: "", minItemCount: "", points: "", referrerPoints: "" };

/**
 * The variable points rules (P-1, seed 003 امتیازهای متغیر): a completed order with total ≥ the
 * minimum price OR items ≥ the minimum count earns the points, its buyer's referrer the referrer
 * points. Create and edit in a dialog, switch on and off, delete after a confirmation.
 */
export function PointsRules({ canWrite }: { canWrite: boolean }) {
  const t = useTranslations("loyalty.pointsRules");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.points.listRules.queryOptions());
  const f = useLoyaltyFormat(list.data?.currency ?? "IRT");
  const [editing, setEditing] = useState<{ id: string; name: string } | "new" | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.points.pathKey() });
  const failed = (e: unknown) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"));
  const setActive = useMutation(trpc.points.setRuleActive.mutationOptions({ onSuccess: refresh, onError: failed }));
  const remove = useMutation(
    trpc.points.deleteRule.mutationOptions({
      onSuccess: () => {
        toast.success(t("deleted"));
        setDeleting(null);
        void refresh();
      },
      onError: failed,
    }),
  );
  const rows = list.data?.rows ?? [];

  return (
    <div className="flex flex-col gap-3">
      {canWrite && (
        <div>
          <Button data-testid="points-rule-new" onClick={() => setEditing("new")}>
            <Plus className="size-4" aria-hidden />
            {t("new")}
          </Button>
        </div>
      )}
      <Card className="overflow-x-auto p-0 sm:p-0">
        {list.isPending ? (
          <p className="p-5 text-sm text-slate-500" aria-busy="true">{t("loading")}</p>
        ) : list.isError ? (
          <div className="p-5">
            <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
          </div>
        ) : rows.length === 0 ? (
          <div className="p-4">
            <EmptyState title={t("emptyTitle")} description={t("empty")} />
          </div>
        ) : (
          <table className="w-full text-sm" data-testid="points-rules-table">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{t(`columns.${c}`)}</th>
                ))}
                <th className="px-3 py-3"><span className="sr-only">{t("columns.actions")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} data-testid="points-rule-row" data-name={r.name} data-active={String(r.active)}>
                  <td className="px-3 py-2.5 font-medium text-slate-900">{r.name}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">{t(`types.${r.type}`)}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">
                    {r.minOrderTotal === null ? <span className="text-slate-500">{t("noCondition")}</span> : f.money(r.minOrderTotal)}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">
                    {r.minItemCount === null ? <span className="text-slate-500">{t("noCondition")}</span> : t("items", { count: r.minItemCount, n: formatNumber(r.minItemCount, f.locale) })}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 font-medium text-slate-900" data-testid="points-rule-points">{f.points(r.points)}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">{f.points(r.referrerPoints)}</td>
                  <td className="px-3 py-2.5">
                    <Switch
                      checked={r.active}
                      disabled={!canWrite || setActive.isPending}
                      label={t("activeSwitch", { name: r.name })}
                      testId="points-rule-active"
                      onChange={(active) => setActive.mutate({ id: r.id, active })}
                    />
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-end">
                    {canWrite && (
                      <RuleRowActions
                        testId="points-rule"
                        editLabel={t("editNamed", { name: r.name })}
                        deleteLabel={t("deleteNamed", { name: r.name })}
                        onEdit={() => setEditing({ id: r.id, name: r.name })}
                        onDelete={() => setDeleting({ id: r.id, name: r.name })}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <p className="max-w-3xl rounded-lg bg-sky-50 p-3 text-sm text-sky-900 ring-1 ring-sky-200">{t("howMatched")}</p>
      <Dialog open={editing !== null} onOpenChange={(o) => !o && setEditing(null)} title={editing === "new" ? t("createTitle") : t("editTitle")} className="sm:max-w-2xl">
        {editing === "new" && list.data && <PointsRuleForm currency={list.data.currency} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} />}
        {editing !== null && editing !== "new" && <EditPointsRule id={editing.id} onDone={() => setEditing(null)} />}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={t("deleteTitle")}
        confirm={t("delete")}
        cancel={t("cancel")}
        pending={remove.isPending}
        testId="points-rule-delete-confirm"
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
        onClose={() => setDeleting(null)}
      >
        {t("deleteHelp", { name: deleting?.name ?? "" })}
      </ConfirmDialog>
    </div>
  );
}

/** Loads the rule's form values (money in major units, points as decimals), then the form. */
function EditPointsRule({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useTranslations("loyalty.pointsRules");
  const trpc = useTRPC();
  const rule = useQuery(trpc.points.getRule.queryOptions({ id }, { staleTime: 0 }));
  if (rule.isPending) return <p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p>;
  if (rule.isError) return <FormAlert message={applyServerErrors(rule.error, () => undefined, []) ?? "errors.unexpected"} />;
  return <PointsRuleForm currency={rule.data.currency} edit={{ id, values: rule.data.values }} onDone={onDone} onCancel={onDone} />;
}

interface FormProps {
  currency: Currency;
  edit?: { id: string; values: PointsRuleInput };
  onDone: () => void;
  onCancel: () => void;
}

/** Create or edit a points rule with the schema the procedure checks; server errors go beside their fields. */
export function PointsRuleForm({ currency, edit, onDone, onCancel }: FormProps) {
  const t = useTranslations("loyalty.pointsRules");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.points.createRule.mutationOptions());
  const update = useMutation(trpc.points.updateRule.mutationOptions());
  const { register, handleSubmit, getValues, setError, formState } = useForm<PointsRuleInput>({
    resolver: zodResolver(pointsRuleSchema) as never,
    defaultValues: edit?.values ?? EMPTY,
  });
  const { alert, submit } = useFormAlert(setError, POINTS_RULE_FIELDS);
  const e = formState.errors;

  const onSubmit = handleSubmit(() =>
    submit(async () => {
      const values = getValues();
      if (edit) await update.mutateAsync({ id: edit.id, ...values });
      else await create.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: trpc.points.pathKey() });
      toast.success(t("saved"));
      onDone();
    }),
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" data-testid="points-rule-form" aria-label={edit ? t("editTitle") : t("createTitle")}>
      <div className="sm:col-span-2">
        <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      </div>
      <TextField className="sm:col-span-2" label={`${t("name")} *`} hint={t("nameHint")} autoComplete="off" error={e.name?.message} {...register("name")} />
      <SelectField name="type" label={t("type")} value="ORDER" disabled onChange={() => undefined} className="sm:col-span-2">
        <option value="ORDER">{t("types.ORDER")}</option>
      </SelectField>
      <p className="-mt-2 text-xs text-slate-500 sm:col-span-2">{t("typeHint")}</p>
      <TextField
        label={t("minOrderTotal", { currency: tAll(`money.${currency}`) })}
        hint={t("minOrderTotalHint")}
        inputMode="decimal"
        dir="ltr"
        autoComplete="off"
        error={e.minOrderTotal?.message}
        {...register("minOrderTotal")}
      />
      <TextField label={t("minItemCount")} hint={t("minItemCountHint")} inputMode="numeric" dir="ltr" autoComplete="off" error={e.minItemCount?.message} {...register("minItemCount")} />
      <TextField label={`${t("points")} *`} hint={t("pointsHint")} inputMode="decimal" dir="ltr" autoComplete="off" error={e.points?.message} {...register("points")} />
      <TextField label={t("referrerPoints")} hint={t("referrerPointsHint")} inputMode="decimal" dir="ltr" autoComplete="off" error={e.referrerPoints?.message} {...register("referrerPoints")} />
      <label className="flex items-center gap-2 text-sm font-medium text-slate-700 sm:col-span-2">
        <input type="checkbox" className="size-4 rounded border-slate-300" {...register("active")} />
        {t("active")}
      </label>
      <p className="text-xs text-slate-500 sm:col-span-2">{t("orHelp")}</p>
      <div className="flex gap-2 sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting}>{formState.isSubmitting ? t("saving") : edit ? t("save") : t("create")}</SubmitButton>
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
