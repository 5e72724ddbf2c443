// npm run bench:rewards
// The reward worker (issue 7, point 11): 10,000 `order.completed` events — 2,000 customers (half of
// them referred by another, signed up 15–20 days ago), 10,000 COMPLETED orders of 1–4 lines, the seed
// 003 rules and settings — drained as production drains them: processPendingEvents(db, { limit: 100 })
// again and again until nothing is pending; then the same events again with two workers at once.
// Target: ≥ 500 events/s and p95 ≤ 20 ms per event on PostgreSQL. After each run the ledgers are
// checked: the entries expected from the rules (computed in SQL), every cached balance equal to its
// ledger's sum, and no event left pending. Runs on an in-memory PGlite, or on DATABASE_URL when set
// (an empty database: the benchmark migrates and fills it). Results: bench/results/rewards-<engine>.json.
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/generated/prisma/client";
import { createPgliteClient, getDb, pgliteExtensions, setDb, type Db } from "../server/db";
import { migrate } from "../server/migrate";
import { pgRunner, pgliteRunner } from "../server/sql-runners";
import { seedDemoLoyalty } from "../server/demo-loyalty";
import { processPendingEvents } from "../server/services/loyalty/reward-worker";

const CUSTOMERS = 2000; // even-numbered ones are referred by the customer numbered one below
const ORDERS = 10_000;
const PRODUCTS = 200;
const LIMIT = 100; // the worker's batch, as startRewardWorker uses it
const TARGET_EVENTS_PER_SECOND = 500;
const TARGET_P95_MS = 20;

/** Statements Prisma sent, and the time they took in the driver (PostgreSQL only). */
const queries = { count: 0, ms: 0 };

async function openDatabase() {
  if (process.env.DATABASE_URL) {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await migrate(pgRunner(client));
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    await client.end();
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }),
      log: [{ emit: "event", level: "query" }],
    });
    prisma.$on("query", (e) => {
      queries.count += 1;
      queries.ms += e.duration;
    });
    setDb(prisma);
    return { engine: "postgresql", server: `PostgreSQL ${rows[0]!.server_version}`, exec: (sql: string) => getDb().$executeRawUnsafe(sql) };
  }
  const pglite = new PGlite({ extensions: pgliteExtensions });
  await migrate(pgliteRunner(pglite));
  setDb(createPgliteClient(pglite));
  return { engine: "pglite", server: "PGlite (in process)", exec: (sql: string) => pglite.exec(sql) };
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(3));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

