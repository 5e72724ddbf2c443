"use client";

import { useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Pencil, Plus, Trash2 } from "lucide-react";
import { nameIn, type LocalizedText } from "@/lib/localized";
import { applyServerErrors } from "@/lib/form-errors";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { DeleteDialog } from "./delete-dialog";

export interface Row {
  id: string;
  code: string;
  name: LocalizedText;
}

export interface Column<R> {
  key: string;
  header: string;
  cell: (row: R) => ReactNode;
}

interface Props<R extends Row> {
  /** The messages of this kind of item: catalog.<ns>.{add, edit, empty, emptyHelp, title}. */
  ns: "warehouses" | "shippingMethods" | "paymentMethods" | "categories" | "brands";
  rows: R[] | undefined;
  error: unknown;
  canWrite: boolean;
  columns: Column<R>[];
  /** The create (row null) or edit form; `done` closes the dialog. */
  renderForm: (row: R | null, done: () => void, cancel: () => void) => ReactNode;
  onDelete: (row: R) => Promise<unknown>;
  /** Why a row cannot be deleted, translated, or null. */
  deleteBlocked?: (row: R) => string | null;
  /** How a row's name is shown (e.g. indented under its parent). */
  nameCell?: (row: R) => ReactNode;
}

/** A short catalog list (a store has a handful of these) with create, edit and delete in dialogs. */
export function ReferenceManager<R extends Row>({ ns, rows, error, canWrite, columns, renderForm, onDelete, deleteBlocked, nameCell }: Props<R>) {
  const t = useTranslations(`catalog.${ns}`);
  const tc = useTranslations("catalog.common");
  const locale = useLocale();
  const [editing, setEditing] = useState<R | "new" | null>(null);
  const [deleting, setDeleting] = useState<R | null>(null);
  const close = () => setEditing(null);

  return (
    <div className="flex flex-col gap-4">
      {canWrite && (
        <div>
          <Button onClick={() => setEditing("new")}>
            <Plus className="size-4" aria-hidden />
            {t("add")}
          </Button>
        </div>
      )}
      {error ? (
        <FormAlert message={applyServerErrors(error, () => undefined, []) ?? "errors.unexpected"} />
      ) : rows === undefined ? (
        <Card><p className="text-sm text-slate-500">{tc("loading")}</p></Card>
      ) : rows.length === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyHelp")} />
      ) : (
        <Card className="overflow-x-auto p-0 sm:p-0">
          <table className="w-full text-sm" data-testid={`${ns}-table`}>
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                <th className="px-3 py-3 text-start font-medium">{tc("name")}</th>
                <th className="px-3 py-3 text-start font-medium">{tc("code")}</th>
                {columns.map((c) => (
                  <th key={c.key} className="whitespace-nowrap px-3 py-3 text-start font-medium">{c.header}</th>
                ))}
                {canWrite && <th className="px-3 py-3"><span className="sr-only">{tc("actions")}</span></th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} data-testid={`${ns}-row`} data-code={r.code}>
                  <td className="px-3 py-2.5 font-medium text-slate-900">{nameCell ? nameCell(r) : nameIn(r.name, locale)}</td>
                  <td className="px-3 py-2.5 text-slate-600" dir="ltr">{r.code}</td>
                  {columns.map((c) => (
                    <td key={c.key} className="whitespace-nowrap px-3 py-2.5 text-slate-700">{c.cell(r)}</td>
                  ))}
                  {canWrite && (
                    <td className="px-3 py-2.5">
                      <div className="flex justify-end gap-1">
                        <Button variant="ghost" className="px-2" onClick={() => setEditing(r)} aria-label={tc("editItem", { name: nameIn(r.name, locale) })}>
                          <Pencil className="size-4" aria-hidden />
                        </Button>
                        <Button variant="ghost" className="px-2 text-rose-700" onClick={() => setDeleting(r)} aria-label={tc("deleteItem", { name: nameIn(r.name, locale) })}>
                          <Trash2 className="size-4" aria-hidden />
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Dialog open={editing !== null} onOpenChange={(o) => !o && close()} title={editing === "new" ? t("add") : t("edit")} className="sm:max-w-2xl">
        {editing !== null && renderForm(editing === "new" ? null : editing, close, close)}
      </Dialog>
      <DeleteDialog
        name={deleting ? nameIn(deleting.name, locale) : null}
        blocked={deleting && deleteBlocked ? deleteBlocked(deleting) : null}
        onClose={() => setDeleting(null)}
        onConfirm={() => onDelete(deleting!)}
      />
    </div>
  );
}
