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

/**
 * Too many attempts: answered as 429. With the time left in the window the message is
 * `errors.tryAgainInMinutes` and the client gets `retryAfterMinutes` to fill it in.
 */
export class RateLimited extends Error {
  readonly retryAfterMinutes: number | null;
  constructor(retryAfterSeconds?: number) {
    super(retryAfterSeconds === undefined ? "errors.tooManyRequests" : "errors.tryAgainInMinutes");
    this.retryAfterMinutes = retryAfterSeconds === undefined ? null : Math.max(1, Math.ceil(retryAfterSeconds / 60));
  }
}