async function fill(exec: (sql: string) => Promise<unknown>, db: Db) {
  // Products worth 10,000–300,000 and 0–2 points each; customers numbered 1…N signed up 15–20 days
  // ago, the even-numbered referred by the one below; orders completed 1 hour to 14 days after
  // their customer's sign-up (so about two thirds fall within the 10-day commission window), each
  // with 1–4 lines of 1–3 units; and the events order-status.ts writes on completion.
  await exec(`
    INSERT INTO "Product" (id, sku, name, price, "pointValue", "updatedAt")
      SELECT gen_random_uuid(), 'SKU-' || lpad(g::text, 4, '0'), jsonb_build_object('fa', 'محصول ' || g, 'ar', '', 'en', ''),
             10000 * (1 + g % 30), (g % 5) * 50, now()
      FROM generate_series(1, ${PRODUCTS}) g;
    INSERT INTO "User" (id, username, name, "updatedAt")
      SELECT gen_random_uuid(), 'shopper' || g, 'مشتری ' || g, now() FROM generate_series(1, ${CUSTOMERS}) g;
    INSERT INTO "Customer" (id, "userId", "referralCode", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), u.id, upper(md5(u.id::text)),
             now() - interval '20 days' + (substr(u.username, 8)::int % 5) * interval '1 day', now()
      FROM "User" u WHERE u.username LIKE 'shopper%';
    CREATE TEMP TABLE bench_customer AS
      SELECT c.id, c."createdAt", substr(u.username, 8)::int AS n FROM "Customer" c JOIN "User" u ON u.id = c."userId" WHERE u.username LIKE 'shopper%';
    UPDATE "Customer" c SET "referrerId" = r.id
      FROM bench_customer me JOIN bench_customer r ON r.n = me.n - 1
      WHERE me.id = c.id AND me.n % 2 = 0;
    INSERT INTO "Order" (id, "customerId", status, "placedAt", "paidAt", "completedAt", "updatedAt")
      SELECT gen_random_uuid(), cs.id, 'COMPLETED', t.at - interval '30 minutes', t.at - interval '30 minutes', t.at, now()
      FROM generate_series(1, ${ORDERS}) g
      JOIN bench_customer cs ON cs.n = 1 + g % ${CUSTOMERS}
      CROSS JOIN LATERAL (SELECT cs."createdAt" + (g % 15) * interval '1 day' + interval '1 hour' + g * interval '1 second' AS at) t;
    WITH p AS (SELECT id, sku, price, "pointValue", row_number() OVER (ORDER BY sku) AS rn FROM "Product")
    INSERT INTO "OrderLine" (id, "orderId", "productId", sku, name, quantity, "unitPrice", "pointValue")
      SELECT gen_random_uuid(), o.id, p.id, p.sku, jsonb_build_object('fa', p.sku, 'ar', '', 'en', ''), 1 + (o.number * 7 + k) % 3, p.price, p."pointValue"
      FROM "Order" o CROSS JOIN generate_series(0, 3) k JOIN p ON p.rn = 1 + (o.number * 31 + k * 17) % ${PRODUCTS}
      WHERE k <= o.number % 4;
    UPDATE "Order" o SET subtotal = s.total, total = s.total, "paidAmount" = s.total
      FROM (SELECT "orderId", SUM(quantity * "unitPrice") AS total FROM "OrderLine" GROUP BY "orderId") s WHERE s."orderId" = o.id;
    UPDATE "Customer" c SET "orderCount" = s.n FROM (SELECT "customerId", count(*) AS n FROM "Order" GROUP BY 1) s WHERE s."customerId" = c.id;
    INSERT INTO "DomainEvent" (id, type, "aggregateId", payload, "createdAt")
      SELECT gen_random_uuid(), 'order.completed', o.id,
             jsonb_build_object('customerId', o."customerId", 'number', o.number, 'currency', o.currency, 'total', o.total::text,
               'lines', (SELECT jsonb_agg(jsonb_build_object('productId', l."productId", 'categoryId', l."categoryId", 'brandId', l."brandId",
                                                             'sku', l.sku, 'quantity', l.quantity, 'unitPrice', l."unitPrice"::text,
                                                             'pointValue', l."pointValue"::text) ORDER BY l.id)
                         FROM "OrderLine" l WHERE l."orderId" = o.id)),
             o."completedAt"
      FROM "Order" o;
    DROP TABLE bench_customer;`);
  // Seed 003's rules and settings, written by the demo seed itself.
  await db.$transaction((tx) => seedDemoLoyalty(tx));
}

/** What the rules should have granted, computed in SQL from the orders, the customers and the active rules. */
async function expected(db: Db) {
  const [row] = await db.$queryRawUnsafe<Record<string, string>[]>(`
    WITH r AS (SELECT * FROM "PointsRule" WHERE active ORDER BY points DESC, "createdAt", id LIMIT 1),
         cr AS (SELECT * FROM "CommissionRule" WHERE active ORDER BY "percentBp" DESC, "createdAt", id LIMIT 1),
         o AS (SELECT o.id, o.total, o."completedAt", c."createdAt" AS "signedUpAt", c."referrerId",
                      SUM(l.quantity) AS items, SUM(l.quantity * l."pointValue") AS pp
               FROM "Order" o JOIN "Customer" c ON c.id = o."customerId" JOIN "OrderLine" l ON l."orderId" = o.id
               WHERE o.status = 'COMPLETED' GROUP BY o.id, c.id),
         m AS (SELECT o.*, r.points, r."referrerPoints", cr."percentBp",
                      (r."minOrderTotal" IS NULL AND r."minItemCount" IS NULL) OR o.total >= r."minOrderTotal" OR o.items >= r."minItemCount" AS rule_hit,
                      o."referrerId" IS NOT NULL AND o.total >= cr."minOrderAmount"
                        AND o."completedAt" - o."signedUpAt" <= cr."maxDaysSinceSignup" * interval '1 day' AS commission_hit
               FROM o, r, cr)
    SELECT count(*) FILTER (WHERE rule_hit AND points > 0)::text AS "ORDER_RULE",
           count(*) FILTER (WHERE pp > 0)::text AS "ORDER_PRODUCTS",
           count(*) FILTER (WHERE rule_hit AND "referrerId" IS NOT NULL AND "referrerPoints" > 0)::text AS "REFERRER_ORDER",
           count(*) FILTER (WHERE commission_hit AND total * "percentBp" / 10000 > 0)::text AS "COMMISSION",
           (COALESCE(SUM(points) FILTER (WHERE rule_hit), 0) + COALESCE(SUM(pp), 0)
             + COALESCE(SUM("referrerPoints") FILTER (WHERE rule_hit AND "referrerId" IS NOT NULL), 0))::text AS "pointsSum",
           COALESCE(SUM(total * "percentBp" / 10000) FILTER (WHERE commission_hit), 0)::text AS "walletSum",
           count(*) FILTER (WHERE "referrerId" IS NOT NULL)::text AS "referredOrders"
    FROM m`);
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)]));
}

