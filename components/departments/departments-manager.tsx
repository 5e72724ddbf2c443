"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, MoreHorizontal, Plus } from "lucide-react";
import { nameIn } from "@/lib/localized";
import { formatList, formatNumber, type AppLocale } from "@/lib/format";
import type { DepartmentInput } from "@/lib/schemas/departments";
import { useTRPC } from "@/components/providers/trpc";
import { ActiveBadge } from "@/components/catalog/active-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { ActionMenu } from "@/components/ui/menu";
import { DepartmentForm } from "./department-form";
import { DeleteDepartmentDialog, errorKey } from "./delete-department-dialog";
import type { StaffMember } from "./staff-picker";

export interface DepartmentRow {
  id: string;
  name: { fa: string; ar: string; en: string };
  description: string | null;
  active: boolean;
  notify: DepartmentInput["notify"];
  staff: StaffMember[];
  threads: number;
}

const EMPTY: DepartmentInput = { name: { fa: "", ar: "", en: "" }, description: "", active: true, notify: "SMS", staffIds: [] };

/** The departments of the inbox, in their order, with create, edit, (de)activate, delete and reorder. */
export function DepartmentsManager({ canWrite }: { canWrite: boolean }) {
  const t = useTranslations("departments");
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.departments.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.departments.list.queryKey() });
  const create = useMutation(trpc.departments.create.mutationOptions());
  const update = useMutation(trpc.departments.update.mutationOptions());
  const activate = useMutation(trpc.departments.activate.mutationOptions());
  const deactivate = useMutation(trpc.departments.deactivate.mutationOptions());
  const reorder = useMutation(trpc.departments.reorder.mutationOptions());
  const remove = useMutation(trpc.departments.delete.mutationOptions());
  const [editing, setEditing] = useState<DepartmentRow | "new" | null>(null);
  const [deleting, setDeleting] = useState<DepartmentRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rows = list.data as DepartmentRow[] | undefined;

  /** Runs a row action; a refusal shows above the list. */
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorKey(e));
    }
    await refresh();
  };
  const setActive = (r: DepartmentRow, active: boolean) => act(() => (active ? activate : deactivate).mutateAsync({ id: r.id }));
  const move = (index: number, by: -1 | 1) =>
    act(async () => {
      const ids = rows!.map((r) => r.id);
      [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
      await reorder.mutateAsync({ ids });
    });

  return (
    <div className="flex flex-col gap-4">
      {canWrite && (
        <div>
          <Button onClick={() => setEditing("new")} data-testid="add-department">
            <Plus className="size-4" aria-hidden />
            {t("add")}
          </Button>
        </div>
      )}
      <FormAlert message={error ?? (list.error ? errorKey(list.error) : null)} />
      {rows === undefined ? (
        !list.error && <Card><p className="text-sm text-slate-500">{t("loading")}</p></Card>
      ) : rows.length === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyHelp")} />
      ) : (
        <Card className="overflow-x-auto p-0 sm:p-0">
          <table className="w-full text-sm" data-testid="departments-table">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                <th className="px-3 py-3 text-start font-medium">{t("columns.name")}</th>
                <th className="px-3 py-3 text-start font-medium">{t("columns.staff")}</th>
                <th className="px-3 py-3 text-start font-medium">{t("columns.notify")}</th>
                <th className="px-3 py-3 text-start font-medium">{t("columns.threads")}</th>
                <th className="px-3 py-3 text-start font-medium">{t("columns.status")}</th>
                {canWrite && <th className="px-3 py-3"><span className="sr-only">{t("columns.actions")}</span></th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r, i) => {
                const name = nameIn(r.name, locale);
                return (
                  <tr key={r.id} data-testid="department-row" data-name={r.name.fa} data-active={r.active}>
                    <td className="px-3 py-2.5">
                      <div className="font-medium text-slate-900">{name}</div>
                      {r.description && <div className="text-xs text-slate-500">{r.description}</div>}
                    </td>
                    <td className="px-3 py-2.5 text-slate-700">
                      {r.staff.length ? formatList(r.staff.map((s) => s.name), locale as AppLocale) : <span className="text-slate-400">{t("noStaff")}</span>}
                    </td>
                    <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">{t(`form.notifyOptions.${r.notify}`)}</td>
                    <td className="px-3 py-2.5 text-slate-700">{formatNumber(r.threads, locale as AppLocale)}</td>
                    <td className="px-3 py-2.5"><ActiveBadge active={r.active} /></td>
                    {canWrite && (
                      <td className="px-3 py-2.5">
                        <div className="flex items-center justify-end gap-1">
                          <Button variant="ghost" className="px-2" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("moveUp", { name })}>
                            <ArrowUp className="size-4" aria-hidden />
                          </Button>
                          <Button variant="ghost" className="px-2" disabled={i === rows.length - 1} onClick={() => move(i, 1)} aria-label={t("moveDown", { name })}>
                            <ArrowDown className="size-4" aria-hidden />
                          </Button>
                          <ActionMenu
                            label={t("actionsFor", { name })}
                            trigger={<MoreHorizontal className="size-4" aria-hidden />}
                            actions={[
                              { id: "edit", label: t("edit") },
                              r.active ? { id: "deactivate", label: t("deactivate") } : { id: "activate", label: t("activate") },
                              { id: "delete", label: t("delete"), danger: true },
                            ]}
                            onAction={(id) => {
                              if (id === "edit") setEditing(r);
                              else if (id === "activate" || id === "deactivate") void setActive(r, id === "activate");
                              else setDeleting(r);
                            }}
                          />
                        </div>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
      )}
      <Dialog open={editing !== null} onOpenChange={(o) => !o && setEditing(null)} title={editing === "new" ? t("add") : t("edit")} className="sm:max-w-2xl">
        {editing !== null && (
          <DepartmentForm
            label={editing === "new" ? t("add") : t("edit")}
            staff={editing === "new" ? [] : editing.staff}
            defaultValues={
              editing === "new"
                ? EMPTY
                : { name: editing.name, description: editing.description ?? "", active: editing.active, notify: editing.notify, staffIds: editing.staff.map((s) => s.id) }
            }
            save={(v) => (editing === "new" ? create.mutateAsync(v) : update.mutateAsync({ id: editing.id, ...v }))}
            onDone={() => {
              setEditing(null);
              void refresh();
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Dialog>
      <DeleteDepartmentDialog
        department={deleting ? { name: nameIn(deleting.name, locale), threads: deleting.threads, active: deleting.active } : null}
        onClose={() => setDeleting(null)}
        onDelete={async () => {
          await remove.mutateAsync({ id: deleting!.id });
          await refresh();
        }}
        onDeactivate={async () => {
          await deactivate.mutateAsync({ id: deleting!.id });
          await refresh();
        }}
      />
    </div>
  );
}
