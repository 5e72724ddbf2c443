import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

interface ServerError {
  message: string;
  data?: { fields?: { path: string; message: string }[]; retryAfterMinutes?: number | null } | null;
}

/** The values a server message needs (`errors.tryAgainInMinutes` says how many minutes). */
export function serverErrorValues(error: unknown): Record<string, number> | undefined {
  const minutes = (error as ServerError | null)?.data?.retryAfterMinutes;
  return typeof minutes === "number" ? { minutes } : undefined;
}

/**
 * Puts the server's field errors beside their fields (messages are keys the form translates).
 * Returns the message key for the form as a whole when no field is named.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldNames: readonly string[],
): string | null {
  const { message, data } = (error ?? {}) as ServerError;
  const fields = (data?.fields ?? []).filter((f) => fieldNames.includes(f.path));
  for (const [i, f] of fields.entries()) {
    setError(f.path as Path<T>, { type: "server", message: f.message }, { shouldFocus: i === 0 });
  }
  if (fields.length) return null;
  return typeof message === "string" && /^(errors|validation)\./.test(message) ? message : "errors.unexpected";
}