async function actual(db: Db) {
  const rows = await db.$queryRawUnsafe<{ kind: string; n: string; total: string }[]>(`
    SELECT kind::text, count(*)::text AS n, SUM(amount)::text AS total FROM "PointsEntry" GROUP BY kind
    UNION ALL SELECT kind::text, count(*)::text, SUM(amount)::text FROM "WalletEntry" GROUP BY kind`);
  const byKind = Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
  const sum = (kinds: string[]) => rows.filter((r) => kinds.includes(r.kind)).reduce((s, r) => s + Number(r.total), 0);
  const [{ mismatches }] = await db.$queryRawUnsafe<{ mismatches: string }[]>(`
    SELECT count(*)::text AS mismatches FROM "Customer" c
    WHERE c."pointsBalance" <> COALESCE((SELECT SUM(p.amount) FROM "PointsEntry" p WHERE p."customerId" = c.id), 0)
       OR c."walletBalance" <> COALESCE((SELECT SUM(w.amount) FROM "WalletEntry" w WHERE w."customerId" = c.id), 0)`);
  const [{ pending }] = await db.$queryRawUnsafe<{ pending: string }[]>(`SELECT count(*)::text AS pending FROM "DomainEvent" WHERE "processedAt" IS NULL`);
  return {
    entries: {
      ORDER_RULE: byKind.ORDER_RULE ?? 0,
      ORDER_PRODUCTS: byKind.ORDER_PRODUCTS ?? 0,
      REFERRER_ORDER: byKind.REFERRER_ORDER ?? 0,
      COMMISSION: byKind.COMMISSION ?? 0,
    },
    otherKinds: rows.filter((r) => !["ORDER_RULE", "ORDER_PRODUCTS", "REFERRER_ORDER", "COMMISSION"].includes(r.kind)).map((r) => r.kind),
    pointsSum: sum(["ORDER_RULE", "ORDER_PRODUCTS", "REFERRER_ORDER"]),
    walletSum: sum(["COMMISSION"]),
    balanceMismatches: Number(mismatches),
    pendingEvents: Number(pending),
  };
}

async function verify(db: Db, want: Record<string, number>) {
  const got = await actual(db);
  const problems: string[] = [];
  for (const [kind, n] of Object.entries(got.entries)) if (n !== want[kind]) problems.push(`${kind}: ${n} entries, expected ${want[kind]}`);
  if (got.otherKinds.length) problems.push(`unexpected entry kinds: ${got.otherKinds.join(", ")}`);
  if (got.pointsSum !== want.pointsSum) problems.push(`points granted ${got.pointsSum}, expected ${want.pointsSum}`);
  if (got.walletSum !== want.walletSum) problems.push(`commission granted ${got.walletSum}, expected ${want.walletSum}`);
  if (got.balanceMismatches) problems.push(`${got.balanceMismatches} customers' cached balances differ from their ledgers`);
  if (got.pendingEvents) problems.push(`${got.pendingEvents} events left pending`);
  return { ...got, ok: problems.length === 0, problems };
}

