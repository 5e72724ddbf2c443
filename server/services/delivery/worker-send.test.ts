import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useWorkerDb } from "./test-worker-db";
import { queueDeliveries } from "./queue";
import { createDeliveryWorker, deliverOne } from "./worker";
import { transportNamed, type Transport } from "./transports";
import type { Db } from "../../db";

// How a send is held: embedded (PGlite) the provider is called with no transaction open, so the app's
// other queries run meanwhile, and the outcome is written only if the row did not change; a provider
// that never answers becomes a retried failure with a timeout in the delivery log.

const get = useWorkerDb();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(check: () => Promise<boolean>, ms = 40_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error("timed out");
}

/** The value of `p`, or "blocked" if it has not settled after a wait far longer than a query takes. */
const unlessBlocked = <T>(p: Promise<T>) => Promise.race([p, sleep(5000).then(() => "blocked" as const)]);

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A transport whose send waits until the test releases it (`entered` tells that a send is in flight). */
function heldTransport() {
  const entered = deferred();
  const gate = deferred();
  const sent: string[] = [];
  const transport: Transport = {
    name: "held",
    async send(m) {
      sent.push(m.to);
      entered.resolve();
      await gate.promise;
      return { providerMessageId: `held-${sent.length}` };
    },
  };
  return { transport, entered: entered.promise, release: gate.resolve, sent };
}

async function queueOne(db: Db, eventKey: string, address: string) {
  await db.$transaction((tx) =>
    queueDeliveries(tx, { eventKey, template: "test", params: {}, recipients: [{ userId: null, channel: "SMS", address, locale: "fa" }] }),
  );
  return db.delivery.findFirstOrThrow({ where: { eventKey } });
}

/** An SMS provider that takes requests and never answers, keeping each request's receptor. */
let hung: Server;
let hungUrl = "";
const hungReceptors: string[] = [];
beforeAll(async () => {
  hung = createServer(async (req) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    hungReceptors.push(new URLSearchParams(body).get("receptor") ?? "");
  });
  await new Promise<void>((r) => hung.listen(0, "127.0.0.1", r));
  hungUrl = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
});
afterAll(async () => {
  hung.closeAllConnections();
  await new Promise<void>((r) => hung.close(() => r()));
});

describe("delivery worker: sending", () => {
  it("while the provider is answering, other queries of the app run; the message is then recorded SENT once", async () => {
    const { db, boss } = get();
    const row = await queueOne(db, "event:held", "+989124444444");
    const held = heldTransport();
    // embedded: `boss` is the test's PGlite (one connection for the worker and the app's queries)
    const worker = createDeliveryWorker({ db, boss, intervalMs: 200, resolve: () => held.transport });
    let meanwhile: string | undefined;
    try {
      await worker.ready;
      await held.entered;
      // what a page does while the SMS provider is slow: a read and a write
      meanwhile = await unlessBlocked(
        Promise.all([
          db.delivery.findUniqueOrThrow({ where: { id: row.id } }),
          db.setting.upsert({ where: { key: "test.probe" }, create: { key: "test.probe", value: 1 }, update: { value: 2 } }),
        ]).then(([d]) => d.status),
      );
      held.release();
      await waitFor(async () => (await db.delivery.findUniqueOrThrow({ where: { id: row.id } })).status === "SENT");
      await sleep(800); // a few more polls: nothing is sent again
    } finally {
      held.release();
      await worker.stop();
    }
    expect(meanwhile).toBe("PENDING");
    expect(held.sent).toEqual(["+989124444444"]);
    const after = await db.delivery.findUniqueOrThrow({ where: { id: row.id } });
    expect([after.status, after.attempts, after.transport, after.providerMessageId]).toEqual(["SENT", 1, "held", "held-1"]);
  });

  it("without a row lock, an attempt writes nothing when the row changed while it was sending", async () => {
    const { db } = get();
    const row = await queueOne(db, "event:changed", "+989125555555");
    const held = heldTransport();
    const attempt = deliverOne(db, row.id, { resolve: () => held.transport, settings: {} as never, lockRow: false });
    let changed: unknown;
    try {
      await held.entered;
      // meanwhile another try recorded its failure (attempts 0 → 1, still PENDING)
      changed = await unlessBlocked(db.delivery.update({ where: { id: row.id }, data: { attempts: { increment: 1 }, lastError: "an earlier try" } }));
    } finally {
      held.release();
    }
    expect(changed).not.toBe("blocked");
    expect(await attempt).toEqual({ outcome: "skipped" });
    const after = await db.delivery.findUniqueOrThrow({ where: { id: row.id } });
    expect([after.status, after.attempts, after.lastError, after.providerMessageId]).toEqual(["PENDING", 1, "an earlier try", null]);
  });

  // On a server several workers share the rows: the one sending holds the row's lock, a second try skips it.
  it.runIf(!!process.env.DATABASE_URL)("with the row lock, a second try while the first is sending skips the row", async () => {
    const { db } = get();
    const row = await queueOne(db, "event:locked", "+989127777777");
    const held = heldTransport();
    const first = deliverOne(db, row.id, { resolve: () => held.transport, settings: {} as never, final: true });
    let second: unknown;
    try {
      await held.entered;
      second = await unlessBlocked(deliverOne(db, row.id, { resolve: () => held.transport, settings: {} as never, final: true }));
    } finally {
      held.release();
    }
    expect(second).toEqual({ outcome: "skipped" });
    expect(await first).toMatchObject({ outcome: "sent" });
    expect(held.sent).toEqual(["+989127777777"]);
  });

  it("a provider that never answers fails the attempt with a timeout, is retried, then the delivery is FAILED", async () => {
    const { db, boss } = get();
    const row = await queueOne(db, "event:hung", "+989126666666");
    const settings = { kavenegar: { baseUrl: hungUrl, apiKey: "k", sender: "" } } as Parameters<typeof transportNamed>[1];
    const worker = createDeliveryWorker({
      db,
      boss,
      intervalMs: 200,
      retryLimit: 1,
      retryDelaySeconds: 1,
      resolve: () => transportNamed("kavenegar", settings, { timeoutMs: 100 }),
    });
    try {
      await worker.ready;
      await waitFor(async () => (await db.delivery.findUniqueOrThrow({ where: { id: row.id } })).status === "FAILED");
    } finally {
      await worker.stop();
    }
    const after = await db.delivery.findUniqueOrThrow({ where: { id: row.id } });
    expect([after.attempts, after.transport, after.lastError]).toEqual([2, "kavenegar", "provider did not answer within 0.1 s"]);
    // the first try and its retry both reached the provider
    expect(hungReceptors.filter((r) => r === "989126666666")).toHaveLength(2);
  });
});
