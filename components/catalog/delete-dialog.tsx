"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { applyServerErrors } from "@/lib/form-errors";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";

interface Props {
  /** What is being deleted (its name); the dialog is closed when null. */
  name: string | null;
  onClose: () => void;
  onConfirm: () => Promise<unknown>;
  /** Why it cannot be deleted (already translated); the delete button is then not offered. */
  blocked?: string | null;
  /** Another way out, e.g. "deactivate instead". */
  children?: ReactNode;
}

/** Asks before deleting; a refusal from the server is shown in the dialog, translated. */
export function DeleteDialog({ name, onClose, onConfirm, blocked, children }: Props) {
  const t = useTranslations("catalog.common");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (e) {
      setError(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected");
    } finally {
      setPending(false);
    }
  };
  return (
    <Dialog open={name !== null} onOpenChange={(o) => !o && close()} title={t("deleteTitle", { name: name ?? "" })}>
      <div className="flex flex-col gap-3" data-testid="delete-dialog">
        {blocked ? <p className="text-sm text-slate-700">{blocked}</p> : <p className="text-sm text-slate-700">{t("deleteHelp")}</p>}
        <FormAlert message={error} />
        {children}
        <div className="flex flex-wrap gap-2">
          {!blocked && (
            <Button variant="danger" disabled={pending} onClick={confirm}>
              {t("delete")}
            </Button>
          )}
          <Button variant="ghost" onClick={close}>
            {blocked ? t("close") : t("cancel")}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
