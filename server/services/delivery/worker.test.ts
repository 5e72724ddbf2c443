import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useWorkerDb } from "./test-worker-db";
import { queueDeliveries } from "./queue";
import { createDeliveryWorker, type DeliveryWorker } from "./worker";
import { logTransport } from "./transports/log";
import { transportNamed } from "./transports";
import type { Db } from "../../db";

// The worker end to end on the file's own database: pg-boss jobs, retries with back-off, FAILED,
// outbox rows, and (on PostgreSQL) a worker stopped abruptly mid-batch.

const get = useWorkerDb();

async function waitFor(check: () => Promise<boolean>, ms = 40_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("timed out");
}

const statusOf = (db: Db, eventKey: string) => db.delivery.findMany({ where: { eventKey }, orderBy: { address: "asc" } });

/** A local SMS provider answering 500, counting its calls. */
let provider: Server;
let providerUrl = "";
let providerCalls = 0;
beforeAll(async () => {
  provider = createServer((req, res) => {
    providerCalls += 1;
    req.resume();
    res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ return: { status: 500, message: "provider down" } }));
  });
  await new Promise<void>((r) => provider.listen(0, "127.0.0.1", r));
  providerUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => provider.close(() => r())));

describe("delivery worker", () => {
  it("sends queued deliveries once through the transport and records SENT with the provider id", async () => {
    const { db, boss } = get();
    const sent: string[] = [];
    await db.$transaction((tx) =>
      queueDeliveries(tx, {
        eventKey: "event:sent",
        template: "inbox.customerReply",
        params: { number: "12", subject: "سفارش", url: "" },
        recipients: [
          { userId: null, channel: "SMS", address: "+989121111111", locale: "fa" },
          { userId: null, channel: "EMAIL", address: "a@example.com", locale: "en" },
        ],
      }),
    );
    const worker = createDeliveryWorker({ db, boss, intervalMs: 200, resolve: () => logTransport({ onSend: (m) => sent.push(m.to) }) });
    try {
      await worker.ready;
      await waitFor(async () => (await statusOf(db, "event:sent")).every((d) => d.status === "SENT"));
      // a few more polls: nothing is sent again
      await new Promise((r) => setTimeout(r, 800));
    } finally {
      await worker.stop();
    }
    expect(sent.sort()).toEqual(["+989121111111", "a@example.com"]);
    const rows = await statusOf(db, "event:sent");
    expect(rows.map((r) => [r.status, r.attempts, r.transport])).toEqual([["SENT", 1, "log"], ["SENT", 1, "log"]]);
    expect(rows.every((r) => r.providerMessageId?.startsWith("log-"))).toBe(true);
    expect(rows[1]!.subject).toBe("New reply to your message: سفارش");
  });

  it("retries a failing provider with back-off, then marks the delivery FAILED with its error", async () => {
    const { db, boss } = get();
    providerCalls = 0;
    await db.$transaction((tx) =>
      queueDeliveries(tx, { eventKey: "event:fail", template: "test", params: {}, recipients: [{ userId: null, channel: "SMS", address: "+989122222222", locale: "fa" }] }),
    );
    const settings = { kavenegar: { baseUrl: providerUrl, apiKey: "k", sender: "1000" } } as Parameters<typeof transportNamed>[1];
    const worker = createDeliveryWorker({ db, boss, intervalMs: 200, retryLimit: 2, retryDelaySeconds: 1, resolve: () => transportNamed("kavenegar", settings) });
    try {
      await worker.ready;
      await waitFor(async () => (await statusOf(db, "event:fail"))[0]!.status === "FAILED");
    } finally {
      await worker.stop();
    }
    const [row] = await statusOf(db, "event:fail");
    expect(row!.attempts).toBe(3); // the first try and two retries
    expect(providerCalls).toBe(3);
    expect(row!.lastError).toContain("provider down");
    expect(row!.transport).toBe("kavenegar");
  });

  it("turns QUEUED outbox messages into one delivery each and marks them SENT", async () => {
    const { db, boss } = get();
    const calls: string[] = [];
    const m = await db.outboxMessage.create({ data: { channel: "SMS", recipient: "+989123333333", body: "کد تخفیف شما" }, select: { id: true } });
    const worker = createDeliveryWorker({ db, boss, intervalMs: 200, resolve: () => logTransport({ onSend: (x) => calls.push(x.body) }) });
    try {
      await worker.ready;
      await waitFor(async () => (await db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).status === "SENT");
      await new Promise((r) => setTimeout(r, 800));
    } finally {
      await worker.stop();
    }
    expect(calls).toEqual(["کد تخفیف شما"]);
    const rows = await statusOf(db, `outbox:${m.id}`);
    expect(rows.map((r) => [r.status, r.template, r.body])).toEqual([["SENT", "outbox.sms", "کد تخفیف شما"]]);
  });

  // The CI runs the server suite once on PostgreSQL; there the worker runs with real parallel connections.
  it.runIf(!!process.env.DATABASE_URL)("a worker stopped abruptly mid-batch: every pending message is sent exactly once after restart", async () => {
    const { db, boss } = get();
    const calls = new Map<string, number>();
    const slow = () => logTransport({ delayMs: 60, quiet: true, onSend: (m) => calls.set(m.to, (calls.get(m.to) ?? 0) + 1) });
    await db.$transaction((tx) =>
      queueDeliveries(tx, {
        eventKey: "event:crash",
        template: "test",
        params: {},
        recipients: Array.from({ length: 50 }, (_, i) => ({ userId: null, channel: "EMAIL" as const, address: `u${String(i).padStart(2, "0")}@example.com`, locale: "fa" as const })),
      }),
    );
    const count = async (status: "SENT" | "PENDING") => db.delivery.count({ where: { eventKey: "event:crash", status } });
    const first: DeliveryWorker = createDeliveryWorker({ db, boss, intervalMs: 200, retryDelaySeconds: 1, concurrency: 3, resolve: slow });
    await first.ready;
    await waitFor(async () => (await count("SENT")) >= 10);
    await first.stop({ graceful: false });
    const sentBefore = await count("SENT");
    expect(sentBefore).toBeLessThan(50); // really stopped mid-way
    const second = createDeliveryWorker({ db, boss, intervalMs: 200, retryDelaySeconds: 1, concurrency: 3, resolve: slow });
    try {
      await second.ready;
      await waitFor(async () => (await count("SENT")) === 50, 90_000);
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      await second.stop();
    }
    expect(calls.size).toBe(50);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect(await count("PENDING")).toBe(0);
  }, 120_000);
});
