import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import { queueDeliveries } from "../services/delivery/queue";
import { deliverOne } from "../services/delivery/worker";
import { transportSettings, MESSAGING_KEY } from "../services/delivery/settings";
import { openSecret } from "../services/delivery/secret-box";
import { smtpOptions } from "../services/delivery/transports/smtp";
import { transportNamed } from "../services/delivery/transports";

// The delivery pipeline's contract and its admin side: one delivery per (event, recipient, channel),
// the log with its filters and retry, Settings → e-mail and SMS with write-only secrets, "send a test",
// and who may do what.

const getDb = useTestDb();

/** A local SMS provider: answers what `reply` says and records each request's path and form. */
let server: Server;
let baseUrl = "";
const requests: { path: string; form: URLSearchParams }[] = [];
let reply: { status: number; body: unknown } = { status: 200, body: {} };
/** While set, the provider holds its answer until the promise settles. */
let holdAnswer: Promise<void> | null = null;
beforeAll(async () => {
  server = createServer((req, res) => {
    let data = "";
    req.on("data", (c) => (data += c));
    req.on("end", async () => {
      requests.push({ path: req.url ?? "", form: new URLSearchParams(data) });
      if (holdAnswer) await holdAnswer;
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const settingsInput = (over: Record<string, unknown> = {}) => ({
  emailTransport: "log" as const,
  smsTransport: "log" as const,
  smtp: { host: "", port: 587, secure: false, user: "", password: "", from: "" },
  kavenegar: { baseUrl, apiKey: "", sender: "10004346" },
  unifonic: { baseUrl, appSid: "", senderId: "Bashgah" },
  ...over,
});

async function adminCaller() {
  const db = getDb();
  const admin = await makeAdmin(db);
  return callerAs(db, await sessionOf(db, admin.userId));
}

describe("queueDeliveries", () => {
  it("gives concurrent duplicate events one delivery per recipient and channel, rendered in the recipient's language", async () => {
    const db = getDb();
    const input = {
      eventKey: "thread-message:dup",
      template: "inbox.staffNewMessage" as const,
      params: { customer: "علی", number: "7", subject: "پیگیری سفارش", url: "" },
      recipients: [
        { userId: null, channel: "SMS" as const, address: "+989120000001", locale: "fa" as const },
        { userId: null, channel: "EMAIL" as const, address: "staff@example.com", locale: "ar" as const },
      ],
    };
    const counts = await Promise.all(Array.from({ length: 5 }, () => db.$transaction((tx) => queueDeliveries(tx, input))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
    const rows = await db.delivery.findMany({ where: { eventKey: "thread-message:dup" }, orderBy: { channel: "asc" } });
    expect(rows.map((r) => [r.channel, r.status, r.locale])).toEqual([["SMS", "PENDING", "fa"], ["EMAIL", "PENDING", "ar"]]);
    expect(rows[0]!.subject).toBeNull();
    expect(rows[0]!.body).toContain("پیگیری سفارش");
    expect(rows[1]!.subject).toBe("رسالة جديدة في صندوق الرسائل: پیگیری سفارش");
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const db = getDb();
    await expect(
      db.$transaction(async (tx) => {
        await queueDeliveries(tx, { eventKey: "rolled-back", template: "test", params: {}, recipients: [{ userId: null, channel: "SMS", address: "+989120000002", locale: "fa" }] });
        throw new Error("caller failed");
      }),
    ).rejects.toThrow("caller failed");
    expect(await db.delivery.count({ where: { eventKey: "rolled-back" } })).toBe(0);
  });
});

describe("deliveries router", () => {
  it("lists with filters and keyset pages, and retries a FAILED delivery (attempts kept)", async () => {
    const db = getDb();
    const api = await adminCaller();
    await db.$transaction((tx) =>
      queueDeliveries(tx, {
        eventKey: "list:1",
        template: "test",
        params: {},
        recipients: Array.from({ length: 5 }, (_, i) => ({ userId: null, channel: "SMS" as const, address: `+98912555000${i}`, locale: "fa" as const })),
      }),
    );
    const target = await db.delivery.findFirstOrThrow({ where: { eventKey: "list:1", address: "+989125550003" } });
    // a failing provider makes it FAILED on its last try
    reply = { status: 500, body: { return: { status: 500, message: "no credit" } } };
    const kave = transportNamed("kavenegar", { kavenegar: { baseUrl, apiKey: "key", sender: "" } } as never);
    expect(await deliverOne(db, target.id, { resolve: () => kave, final: true })).toMatchObject({ outcome: "failed", error: expect.stringContaining("no credit") });

    const failed = await api.deliveries.list({ filter: { status: "FAILED" } });
    expect(failed.rows.map((r) => [r.address, r.attempts, r.transport, r.lastError])).toEqual([["+989125550003", 1, "kavenegar", "kavenegar 500: no credit"]]);
    const search = await api.deliveries.list({ filter: { q: "۵۵۵۰۰۰۱" } }); // Persian digits typed
    expect(search.rows.map((r) => r.address)).toEqual(["+989125550001"]);
    const p1 = await api.deliveries.list({ filter: { template: "test", channel: "SMS" }, limit: 3 });
    const p2 = await api.deliveries.list({ filter: { template: "test", channel: "SMS" }, limit: 3, cursor: p1.next });
    expect(p1.rows).toHaveLength(3);
    expect(new Set([...p1.rows, ...p2.rows].map((r) => r.id)).size).toBe(p1.rows.length + p2.rows.length);
    expect(p2.next).toBeNull();

    await api.deliveries.retry({ id: target.id });
    const again = await db.delivery.findUniqueOrThrow({ where: { id: target.id } });
    expect([again.status, again.attempts]).toEqual(["PENDING", 1]);
    // retrying what is not FAILED is refused
    expect((await refusal(api.deliveries.retry({ id: target.id }))).fields).toEqual([{ path: "id", message: "delivery.errors.notFailed" }]);
    // and a SENT row is never sent again
    const log = transportNamed("log", {} as never);
    expect(await deliverOne(db, target.id, { resolve: () => log })).toMatchObject({ outcome: "sent" });
    expect(await deliverOne(db, target.id, { resolve: () => log })).toEqual({ outcome: "skipped" });
  });
});

describe("messaging settings", () => {
  it("stores secrets encrypted, never returns them, and keeps them when the field is left empty", async () => {
    const db = getDb();
    const api = await adminCaller();
    await api.messagingSettings.update(settingsInput({ smsTransport: "kavenegar", kavenegar: { baseUrl, apiKey: "kave-secret-123", sender: "1000" }, smtp: { host: "mail.example.com", port: 465, secure: true, user: "club", password: "smtp-pass-456", from: "club@example.com" } }));
    const raw = JSON.stringify((await db.setting.findUniqueOrThrow({ where: { key: MESSAGING_KEY } })).value);
    expect(raw).not.toContain("kave-secret-123");
    expect(raw).not.toContain("smtp-pass-456");
    const view = await api.messagingSettings.get();
    expect(JSON.stringify(view)).not.toContain("kave-secret-123");
    expect(JSON.stringify(view)).not.toContain("smtp-pass-456");
    expect(view.secretsSet).toEqual({ smtpPassword: true, kavenegarApiKey: true, unifonicAppSid: false });
    // saving again with the secret fields empty keeps them
    await api.messagingSettings.update({ ...view.values, kavenegar: { ...view.values.kavenegar, sender: "2000" } });
    const s = await transportSettings(db);
    expect([s.kavenegar.apiKey, s.kavenegar.sender, s.smtp.password]).toEqual(["kave-secret-123", "2000", "smtp-pass-456"]);
    // nodemailer gets the opened password
    expect(smtpOptions(s.smtp)).toMatchObject({ host: "mail.example.com", port: 465, secure: true, auth: { user: "club", pass: "smtp-pass-456" } });
    // a sealed value opened with another key is unreadable, not wrong
    const sealed = ((await db.setting.findUniqueOrThrow({ where: { key: MESSAGING_KEY } })).value as { kavenegar: { apiKey: string } }).kavenegar.apiKey;
    process.env.MESSAGING_KEY = "another-key";
    try {
      expect(openSecret(sealed)).toBeNull();
    } finally {
      delete process.env.MESSAGING_KEY;
    }
  });

  it("refuses a chosen transport without its settings", async () => {
    const db = getDb();
    const api = await adminCaller();
    await db.setting.deleteMany({ where: { key: MESSAGING_KEY } });
    expect((await refusal(api.messagingSettings.update(settingsInput({ smsTransport: "unifonic", unifonic: { baseUrl, appSid: "", senderId: "" } })))).fields).toEqual([
      { path: "unifonic.appSid", message: "validation.required" },
      { path: "unifonic.senderId", message: "validation.required" },
    ]);
  });

  it("sends a test through Kavenegar and Unifonic to the local provider, and reports the provider's error", async () => {
    const db = getDb();
    const api = await adminCaller();
    await api.messagingSettings.update(settingsInput({ kavenegar: { baseUrl, apiKey: "kk", sender: "1000" }, unifonic: { baseUrl, appSid: "sid-1", senderId: "Bashgah" } }));
    requests.length = 0;
    reply = { status: 200, body: { return: { status: 200, message: "ok" }, entries: [{ messageid: 8792343 }] } };
    expect(await api.messagingSettings.sendTest({ channel: "SMS", transport: "kavenegar", address: "09121234567", locale: "fa" })).toEqual({ ok: true, providerMessageId: "8792343" });
    expect(requests[0]!.path).toBe("/v1/kk/sms/send.json");
    expect(Object.fromEntries(requests[0]!.form)).toMatchObject({ receptor: "989121234567", sender: "1000" });

    reply = { status: 200, body: { success: true, message: "", data: { MessageID: "u-77" } } };
    expect(await api.messagingSettings.sendTest({ channel: "SMS", transport: "unifonic", address: "+966501234567", locale: "ar" })).toEqual({ ok: true, providerMessageId: "u-77" });
    expect(requests[1]!.path).toBe("/rest/SMS/messages");
    expect(Object.fromEntries(requests[1]!.form)).toMatchObject({ AppSid: "sid-1", SenderID: "Bashgah", Recipient: "966501234567", Body: "هذه رسالة تجريبية من النادي. إذا وصلتك فإعدادات الإرسال صحيحة." });

    reply = { status: 401, body: { success: false, errorCode: "ER-01", message: "Invalid AppSid" } };
    expect(await api.messagingSettings.sendTest({ channel: "SMS", transport: "unifonic", address: "+966501234567", locale: "en" })).toEqual({ ok: false, error: "unifonic 401: ER-01 Invalid AppSid" });
    // every test is in the log, sent or failed
    const log = await api.deliveries.list({ filter: { template: "test", q: "966501234567" } });
    expect(log.rows.map((r) => [r.status, r.transport])).toEqual([["FAILED", "unifonic"], ["SENT", "unifonic"]]);
    // the address is checked for the channel
    expect((await refusal(api.messagingSettings.sendTest({ channel: "EMAIL", transport: "log", address: "not-an-email", locale: "fa" }))).fields).toEqual([{ path: "address", message: "validation.emailInvalid" }]);
  });

  it("while a test waits for the provider, the rest of the app is not held up (no transaction is open on the embedded database)", async () => {
    const api = await adminCaller();
    await api.messagingSettings.update(settingsInput({ kavenegar: { baseUrl, apiKey: "kk", sender: "1000" } }));
    let answer!: () => void;
    holdAnswer = new Promise((r) => (answer = r));
    reply = { status: 200, body: { return: { status: 200, message: "ok" }, entries: [{ messageid: 42 }] } };
    requests.length = 0;
    const sending = api.messagingSettings.sendTest({ channel: "SMS", transport: "kavenegar", address: "09127654321", locale: "fa" });
    await expect.poll(() => requests.length).toBe(1); // the provider has the request and is "thinking"
    // Another admin's page meanwhile: a read and a write go through.
    expect((await api.deliveries.list({ filter: { template: "test", q: "9127654321" } })).rows).toEqual([]);
    await api.messagingSettings.update(settingsInput({ kavenegar: { baseUrl, apiKey: "kk", sender: "2000" } }));
    answer();
    holdAnswer = null;
    expect(await sending).toEqual({ ok: true, providerMessageId: "42" });
    // the log tells messages apart by their text: an SMS's first line
    expect((await api.deliveries.list({ filter: { template: "test", q: "9127654321" } })).rows.map((r) => [r.status, r.message])).toEqual([
      ["SENT", "این یک پیام آزمایشی از باشگاه است. اگر آن را می‌بینید، تنظیمات ارسال درست است."],
    ]);
  });
});

describe("permissions", () => {
  it("refuses customers and staff without the permission; settings need settings.*", async () => {
    const db = getDb();
    const customer = await makeCustomer(db);
    const asCustomer = callerAs(db, await sessionOf(db, customer.userId));
    expect((await refusal(asCustomer.deliveries.list({ filter: {} }))).code).toBe("FORBIDDEN");
    const clerk = callerAs(db, await sessionOf(db, (await makeStaff(db, ["customers.read"])).userId));
    expect((await refusal(clerk.deliveries.list({ filter: {} }))).code).toBe("FORBIDDEN");
    expect((await refusal(clerk.messagingSettings.get())).code).toBe("FORBIDDEN");
    const reader = callerAs(db, await sessionOf(db, (await makeStaff(db, ["notifications.read", "settings.read"])).userId));
    await reader.deliveries.list({ filter: {} });
    await reader.messagingSettings.get();
    const someId = (await db.delivery.findFirstOrThrow()).id;
    expect((await refusal(reader.deliveries.retry({ id: someId }))).code).toBe("FORBIDDEN");
    expect((await refusal(reader.messagingSettings.update(settingsInput()))).code).toBe("FORBIDDEN");
    expect((await refusal(reader.messagingSettings.sendTest({ channel: "SMS", transport: "log", address: "09121234567", locale: "fa" }))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(db, null).deliveries.list({ filter: {} }))).code).toBe("UNAUTHORIZED");
  });
});
