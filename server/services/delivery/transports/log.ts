import { randomUUID } from "node:crypto";
import type { OutgoingMessage, Transport } from "./types";

// Development and tests: the message is written to the console and stays readable in its Delivery
// row (subject, body). `delayMs` and `onSend` let tests make it slow and count its calls.
export function logTransport(opts: { delayMs?: number; onSend?: (m: OutgoingMessage) => void; quiet?: boolean } = {}): Transport {
  return {
    name: "log",
    async send(m) {
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      opts.onSend?.(m);
      if (!opts.quiet && process.env.NODE_ENV !== "test") console.log(`[delivery:log] to ${m.to}${m.subject ? ` — ${m.subject}` : ""}\n${m.body}`);
      return { providerMessageId: `log-${randomUUID()}` };
    },
  };
}
