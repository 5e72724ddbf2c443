"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";

/** The message key of a failed call (the server's own key, else a generic one). */
export function errorKey(e: unknown): string {
  const message = (e as { message?: unknown } | null)?.message;
  return typeof message === "string" && /^([a-z][a-zA-Z]*\.)?(errors|validation)\.[\w.]+$/.test(message) ? message : "errors.unexpected";
}

/**
 * Asks before deleting a department. One with threads cannot be deleted (the server refuses too):
 * the dialog says so and offers to deactivate it instead.
 */
export function DeleteDepartmentDialog({ department, onClose, onDelete, onDeactivate }: {
  department: { name: string; threads: number; active: boolean } | null;
  onClose: () => void;
  onDelete: () => Promise<unknown>;
  onDeactivate: () => Promise<unknown>;
}) {
  const t = useTranslations("departments.deleteDialog");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const close = () => {
    setError(null);
    onClose();
  };
  const run = async (work: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    try {
      await work();
      close();
    } catch (e) {
      setError(errorKey(e));
    } finally {
      setPending(false);
    }
  };
  const blocked = (department?.threads ?? 0) > 0 || error === "departments.errors.hasThreads";
  return (
    <Dialog open={department !== null} onOpenChange={(o) => !o && close()} title={t("title", { name: department?.name ?? "" })}>
      <div className="flex flex-col gap-3" data-testid="delete-department-dialog">
        <p className="text-sm text-slate-700">{blocked ? t("hasThreads", { count: department?.threads ?? 0 }) : t("help")}</p>
        {!(blocked && error === "departments.errors.hasThreads") && <FormAlert message={error} />}
        <div className="flex flex-wrap gap-2">
          {!blocked && (
            <Button variant="danger" disabled={pending} onClick={() => run(onDelete)} data-testid="confirm-delete-department">
              {t("delete")}
            </Button>
          )}
          {blocked && department?.active && (
            <Button disabled={pending} onClick={() => run(onDeactivate)} data-testid="deactivate-instead">
              {t("deactivateInstead")}
            </Button>
          )}
          <Button variant="ghost" onClick={close}>{blocked ? t("close") : t("cancel")}</Button>
        </div>
      </div>
    </Dialog>
  );
}
