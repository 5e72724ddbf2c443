import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { PROVIDER_TIMEOUT_MS, TransportError, type Transport } from "./types";

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string;
  password: string | null;
  from: string;
}

/** nodemailer's options for the settings (tested on their own). */
export function smtpOptions(s: SmtpSettings): SMTPTransport.Options {
  return {
    host: s.host,
    port: s.port,
    secure: s.secure,
    ...(s.user ? { auth: { user: s.user, pass: s.password ?? "" } } : {}),
    connectionTimeout: PROVIDER_TIMEOUT_MS,
    greetingTimeout: PROVIDER_TIMEOUT_MS,
    socketTimeout: PROVIDER_TIMEOUT_MS,
  };
}

// E-mail through any SMTP server (nodemailer): plain text, from the configured sender.
export function smtpTransport(s: SmtpSettings): Transport {
  return {
    name: "smtp",
    async send(m) {
      if (!s.host || !s.from) throw new TransportError("smtp: host and sender must be configured");
      const mailer = nodemailer.createTransport(smtpOptions(s));
      try {
        const info = await mailer.sendMail({ from: s.from, to: m.to, subject: m.subject ?? "", text: m.body });
        return { providerMessageId: info.messageId ?? null };
      } catch (e) {
        throw new TransportError(`smtp: ${(e as Error).message}`);
      } finally {
        mailer.close();
      }
    },
  };
}