/** `workers` loops of processPendingEvents in parallel on the same client, until none finds work. */
async function drain(db: Db, workers: number) {
  const batches: { ms: number; events: number }[] = [];
  let failed = 0;
  let deferred = 0;
  const before = { ...queries };
  const start = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (;;) {
        const t = performance.now();
        const r = await processPendingEvents(db, { limit: LIMIT });
        const ms = performance.now() - t;
        failed += r.failed;
        deferred += r.deferred;
        if (r.processed === 0) break; // nothing pending, or everything left is held by the other worker
        batches.push({ ms, events: r.processed });
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const events = batches.reduce((n, b) => n + b.events, 0);
  // Each event of a batch waited for the whole batch; its share of the work is the batch's time / its events.
  const perEvent = batches.flatMap((b) => Array<number>(b.events).fill(b.ms / b.events));
  const statements = queries.count - before.count;
  return {
    workers,
    events,
    batches: batches.length,
    failed,
    deferred,
    seconds: Number(seconds.toFixed(2)),
    eventsPerSecond: Math.round(events / seconds),
    msPerEvent: stats(perEvent),
    msPerBatch: stats(batches.map((b) => b.ms)),
    ...(statements
      ? {
          statementsPerEvent: Number((statements / events).toFixed(2)),
          driverMsPerEvent: Number(((queries.ms - before.ms) / events).toFixed(3)),
        }
      : {}),
  };
}

/**
 * Back to the state before the run: no entries, zero balances, every event pending. The ledgers'
 * append-only triggers refuse DELETE row by row; TRUNCATE (a benchmark's privilege) is not a row event.
 */
async function reset(exec: (sql: string) => Promise<unknown>) {
  await exec(`
    TRUNCATE "PointsEntry", "WalletEntry";
    UPDATE "Customer" SET "pointsBalance" = 0, "walletBalance" = 0 WHERE "pointsBalance" <> 0 OR "walletBalance" <> 0;
    UPDATE "DomainEvent" SET "processedAt" = NULL;`);
  await exec(`VACUUM ANALYZE`);
}

async function main() {
  const { engine, server, exec } = await openDatabase();
  const db = getDb();
  const fillStart = performance.now();
  await fill(exec, db);
  // As autovacuum leaves a live database.
  await exec(`VACUUM ANALYZE`);
  const fillSeconds = (performance.now() - fillStart) / 1000;
  const want = await expected(db);
  console.log("expected:", want);

  const runs = [];
  const one = await drain(db, 1);
  runs.push({ ...one, check: await verify(db, want) });
  console.log(JSON.stringify(runs.at(-1), null, 2));
  // Two workers need two connections; PGlite has one, so it runs one worker only.
  if (engine === "postgresql") {
    await reset(exec);
    const two = await drain(db, 2);
    runs.push({ ...two, check: await verify(db, want) });
    console.log(JSON.stringify(runs.at(-1), null, 2));
  }

  const results = {
    engine,
    server,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
    shape: { customers: CUSTOMERS, referredCustomers: CUSTOMERS / 2, orders: ORDERS, events: ORDERS, products: PRODUCTS, linesPerOrder: "1–4", batchLimit: LIMIT },
    fillSeconds: Number(fillSeconds.toFixed(1)),
    expected: want,
    target: { eventsPerSecond: TARGET_EVENTS_PER_SECOND, p95MsPerEvent: TARGET_P95_MS },
    runs: runs.map((r) => ({
      ...r,
      targetMet: r.eventsPerSecond >= TARGET_EVENTS_PER_SECOND && r.msPerEvent.p95 <= TARGET_P95_MS,
    })),
  };
  console.log(JSON.stringify({ ...results, runs: results.runs.map(({ check, ...r }) => ({ ...r, ok: check.ok })) }, null, 2));
  writeFileSync(`bench/results/rewards-${engine}.json`, JSON.stringify(results, null, 2) + "\n");
  if (runs.some((r) => !r.check.ok)) {
    console.error("correctness check failed:", runs.map((r) => r.check.problems));
    process.exitCode = 1;
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
