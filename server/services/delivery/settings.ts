import "server-only";
import type { Db, Tx } from "../../db";
import { FieldErrors } from "../../errors";
import { recordAudit, type Actor } from "../audit";
import { getSetting, setSetting } from "../settings";
import { openSecret, sealSecret } from "./secret-box";
import type { EmailTransportName, MessagingSettingsValues, SmsTransportName } from "@/lib/schemas/delivery";

// Settings → e-mail and SMS: which transport each channel uses and each transport's settings. One
// Setting row; the secrets in it are sealed (secret-box.ts) and never leave the server.

export const MESSAGING_KEY = "messaging.transports";
export const KAVENEGAR_URL = "https://api.kavenegar.com";
export const UNIFONIC_URL = "https://el.cloud.unifonic.com";

/** As stored: secrets sealed, or null when none was given. */
interface Stored {
  emailTransport: EmailTransportName;
  smsTransport: SmsTransportName;
  smtp: { host: string; port: number; secure: boolean; user: string; password: string | null; from: string };
  kavenegar: { baseUrl: string; apiKey: string | null; sender: string };
  unifonic: { baseUrl: string; appSid: string | null; senderId: string };
}

/** What the transports use: secrets opened. */
export interface TransportSettings {
  emailTransport: EmailTransportName;
  smsTransport: SmsTransportName;
  smtp: { host: string; port: number; secure: boolean; user: string; password: string | null; from: string };
  kavenegar: { baseUrl: string; apiKey: string | null; sender: string };
  unifonic: { baseUrl: string; appSid: string | null; senderId: string };
}

const DEFAULTS: Stored = {
  emailTransport: "log",
  smsTransport: "log",
  smtp: { host: "", port: 587, secure: false, user: "", password: null, from: "" },
  kavenegar: { baseUrl: KAVENEGAR_URL, apiKey: null, sender: "" },
  unifonic: { baseUrl: UNIFONIC_URL, appSid: null, senderId: "" },
};

async function stored(tx: Tx): Promise<Stored> {
  const v = (await getSetting<Partial<Stored>>(tx, MESSAGING_KEY)) ?? {};
  return {
    emailTransport: v.emailTransport ?? DEFAULTS.emailTransport,
    smsTransport: v.smsTransport ?? DEFAULTS.smsTransport,
    smtp: { ...DEFAULTS.smtp, ...v.smtp },
    kavenegar: { ...DEFAULTS.kavenegar, ...v.kavenegar },
    unifonic: { ...DEFAULTS.unifonic, ...v.unifonic },
  };
}

/** For the worker and "send a test". */
export async function transportSettings(tx: Tx): Promise<TransportSettings> {
  const s = await stored(tx);
  return {
    ...s,
    smtp: { ...s.smtp, password: openSecret(s.smtp.password) },
    kavenegar: { ...s.kavenegar, apiKey: openSecret(s.kavenegar.apiKey) },
    unifonic: { ...s.unifonic, appSid: openSecret(s.unifonic.appSid) },
  };
}

/** For the settings page: every secret blanked, with whether one is stored. */
export async function messagingSettingsView(tx: Tx) {
  const s = await stored(tx);
  return {
    values: {
      emailTransport: s.emailTransport,
      smsTransport: s.smsTransport,
      smtp: { ...s.smtp, password: "" },
      kavenegar: { ...s.kavenegar, apiKey: "" },
      unifonic: { ...s.unifonic, appSid: "" },
    } satisfies MessagingSettingsValues,
    secretsSet: { smtpPassword: !!s.smtp.password, kavenegarApiKey: !!s.kavenegar.apiKey, unifonicAppSid: !!s.unifonic.appSid },
  };
}

/** Saves the settings; an empty secret keeps the stored one. The chosen transports must be usable. */
export async function updateMessagingSettings(db: Db, actor: Actor, input: MessagingSettingsValues) {
  await db.$transaction(async (tx) => {
    const before = await stored(tx);
    const keep = (typed: string, old: string | null) => (typed ? sealSecret(typed) : old);
    const next: Stored = {
      emailTransport: input.emailTransport,
      smsTransport: input.smsTransport,
      smtp: { ...input.smtp, password: keep(input.smtp.password, before.smtp.password) },
      kavenegar: { ...input.kavenegar, baseUrl: input.kavenegar.baseUrl || KAVENEGAR_URL, apiKey: keep(input.kavenegar.apiKey, before.kavenegar.apiKey) },
      unifonic: { ...input.unifonic, baseUrl: input.unifonic.baseUrl || UNIFONIC_URL, appSid: keep(input.unifonic.appSid, before.unifonic.appSid) },
    };
    const missing: { path: string; message: string }[] = [];
    const need = (ok: unknown, path: string) => !ok && missing.push({ path, message: "validation.required" });
    if (next.emailTransport === "smtp") {
      need(next.smtp.host, "smtp.host");
      need(next.smtp.from, "smtp.from");
    }
    if (next.smsTransport === "kavenegar") need(next.kavenegar.apiKey, "kavenegar.apiKey");
    if (next.smsTransport === "unifonic") {
      need(next.unifonic.appSid, "unifonic.appSid");
      need(next.unifonic.senderId, "unifonic.senderId");
    }
    if (missing.length) throw new FieldErrors(missing, "invalid");
    await setSetting(tx, MESSAGING_KEY, next);
    // The audit names what changed, never a secret's value.
    const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (changed(before.emailTransport, next.emailTransport)) changes.emailTransport = { from: before.emailTransport, to: next.emailTransport };
    if (changed(before.smsTransport, next.smsTransport)) changes.smsTransport = { from: before.smsTransport, to: next.smsTransport };
    for (const k of ["smtp", "kavenegar", "unifonic"] as const) if (changed(before[k], next[k])) changes[k] = { from: "…", to: "…" };
    await recordAudit(tx, actor, "setting.messaging", { type: "Setting", id: MESSAGING_KEY, label: MESSAGING_KEY }, changes);
  });
}
