"use client";

import { useState } from "react";
import type { FieldValues, UseFormSetError } from "react-hook-form";
import { applyServerErrors, serverErrorValues } from "@/lib/form-errors";

export type FormAlertState = { message: string; tone: "error" | "success"; values?: Record<string, number> } | null;

/**
 * A form's submission with its alert: the server's field errors go beside their fields, anything
 * else into the alert; a success message (a key) shows when the work is done.
 */
export function useFormAlert<T extends FieldValues>(setError: UseFormSetError<T>, fields: readonly string[]) {
  const [alert, setAlert] = useState<FormAlertState>(null);
  async function submit(work: () => Promise<unknown>, success?: string): Promise<boolean> {
    setAlert(null);
    try {
      await work();
      if (success) setAlert({ message: success, tone: "success" });
      return true;
    } catch (e) {
      const message = applyServerErrors(e, setError, fields);
      if (message) setAlert({ message, tone: "error", values: serverErrorValues(e) });
      return false;
    }
  }
  return { alert, setAlert, submit };
}
