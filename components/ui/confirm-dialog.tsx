"use client";

import type { ReactNode } from "react";
import { Button } from "./button";
import { Dialog } from "./dialog";

/** "Are you sure?" before a destructive action: the help text, a danger button and a way back. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirm,
  cancel,
  pending,
  testId,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirm: string;
  cancel: string;
  pending: boolean;
  testId?: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onOpenChange={(o) => !o && onClose()} title={title}>
      <div className="text-sm text-slate-700">{children}</div>
      <div className="mt-4 flex gap-2">
        <Button variant="danger" data-testid={testId} disabled={pending} onClick={onConfirm}>{confirm}</Button>
        <Button variant="ghost" onClick={onClose}>{cancel}</Button>
      </div>
    </Dialog>
  );
}
