"use client";

import { Pencil, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";

/** A rule row's edit and delete buttons (points and commission rules); `testId` prefixes their test ids. */
export function RuleRowActions({ testId, editLabel, deleteLabel, onEdit, onDelete }: {
  testId: string;
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <div className="flex justify-end gap-1">
      <Button variant="ghost" className="px-2" data-testid={`${testId}-edit`} aria-label={editLabel} onClick={onEdit}>
        <Pencil className="size-4" aria-hidden />
      </Button>
      <Button variant="ghost" className="px-2 text-rose-700" data-testid={`${testId}-delete`} aria-label={deleteLabel} onClick={onDelete}>
        <Trash2 className="size-4" aria-hidden />
      </Button>
    </div>
  );
}
