import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { PROVIDER_TIMEOUT_MS, TransportError, seconds, type Transport, type TransportOptions } from "./types";

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string | null;
  from: string;
}

/**
 * nodemailer's options for the settings (tested on their own). Each stage is bounded (connecting, the
 * server's greeting, then any silence on the socket), so a hung server fails the attempt.
 */
export function smtpOptions(s: SmtpSettings, timeoutMs = PROVIDER_TIMEOUT_MS): SMTPTransport.Options {
  return {
    host: s.host,
    port: s.port,
    secure: s.secure,
    ...(s.user ? { auth: { user: s.user, pass: s.password ?? "" } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  };
}

// E-mail through any SMTP server (nodemailer): plain text, from the configured sender.
export function smtpTransport(s: SmtpSettings, { timeoutMs }: TransportOptions = {}): Transport {
  return {
    name: "smtp",
    async send(m) {
      if (!s.host || !s.from) throw new TransportError("smtp: host and sender must be configured");
      const mailer = nodemailer.createTransport(smtpOptions(s, timeoutMs));
      try {
        const info = await mailer.sendMail({ from: s.from, to: m.to, subject: m.subject ?? "", text: m.body });
        return { providerMessageId: info.messageId ?? null };
      } catch (e) {
        // nodemailer's timeouts say only "Greeting never received" or "Timeout": name the wait too.
        const err = e as Error & { code?: string };
        const timedOut = err.code === "ETIMEDOUT" ? `no answer within ${seconds(timeoutMs ?? PROVIDER_TIMEOUT_MS)}: ` : "";
        throw new TransportError(`smtp: ${timedOut}${err.message}`);
      } finally {
        mailer.close();
      }
    },
  };
}
