// npm run bench -- [users]   (default 1,000,000)
// What every request and every sign-in costs at scale: the session check that runs on each
// request (currentSessionState: user row + permissions of their roles) and the sign-in lookup by
// username, e-mail or mobile. Runs on an in-memory PGlite, or on DATABASE_URL when set (it must be
// an empty database: the benchmark migrates it and fills it). Results go to bench/results/.
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { createPgliteClient, getDb, pgliteExtensions, setDb } from "../server/db";
import { migrate } from "../server/migrate";
import { pgRunner, pgliteRunner } from "../server/sql-runners";
import { ensureSystemRoles } from "../server/services/system-roles";
import { authenticate, currentSessionState } from "../server/services/sign-in";
import { hashPassword } from "../server/services/passwords";

const USERS = Number(process.argv[2] ?? 1_000_000);
const SAMPLES = 2000;

async function openDatabase() {
  if (process.env.DATABASE_URL) {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await migrate(pgRunner(client));
    await client.end();
    return { engine: "postgresql", exec: (sql: string) => getDb().$executeRawUnsafe(sql) };
  }
  const pglite = new PGlite({ extensions: pgliteExtensions });
  await migrate(pgliteRunner(pglite));
  setDb(createPgliteClient(pglite));
  return { engine: "pglite", exec: (sql: string) => pglite.exec(sql) };
}

function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(3));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

async function measure(fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 50; i++) await fn(i); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    await fn(i);
    ms.push(performance.now() - start);
  }
  return stats(ms);
}

async function main() {
  const { engine, exec } = await openDatabase();
  const db = getDb();
  const roles = await ensureSystemRoles(db);
  // Everyone shares one cheap hash: the benchmark measures the queries, not bcrypt.
  process.env.BCRYPT_COST = "4";
  const hash = (await hashPassword("bench-password")).replace(/'/g, "''");

  const fillStart = performance.now();
  // Bulk SQL, not row-by-row inserts: users, their customer records and the default role.
  await exec(`
    INSERT INTO "User" (id, username, email, mobile, name, "passwordHash", "updatedAt", "createdAt")
    SELECT gen_random_uuid(), 'user' || g, 'user' || g || '@example.com', '+98912' || lpad(g::text, 7, '0'),
           'مشتری ' || g, '${hash}', now(), now() - (g || ' seconds')::interval
    FROM generate_series(1, ${USERS}) g;
    INSERT INTO "Customer" (id, "userId", "referralCode", "searchText", "updatedAt")
    SELECT gen_random_uuid(), id, upper(md5(id::text)), lower(name || ' ' || username), now() FROM "User";
    INSERT INTO "UserRole" ("userId", "roleId") SELECT id, '${roles.customer}' FROM "User";
    ANALYZE;`);
  const fillSeconds = (performance.now() - fillStart) / 1000;

  const ids = (await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "User" ORDER BY random() LIMIT ${SAMPLES}`)).map((r) => r.id);
  const pick = (i: number) => 1 + ((i * 7919) % USERS);

  const results = {
    engine,
    users: USERS,
    samples: SAMPLES,
    fillSeconds: Number(fillSeconds.toFixed(1)),
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
    msPerCall: {
      sessionCheckPerRequest: await measure((i) => currentSessionState(db, ids[i % ids.length], 0)),
      signInByUsername: await measure((i) => authenticate(db, `user${pick(i)}`, "bench-password")),
      signInByMobile: await measure((i) => authenticate(db, `0912${String(pick(i)).padStart(7, "0")}`, "bench-password")),
      signInUnknownUser: await measure((i) => authenticate(db, `nobody${i}`, "bench-password")),
    },
  };
  console.log(JSON.stringify(results, null, 2));
  writeFileSync(`bench/results/auth-${engine}-${USERS}.json`, JSON.stringify(results, null, 2) + "\n");
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
