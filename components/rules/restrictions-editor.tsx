"use client";

import { Controller, useForm, type Control } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { nameIn, type LocalizedText } from "@/lib/localized";
import { applyServerErrors } from "@/lib/form-errors";
import { RESTRICTION_KIND_KEYS, restrictionUpdateSchema, type RestrictionKind, type RestrictionUpdateInput } from "@/lib/schemas/restrictions";
import { useTRPC } from "@/components/providers/trpc";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { Switch } from "./switch";

interface Option {
  id: string;
  code: string;
  name: LocalizedText;
  kind?: string;
  active: boolean;
  disabled: boolean;
}

type GroupView = { group: { id: string; name: string } } & Record<RestrictionKind, Option[]>;

/** Pick a group, then switch its warehouses, shipping and payment methods on or off (R-1). */
export function RestrictionsEditor({ groups, groupId, canWrite }: { groups: { id: string; name: string }[]; groupId: string | null; canWrite: boolean }) {
  const t = useTranslations("rules.restrictions");
  const router = useRouter();
  const trpc = useTRPC();
  const view = useQuery({ ...trpc.restrictions.get.queryOptions({ groupId: groupId ?? "" }), enabled: !!groupId });

  return (
    <div className="flex flex-col gap-4">
      <Card className="flex flex-col gap-3">
        {groups.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noGroups")}</p>
        ) : (
          <SelectField
            name="group"
            label={t("group")}
            className="max-w-sm"
            value={groupId ?? ""}
            onChange={(e) => router.replace(e.target.value ? `/admin/restrictions?group=${e.target.value}` : "/admin/restrictions")}
          >
            <option value="">{t("pickGroup")}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>{g.name}</option>
            ))}
          </SelectField>
        )}
        <p className="rounded-lg bg-sky-50 p-3 text-sm text-sky-900 ring-1 ring-sky-200" data-testid="restrictions-help">{t("help")}</p>
      </Card>
      {groupId && view.isPending && <Card><p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p></Card>}
      {groupId && view.isError && <Card><FormAlert message={applyServerErrors(view.error, () => undefined, []) ?? "errors.unexpected"} /></Card>}
      {view.data && view.data.group.id === groupId && <GroupSwitches key={groupId} view={view.data as GroupView} canWrite={canWrite} />}
    </div>
  );
}

const FIELDS = RESTRICTION_KIND_KEYS.map((k) => `disabled.${k}`);

function GroupSwitches({ view, canWrite }: { view: GroupView; canWrite: boolean }) {
  const t = useTranslations("rules.restrictions");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.restrictions.update.mutationOptions());
  const form = useForm<RestrictionUpdateInput>({
    resolver: zodResolver(restrictionUpdateSchema) as never,
    defaultValues: {
      groupId: view.group.id,
      disabled: Object.fromEntries(RESTRICTION_KIND_KEYS.map((k) => [k, view[k].filter((o) => o.disabled).map((o) => o.id)])) as RestrictionUpdateInput["disabled"],
    },
  });
  const { alert, submit } = useFormAlert(form.setError, FIELDS);
  const onSubmit = form.handleSubmit(() =>
    submit(async () => {
      const values = form.getValues();
      await update.mutateAsync(values);
      form.reset(values);
      // Coming back to this group (or to a customer's card) must show what was saved, not the cache.
      await queryClient.invalidateQueries({ queryKey: trpc.restrictions.pathKey() });
    }, "rules.restrictions.saved"),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("formLabel", { group: view.group.name })}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <div className="grid gap-4 lg:grid-cols-3">
        {RESTRICTION_KIND_KEYS.map((kind) => (
          <OptionSwitches key={kind} kind={kind} options={view[kind]} control={form.control} canWrite={canWrite} error={form.formState.errors.disabled?.[kind]?.message} />
        ))}
      </div>
      {canWrite ? (
        <div>
          <SubmitButton pending={form.formState.isSubmitting}>{form.formState.isSubmitting ? t("saving") : t("save")}</SubmitButton>
        </div>
      ) : (
        <p className="text-sm text-slate-500">{t("readOnly")}</p>
      )}
    </form>
  );
}

function OptionSwitches({ kind, options, control, canWrite, error }: { kind: RestrictionKind; options: Option[]; control: Control<RestrictionUpdateInput>; canWrite: boolean; error?: string }) {
  const t = useTranslations("rules");
  const tAll = useTranslations();
  const locale = useLocale();
  return (
    <Card className="p-0 sm:p-0">
      <fieldset data-testid={`restrictions-${kind}`}>
        <legend className="block w-full border-b border-slate-100 px-4 py-3 text-sm font-semibold text-slate-800">{t(`restrictions.${kind}`)}</legend>
        {options.length === 0 ? (
          <p className="px-4 py-3 text-sm text-slate-500">{t("restrictions.empty")}</p>
        ) : (
          <Controller
            control={control}
            name={`disabled.${kind}`}
            render={({ field }) => {
              const off = (field.value ?? []) as string[];
              return (
                <ul className="divide-y divide-slate-100">
                  {options.map((o) => {
                    const on = !off.includes(o.id);
                    const label = nameIn(o.name, locale);
                    return (
                      <li key={o.id} className="flex items-center justify-between gap-3 px-4 py-3" data-testid="restriction-option" data-code={o.code}>
                        <div className="min-w-0">
                          <p className="text-sm font-medium text-slate-900">{label}</p>
                          <p className="text-xs text-slate-500">
                            <span dir="ltr">{o.code}</span>
                            {o.kind && ` · ${t(`paymentKinds.${o.kind}`)}`}
                            {!o.active && ` · ${t("restrictions.inactive")}`}
                          </p>
                        </div>
                        <div className="flex items-center gap-2">
                          <span className={on ? "text-xs text-emerald-700" : "text-xs text-rose-700"}>{on ? t("restrictions.on") : t("restrictions.off")}</span>
                          <Switch
                            checked={on}
                            disabled={!canWrite}
                            label={t("restrictions.switchLabel", { name: label })}
                            onChange={(next) => field.onChange(next ? off.filter((id) => id !== o.id) : [...off, o.id])}
                          />
                        </div>
                      </li>
                    );
                  })}
                </ul>
              );
            }}
          />
        )}
        {error && <p data-field-error={`disabled.${kind}`} className="px-4 pb-3 text-xs font-medium text-rose-600">{tAll(error)}</p>}
      </fieldset>
    </Card>
  );
}
