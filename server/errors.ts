import "server-only";

/** One field's problem: the path in the form and a message key of messages/*.json. */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * A rule broken by the input, thrown by services: tRPC answers it as a client error and the form
 * shows each message beside its field (L-3).
 */
export class FieldErrors extends Error {
  constructor(
    readonly fields: FieldProblem[],
    readonly kind: "conflict" | "invalid" = "conflict",
  ) {
    super(fields[0]?.message ?? "errors.invalid");
  }
}

/** Prisma's unique-constraint violation, the same code under every driver adapter. */
export const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === "P2002";

/** Too many attempts: answered as 429 with `errors.tooManyRequests`. */
export class RateLimited extends Error {
  constructor() {
    super("errors.tooManyRequests");
  }
}
