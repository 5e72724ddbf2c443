import "server-only";
import PgBoss from "pg-boss";
import type { PGlite } from "@electric-sql/pglite";
import { getDb, getPglite, isEmbedded, type Db, type Tx } from "../../db";
import { pumpOutbox, settleOutbox } from "./outbox";
import { transportSettings, type TransportSettings } from "./settings";
import { settingsTransport, type Transport, type TransportResolver } from "./transports";

// The delivery worker (issue 10). Callers write PENDING Delivery rows (queue.ts) in their own
// transaction. A dispatcher polling about every second sends one pg-boss job per PENDING row that has
// no live job (singletonKey = the row's id); a row written just before a crash is therefore still
// picked up after restart. The job handler sends the row and records the outcome only while the row is
// still PENDING:
// - sent → SENT with transport and provider id; a SENT or FAILED row is never sent again;
// - failed → attempts+1 and lastError, the job fails and pg-boss retries it with back-off
//   (retryLimit/retryDelay/retryBackoff); the last try marks the row FAILED.
// Two ways to guard a row, by database (deliverLocked / deliverUnlocked below): on a PostgreSQL
// server the row is locked while it is sent; embedded (PGlite) it is sent with no transaction open.
// The one gap, by design: if the process dies after the provider accepted a message and before the
// outcome is written, the row is still PENDING and is sent once more. Everything else is exactly once.

export const DELIVERY_QUEUE = "delivery-send";

export type BossTarget = { connectionString: string } | { pglite: PGlite };

/** pg-boss on a server, or on PGlite through its `db.executeSql` option (multi-statement SQL through exec). */
export function createBoss(target: BossTarget): PgBoss {
  if ("pglite" in target) {
    const pg = target.pglite;
    return new PgBoss({
      schedule: false,
      db: {
        executeSql: async (text: string, values: unknown[]) =>
          values?.length ? pg.query(text, values) : { rows: (await pg.exec(text)).at(-1)?.rows ?? [] },
      },
    });
  }
  return new PgBoss({ connectionString: target.connectionString, max: 3, schedule: false });
}

type Outcome = { outcome: "sent"; providerMessageId: string | null } | { outcome: "retry" | "failed"; error: string } | { outcome: "skipped" };

interface Row {
  id: string;
  eventKey: string;
  channel: "EMAIL" | "SMS";
  address: string;
  subject: string | null;
  body: string;
}

type SendResult = { providerMessageId: string | null } | { error: string };

/** Calls the provider; its refusal or timeout becomes the text shown in the delivery log. */
export async function trySend(row: Pick<Row, "address" | "subject" | "body">, transport: Transport): Promise<SendResult> {
  try {
    return await transport.send({ to: row.address, subject: row.subject, body: row.body });
  } catch (e) {
    return { error: ((e as Error)?.message || String(e)).slice(0, 1000) };
  }
}

/**
 * Writes one attempt's result on the row while it is still PENDING — and, with `readAttempts`, still
 * at the attempt count it was read with (the unlocked path's version check). Otherwise nothing is
 * written and the attempt is "skipped": someone else settled the row meanwhile.
 */
async function recordOutcome(tx: Tx, row: Row, transport: string, result: SendResult, final: boolean, readAttempts?: number): Promise<Outcome> {
  const where = { id: row.id, status: "PENDING" as const, ...(readAttempts === undefined ? {} : { attempts: readAttempts }) };
  if ("providerMessageId" in result) {
    const { providerMessageId } = result;
    const { count } = await tx.delivery.updateMany({
      where,
      data: { status: "SENT", attempts: { increment: 1 }, transport, providerMessageId, sentAt: new Date(), lastError: null },
    });
    if (!count) return { outcome: "skipped" };
    await settleOutbox(tx, row.eventKey, "SENT");
    return { outcome: "sent", providerMessageId };
  }
  const { count } = await tx.delivery.updateMany({
    where,
    data: { status: final ? "FAILED" : "PENDING", attempts: { increment: 1 }, transport, lastError: result.error },
  });
  if (!count) return { outcome: "skipped" };
  if (final) await settleOutbox(tx, row.eventKey, "FAILED");
  return { outcome: final ? "failed" : "retry", error: result.error };
}

