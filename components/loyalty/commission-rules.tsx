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
import { COMMISSION_RULE_FIELDS, commissionRuleSchema, type CommissionRuleInput } from "@/lib/schemas/loyalty";
import { useTRPC } from "@/components/providers/trpc";
import { Switch } from "@/components/rules/switch";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { RuleRowActions } from "./rule-row-actions";
import { useLoyaltyFormat } from "./use-loyalty-format";

const COLUMNS = ["maxDaysSinceSignup", "minOrderAmount", "percent", "active"] as const;

const EMPTY: CommissionRuleInput = { active: true, maxDaysSinceSignup: "", minOrderAmount: "", percent: "" };

/**
 * Referral commissions (P-3, seed 003 پورسانت ها): a referred customer's order placed within the
 * days since their sign-up and of at least the minimum amount credits the percent to the referrer's
 * wallet, once per order. Create and edit in a dialog, switch on and off, delete after confirming.
 */
export function CommissionRules({ canWrite }: { canWrite: boolean }) {
  const t = useTranslations("loyalty.commissionRules");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.commissions.listRules.queryOptions());
  const f = useLoyaltyFormat(list.data?.currency ?? "IRT");
  const [editing, setEditing] = useState<{ id: string } | "new" | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; label: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.commissions.listRules.pathKey() });
  const failed = (e: unknown) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"));
  const setActive = useMutation(trpc.commissions.setRuleActive.mutationOptions({ onSuccess: refresh, onError: failed }));
  const remove = useMutation(
    trpc.commissions.deleteRule.mutationOptions({
      onSuccess: () => {
        toast.success(t("deleted"));
        setDeleting(null);
        void refresh();
      },
      onError: failed,
    }),
  );
  const rows = list.data?.rows ?? [];
  const days = (n: number) => t("days", { count: n, n: formatNumber(n, f.locale) });
  const labelOf = (r: (typeof rows)[number]) => t("ruleLabel", { percent: f.percent(r.percentBp), days: days(r.maxDaysSinceSignup), amount: f.money(r.minOrderAmount) });

  return (
    <div className="flex flex-col gap-3">
      {canWrite && (
        <div>
          <Button data-testid="commission-rule-new" onClick={() => setEditing("new")}>
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
          <table className="w-full text-sm" data-testid="commission-rules-table">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{t(`columns.${c}`)}</th>
                ))}
                <th className="px-3 py-3"><span className="sr-only">{t("columns.actions")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => {
                const label = labelOf(r);
                return (
                  <tr
                    key={r.id}
                    data-testid="commission-rule-row"
                    data-days={r.maxDaysSinceSignup}
                    data-percent-bp={r.percentBp}
                    data-min-order={String(r.minOrderAmount)}
                    data-active={String(r.active)}
                  >
                    <td className="whitespace-nowrap px-3 py-2.5 text-slate-900">{days(r.maxDaysSinceSignup)}</td>
                    <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">{f.money(r.minOrderAmount)}</td>
                    <td className="whitespace-nowrap px-3 py-2.5 font-medium text-slate-900">{t("percentValue", { value: f.percent(r.percentBp) })}</td>
                    <td className="px-3 py-2.5">
                      <Switch
                        checked={r.active}
                        disabled={!canWrite || setActive.isPending}
                        label={t("activeSwitch", { rule: label })}
                        testId="commission-rule-active"
                        onChange={(active) => setActive.mutate({ id: r.id, active })}
                      />
                    </td>
                    <td className="whitespace-nowrap px-3 py-2.5 text-end">
                      {canWrite && (
                        <RuleRowActions
                        testId="commission-rule"
                        editLabel={t("editNamed", { rule: label })}
                        deleteLabel={t("deleteNamed", { rule: label })}
                        onEdit={() => setEditing({ id: r.id })}
                        onDelete={() => setDeleting({ id: r.id, label })}
                      />
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Card>
      <p className="max-w-3xl rounded-lg bg-sky-50 p-3 text-sm text-sky-900 ring-1 ring-sky-200">{t("howPaid")}</p>
      <Dialog open={editing !== null} onOpenChange={(o) => !o && setEditing(null)} title={editing === "new" ? t("createTitle") : t("editTitle")} className="sm:max-w-2xl">
        {editing === "new" && list.data && <CommissionRuleForm currency={list.data.currency} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} />}
        {editing !== null && editing !== "new" && <EditCommissionRule id={editing.id} onDone={() => setEditing(null)} />}
      </Dialog>
      <ConfirmDialog
        open={deleting !== null}
        title={t("deleteTitle")}
        confirm={t("delete")}
        cancel={t("cancel")}
        pending={remove.isPending}
        testId="commission-rule-delete-confirm"
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
        onClose={() => setDeleting(null)}
      >
        {t("deleteHelp", { rule: deleting?.label ?? "" })}
      </ConfirmDialog>
    </div>
  );
}

function EditCommissionRule({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useTranslations("loyalty.commissionRules");
  const trpc = useTRPC();
  const rule = useQuery(trpc.commissions.getRule.queryOptions({ id }, { staleTime: 0 }));
  if (rule.isPending) return <p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p>;
  if (rule.isError) return <FormAlert message={applyServerErrors(rule.error, () => undefined, []) ?? "errors.unexpected"} />;
  return <CommissionRuleForm currency={rule.data.currency} edit={{ id, values: rule.data.values }} onDone={onDone} onCancel={onDone} />;
}

interface FormProps {
  currency: Currency;
  edit?: { id: string; values: CommissionRuleInput };
  onDone: () => void;
  onCancel: () => void;
}

/** Create or edit a commission with the schema the procedure checks; every field is required. */
export function CommissionRuleForm({ currency, edit, onDone, onCancel }: FormProps) {
  const t = useTranslations("loyalty.commissionRules");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.commissions.createRule.mutationOptions());
  const update = useMutation(trpc.commissions.updateRule.mutationOptions());
  const { register, handleSubmit, getValues, setError, formState } = useForm<CommissionRuleInput>({
    resolver: zodResolver(commissionRuleSchema) as never,
    defaultValues: edit?.values ?? EMPTY,
  });
  const { alert, submit } = useFormAlert(setError, COMMISSION_RULE_FIELDS);
  const e = formState.errors;

  const onSubmit = handleSubmit(() =>
    submit(async () => {
      const values = getValues();
      if (edit) await update.mutateAsync({ id: edit.id, ...values });
      else await create.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: trpc.commissions.listRules.pathKey() });
      toast.success(t("saved"));
      onDone();
    }),
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2" data-testid="commission-rule-form" aria-label={edit ? t("editTitle") : t("createTitle")}>
      <div className="sm:col-span-2">
        <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
        <p className="mt-1 text-xs text-slate-500">{t("allRequired")}</p>
      </div>
      <TextField
        label={`${t("maxDaysSinceSignup")} *`}
        hint={t("maxDaysSinceSignupHint")}
        inputMode="numeric"
        dir="ltr"
        autoComplete="off"
        error={e.maxDaysSinceSignup?.message}
        {...register("maxDaysSinceSignup")}
      />
      <TextField
        label={`${t("minOrderAmount", { currency: tAll(`money.${currency}`) })} *`}
        hint={t("minOrderAmountHint")}
        inputMode="decimal"
        dir="ltr"
        autoComplete="off"
        error={e.minOrderAmount?.message}
        {...register("minOrderAmount")}
      />
      <TextField className="sm:col-span-2" label={`${t("percent")} *`} hint={t("percentHint")} inputMode="decimal" dir="ltr" autoComplete="off" error={e.percent?.message} {...register("percent")} />
      <label className="flex items-center gap-2 text-sm font-medium text-slate-700 sm:col-span-2">
        <input type="checkbox" className="size-4 rounded border-slate-300" {...register("active")} />
        {t("active")}
      </label>
      <div className="flex gap-2 sm:col-span-2">
        <SubmitButton pending={formState.isSubmitting}>{formState.isSubmitting ? t("saving") : edit ? t("save") : t("create")}</SubmitButton>
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
