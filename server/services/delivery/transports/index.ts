import type { TransportSettings } from "../settings";
import { kavenegarTransport } from "./kavenegar";
import { logTransport } from "./log";
import { smtpTransport } from "./smtp";
import { unifonicTransport } from "./unifonic";
import type { Transport } from "./types";

export type { OutgoingMessage, Transport } from "./types";
export { TransportError } from "./types";

/** A named transport with the current settings. */
export function transportNamed(name: string, s: TransportSettings): Transport {
  switch (name) {
    case "smtp":
      return smtpTransport(s.smtp);
    case "kavenegar":
      return kavenegarTransport(s.kavenegar);
    case "unifonic":
      return unifonicTransport(s.unifonic);
    default:
      return logTransport();
  }
}

/** Picks the transport for a channel (Settings → e-mail and SMS). Tests pass their own resolver. */
export type TransportResolver = (channel: "EMAIL" | "SMS", s: TransportSettings) => Transport;

export const settingsTransport: TransportResolver = (channel, s) => transportNamed(channel === "EMAIL" ? s.emailTransport : s.smsTransport, s);