/** Sends a locked PENDING row and records the outcome (inside the caller's transaction). */
async function sendLocked(tx: Tx, row: Row, transport: Transport, final: boolean): Promise<Outcome> {
  return recordOutcome(tx, row, transport.name, await trySend(row, transport), final);
}

type TransportFor = (row: Row) => Transport;

/**
 * PostgreSQL server (several workers and processes): the row is locked (FOR UPDATE SKIP LOCKED) for
 * the whole send, so a job that expired and is retried while the first try is still sending skips it.
 */
async function deliverLocked(db: Db, id: string, transportFor: TransportFor, final: boolean): Promise<Outcome> {
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRawUnsafe<Row[]>(
        `SELECT "id", "eventKey", "channel", "address", "subject", "body" FROM "Delivery"
         WHERE "id" = $1::uuid AND "status" = 'PENDING' FOR UPDATE SKIP LOCKED`,
        id,
      );
      if (!row) return { outcome: "skipped" } as const; // sent, failed, or being sent by another worker
      return sendLocked(tx, row, transportFor(row), final);
    },
    { maxWait: 30_000, timeout: 90_000 },
  );
}

/**
 * Embedded (PGlite): a transaction holds the one connection, so holding it while the provider answers
 * would make every page of the app wait. No lock is needed either: one worker at concurrency 1, and
 * pg-boss's singletonKey gives a row one live job. So read, send with nothing open, and record in a
 * short transaction that applies only if the row is unchanged (still PENDING at the attempts read).
 */
async function deliverUnlocked(db: Db, id: string, transportFor: TransportFor, final: boolean): Promise<Outcome> {
  const row = await db.delivery.findFirst({
    where: { id, status: "PENDING" },
    select: { id: true, eventKey: true, channel: true, address: true, subject: true, body: true, attempts: true },
  });
  if (!row) return { outcome: "skipped" }; // sent or failed already
  const transport = transportFor(row);
  const result = await trySend(row, transport);
  return db.$transaction((tx) => recordOutcome(tx, row, transport.name, result, final, row.attempts));
}

/**
 * One attempt at one delivery. `final`: this is the last try (pg-boss has no retry left), so a failure
 * marks it FAILED. `lockRow`: lock the row while sending (a PostgreSQL server); the worker passes false
 * in embedded mode. Settings are read first, outside any transaction.
 */
export async function deliverOne(
  db: Db,
  id: string,
  {
    resolve = settingsTransport,
    final = false,
    settings,
    lockRow = true,
  }: { resolve?: TransportResolver; final?: boolean; settings?: TransportSettings; lockRow?: boolean } = {},
): Promise<Outcome> {
  const s = settings ?? (await transportSettings(db));
  const transportFor = (row: Row) => resolve(row.channel, s);
  return lockRow ? deliverLocked(db, id, transportFor, final) : deliverUnlocked(db, id, transportFor, final);
}

