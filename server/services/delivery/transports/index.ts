import type { TransportSettings } from "../settings";
import { kavenegarTransport } from "./kavenegar";
import { logTransport } from "./log";
import { smtpTransport } from "./smtp";
import { unifonicTransport } from "./unifonic";
import type { Transport, TransportOptions } from "./types";

export type { OutgoingMessage, Transport, TransportOptions } from "./types";
export { TransportError } from "./types";

/** A named transport with the current settings (`opts.timeoutMs`: tests shorten the provider timeout). */
export function transportNamed(name: string, s: TransportSettings, opts: TransportOptions = {}): Transport {
  switch (name) {
    case "smtp":
      return smtpTransport(s.smtp, opts);
    case "kavenegar":
      return kavenegarTransport(s.kavenegar, opts);
    case "unifonic":
      return unifonicTransport(s.unifonic, opts);
    default:
      return logTransport();
  }
}

/** Picks the transport for a channel (Settings → e-mail and SMS). Tests pass their own resolver. */
export type TransportResolver = (channel: "EMAIL" | "SMS", s: TransportSettings) => Transport;

export const settingsTransport: TransportResolver = (channel, s) => transportNamed(channel === "EMAIL" ? s.emailTransport : s.smsTransport, s);
