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

/** Provider calls give up after this long (the worker holds the row's lock meanwhile). */
export const PROVIDER_TIMEOUT_MS = 20_000;