/** PENDING rows with no live job get one (pg-boss ignores a second job for the same key in the same state). */
export async function dispatchPending(db: Db, boss: PgBoss, limit = 200): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT d."id" FROM "Delivery" d
     WHERE d."status" = 'PENDING'
       AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $1 AND j.singleton_key = d."id"::text AND j.state < 'completed')
     ORDER BY d."createdAt", d."id" LIMIT $2`,
    DELIVERY_QUEUE,
    limit,
  );
  if (rows.length) await boss.insert(rows.map(({ id }) => ({ name: DELIVERY_QUEUE, data: { deliveryId: id }, singletonKey: id })));
  return rows.length;
}

export interface DeliveryWorkerOptions {
  db?: Db;
  boss?: BossTarget;
  resolve?: TransportResolver;
  /** The dispatcher's poll (ms). */
  intervalMs?: number;
  /** Retries after the first try (so retryLimit + 1 attempts), the first delay (s), doubling with jitter. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A job not finished in this time is failed by pg-boss and retried (a worker that died mid-send). */
  expireInSeconds?: number;
  /** Parallel job subscriptions on a server; always 1 on PGlite (one connection, and deliverUnlocked relies on it). */
  concurrency?: number;
  batchSize?: number;
}

export interface DeliveryWorker {
  ready: Promise<void>;
  /** Runs the dispatcher now (after a retry from the log). */
  kick: () => void;
  stop: (opts?: { graceful?: boolean }) => Promise<void>;
}

function defaultTarget(): BossTarget {
  if (isEmbedded()) return { pglite: getPglite()! };
  return { connectionString: process.env.DATABASE_URL! };
}

/** Starts pg-boss, the queue, its job handlers and the dispatcher. */
export function createDeliveryWorker(opts: DeliveryWorkerOptions = {}): DeliveryWorker {
  const db = opts.db ?? getDb();
  const target = opts.boss ?? defaultTarget();
  const embedded = "pglite" in target;
  const { intervalMs = 1000, retryLimit = 4, retryDelaySeconds = 30, expireInSeconds = 300, batchSize = 5 } = opts;
  const concurrency = embedded ? 1 : (opts.concurrency ?? 2);
  const resolve = opts.resolve ?? settingsTransport;
  const boss = createBoss(target);
  boss.on("error", (e) => console.error("[delivery] pg-boss:", e));
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ticking: Promise<void> = Promise.resolve();

  const handle = async (jobs: PgBoss.JobWithMetadata<{ deliveryId: string }>[]) => {
    for (const job of jobs) {
      if (stopped) return; // an abrupt stop leaves the rest to the next worker
      const r = await deliverOne(db, job.data.deliveryId, { resolve, final: job.retryCount >= job.retryLimit, lockRow: !embedded });
      // Failing just this job (not the batch) lets pg-boss retry it after its back-off.
      if (r.outcome === "retry" && !stopped) await boss.fail(DELIVERY_QUEUE, job.id, { message: r.error });
    }
  };

  const tick = async () => {
    try {
      await pumpOutbox(db);
      await dispatchPending(db, boss);
    } catch (e) {
      if (!stopped) console.error("[delivery] dispatch failed:", e);
    }
  };
  const loop = async () => {
    await (ticking = tick());
    if (!stopped) {
      timer = setTimeout(() => void loop(), intervalMs);
      timer.unref?.();
    }
  };

  const ready = (async () => {
    await boss.start();
    const queue = { name: DELIVERY_QUEUE, retryLimit, retryDelay: retryDelaySeconds, retryBackoff: true, expireInSeconds, policy: "stately" as const };
    await boss.createQueue(DELIVERY_QUEUE, queue);
    await boss.updateQueue(DELIVERY_QUEUE, queue); // an existing queue takes the current options
    for (let i = 0; i < concurrency; i++) {
      await boss.work(DELIVERY_QUEUE, { batchSize, includeMetadata: true, pollingIntervalSeconds: Math.max(0.5, intervalMs / 1000) }, handle);
    }
    void loop();
  })();

  return {
    ready,
    kick: () => void ready.then(() => (ticking = ticking.then(tick))),
    stop: async ({ graceful = true } = {}) => {
      stopped = true;
      clearTimeout(timer);
      await ready.catch(() => {});
      await ticking;
      await boss.stop({ graceful, wait: true, timeout: 30_000 });
    },
  };
}

// ——— One worker per process: the app's (embedded mode) or `npm run worker`'s.

const state = globalThis as unknown as { __bashgahDeliveryWorker?: DeliveryWorker };

export function startDeliveryWorker(opts: DeliveryWorkerOptions = {}): DeliveryWorker {
  if (state.__bashgahDeliveryWorker) return state.__bashgahDeliveryWorker;
  const worker = createDeliveryWorker(opts);
  worker.ready.catch((e) => console.error("[delivery] worker failed to start:", e));
  const stop = worker.stop;
  state.__bashgahDeliveryWorker = {
    ...worker,
    stop: async (o) => {
      await stop(o);
      delete state.__bashgahDeliveryWorker;
    },
  };
  return state.__bashgahDeliveryWorker;
}

/** Dispatches at once when this process runs the worker (otherwise its next poll does, within a second). */
export const kickDeliveryWorker = () => state.__bashgahDeliveryWorker?.kick();
