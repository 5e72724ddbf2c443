// One interface for every way a message leaves: log, SMTP, the SMS providers.

export interface OutgoingMessage {
  to: string;
  subject: string | null;
  body: string;
}

export interface Transport {
  /** Recorded on the Delivery row: log, smtp, kavenegar, unifonic. */
  readonly name: string;
  send(message: OutgoingMessage): Promise<{ providerMessageId: string | null }>;
}

/** A provider's refusal or an unreachable provider; the message is shown in the delivery log. */
export class TransportError extends Error {
  constructor(message: string) {
    super(message.slice(0, 1000));
  }
}

/**
 * Provider calls give up after this long, so a hung provider becomes a retried failure instead of a
 * stuck job (on a PostgreSQL server the worker holds the row's lock meanwhile).
 */
export const PROVIDER_TIMEOUT_MS = 15_000;

/** Options every network transport takes (tests shorten the timeout). */
export interface TransportOptions {
  timeoutMs?: number;
}

/** "15 s", "0.1 s": how long a provider was waited for, in the delivery log. */
export const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
