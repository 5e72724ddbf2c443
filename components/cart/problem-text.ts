import { nameIn, type LocalizedText } from "@/lib/localized";

/** A checkout refusal as the server sends it: a message key with its numbers, amounts and names. */
export interface Problem {
  path: string;
  message: string;
  values?: Record<string, string | number>;
  amounts?: Record<string, string>;
  names?: Record<string, LocalizedText>;
}

/** The server's field problems of a failed call (tRPC error data), or none. */
export const problemsOf = (error: unknown): Problem[] =>
  ((error as { data?: { fields?: Problem[] } | null } | null)?.data?.fields ?? []).filter((f) => typeof f?.message === "string");

/** The ICU arguments of a problem: amounts formatted in the reader's money, names in their language. */
export function problemArgs(p: Problem, money: (minor: bigint) => string, locale: string) {
  return {
    ...(p.values ?? {}),
    ...Object.fromEntries(Object.entries(p.amounts ?? {}).map(([k, v]) => [k, money(BigInt(v))])),
    ...Object.fromEntries(Object.entries(p.names ?? {}).map(([k, v]) => [k, nameIn(v, locale)])),
  };
}
