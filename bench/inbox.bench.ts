// npm run bench:inbox
// DATABASE_URL=postgresql://…/bashgah_inbox npm run bench:inbox   (a database of its own: empty, or
//                                                                   seeded by this benchmark before)
// The staff inbox at scale (issue 10): one million customers and 300,000 threads (5 departments,
// 4 statuses, 4 priorities, 20 staff, ~2 messages each), then the real services timed as the
// pages call them — listThreadsForStaff (the admin list: filters, subject search, a staff member who
// reads 2 of the 5 departments, the 50th keyset page), listThreadsForCustomer (the customer's own
// list) and the navigation badges (staffUnreadThreads, customerUnreadThreads), which run on every
// page. Targets: p95 ≤ 50 ms per page, ≤ 5 ms per badge count. Every case's slowest statement on the
// threads is captured from Prisma's query log and its EXPLAIN (ANALYZE, BUFFERS) written with the results:
// bench/results/inbox-<engine>[-<size>][-<BENCH_LABEL>].{json,md}. Without DATABASE_URL it runs on an
// in-memory PGlite. BENCH_CUSTOMERS / BENCH_THREADS change the size (a quick try of the benchmark).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { Client } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/generated/prisma/client";
import { pgliteExtensions, setDb } from "../server/db";
import { migrate, type SqlRunner } from "../server/migrate";
import { pgRunner, pgliteRunner } from "../server/sql-runners";
import { listThreadsForCustomer, listThreadsForStaff } from "../server/services/inbox/list";
import { customerUnreadThreads, staffUnreadThreads } from "../server/services/inbox/unread";
import { adminThreadListSchema, customerThreadListSchema, type AdminThreadListInput } from "../lib/schemas/inbox";
import { normalizeText, searchTextOf } from "../lib/normalize";
import { COMMON_WORD, RARE_WORD } from "./inbox/data";
import { MANAGER_USERNAME, SEED_TABLES, SEED_VERSION, THIRTY_THREADS_CUSTOMER, TWO_DEPARTMENT_STAFF, seedInbox, type SeedSize } from "./inbox/seed";

const SIZE: SeedSize = {
  customers: Number(process.env.BENCH_CUSTOMERS ?? 1_000_000),
  threads: Number(process.env.BENCH_THREADS ?? 300_000),
};
const DEFAULT_SIZE = SIZE.customers === 1_000_000 && SIZE.threads === 300_000;
const PAGE = { warmup: 20, samples: 300, targetP95: 50 };
const BADGE = { warmup: 100, samples: 2000, targetP95: 5 };
const DEEP_PAGE = 50;
/** What the pages send (components/inbox/thread-lists.tsx). */
const ADMIN_LIMIT = 30;
const CUSTOMER_LIMIT = 20;

const log = (...a: unknown[]) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...a);

// ——— The database ——————————————————————————————————————————————————————————————————————————

interface Logged {
  query: string;
  params: string;
  duration: number;
}
/** Statements Prisma sent while `capture` is set (for the plans). */
let capture: Logged[] | null = null;

async function openDatabase() {
  // Prisma's query log feeds `capture`; the services get a plain client type.
  const logged = (adapter: PrismaPg | PrismaPGlite): PrismaClient => {
    const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
    client.$on("query", (e) => capture?.push({ query: e.query, params: e.params, duration: e.duration }));
    return client;
  };
  let sql: SqlRunner;
  let db: PrismaClient;
  let engine: string;
  let server: string;
  let close: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    sql = pgRunner(client);
    db = logged(new PrismaPg({ connectionString: process.env.DATABASE_URL }));
    engine = "postgresql";
    server = `PostgreSQL ${(await sql.query<{ v: string }>("SELECT current_setting('server_version') AS v"))[0]!.v}`;
    close = () => client.end();
  } else {
    const pglite = new PGlite({ extensions: pgliteExtensions });
    sql = pgliteRunner(pglite);
    db = logged(new PrismaPGlite(pglite));
    engine = "pglite";
    server = "PGlite (in process)";
    close = () => pglite.close();
  }
  setDb(db);
  return { sql, db, engine, server, close };
}

interface SeedNote extends SeedSize {
  version: number;
  seconds: number;
  date: string;
}
const NOTE_PREFIX = "bench:inbox ";

/** Seeds an empty database, or reuses one this benchmark seeded at this size on the current schema. */
async function prepare(sql: SqlRunner): Promise<{ note: SeedNote; reused: boolean }> {
  const applied = await migrate(sql); // the app's own migration runner
  log(applied.length ? `migrations applied: ${applied.join(", ")}` : "migrations: up to date");
  // The seed leaves a note on the Thread table: who seeded it, at what size, how long it took.
  const [{ comment }] = await sql.query<{ comment: string | null }>(`SELECT obj_description('"Thread"'::regclass, 'pg_class') AS comment`);
  const note: SeedNote | null = comment?.startsWith(NOTE_PREFIX) ? JSON.parse(comment.slice(NOTE_PREFIX.length)) : null;
  const [{ users }] = await sql.query<{ users: number }>(`SELECT count(*)::int AS users FROM "User"`);
  if (note && note.version === SEED_VERSION && note.customers === SIZE.customers && note.threads === SIZE.threads && !applied.length) {
    log(`reusing the seeded database (${note.customers.toLocaleString("en")} customers, ${note.threads.toLocaleString("en")} threads, seeded ${note.date})`);
    return { note, reused: true };
  }
  if (users > 0) {
    if (!note) throw new Error(`the database holds ${users} users that this benchmark did not seed: give it a database of its own`);
    // Seeded by us, but at another size or before a migration that may add a column the seed fills.
    log(applied.length ? "the schema changed since this database was seeded: seeding it again" : "seeded by another version or at another size: seeding it again");
    await sql.exec(`TRUNCATE ${SEED_TABLES.map((t) => `"${t}"`).join(", ")} CASCADE`);
  }
  log(`seeding ${SIZE.customers.toLocaleString("en")} customers and ${SIZE.threads.toLocaleString("en")} threads…`);
  const seconds = await seedInbox(sql, SIZE, log);
  const fresh: SeedNote = { ...SIZE, version: SEED_VERSION, seconds: round(seconds), date: new Date().toISOString() };
  await sql.exec(`COMMENT ON TABLE "Thread" IS '${NOTE_PREFIX}${JSON.stringify(fresh)}'`);
  log(`seeded in ${fresh.seconds} s`);
  return { note: fresh, reused: false };
}

// ——— Measuring —————————————————————————————————————————————————————————————————————————————

const round = (x: number) => Number(x.toFixed(2));
function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => round(s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: round(s.reduce((a, b) => a + b, 0) / s.length), max: round(s.at(-1)!) };
}

/** A case whose calls take long stops at its time budget, after no fewer than MIN_SAMPLES calls. */
const BUDGET_MS = 30_000;
const MIN_SAMPLES = 20;

async function measure(fn: () => Promise<unknown>, { warmup, samples }: { warmup: number; samples: number }) {
  const warmupEnd = performance.now() + BUDGET_MS / 6;
  for (let i = 0; i < warmup && (i < 3 || performance.now() < warmupEnd); i++) await fn();
  const ms: number[] = [];
  const end = performance.now() + BUDGET_MS;
  for (let i = 0; i < samples && (i < MIN_SAMPLES || performance.now() < end); i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return { ...stats(ms), calls: ms.length };
}

/** Heavy processes that could disturb the timings (the run lock keeps the project's own away). */
function busyProcesses(): string[] {
  try {
    return execFileSync("pgrep", ["-af", "vitest|playwright|next-server|next build"], { encoding: "utf8" })
      .trim().split("\n")
      // One still waiting for the run lock is not running; the command that started this run is not another.
      .filter((p) => p && !/\bflock\b/.test(p) && !p.includes("bench:inbox"));
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** Prisma's log gives `params` as JSON text; the raw pg client takes the same values. */
async function explain(sql: SqlRunner, statement: Logged | undefined): Promise<string[]> {
  if (!statement) return ["(no statement captured)"];
  try {
    const params = JSON.parse(statement.params) as unknown[];
    const rows = await sql.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`, params);
    return rows.map((r) => r["QUERY PLAN"]);
  } catch (e) {
    return [`(EXPLAIN failed: ${(e as Error).message})`, statement.query, statement.params];
  }
}

interface CaseResult {
  kind: "page" | "badge";
  name: string;
  rows: number | null;
  ms: ReturnType<typeof stats> & { calls: number };
  targetP95: number;
  met: boolean;
  statements: number;
  slowest: string;
  plan: string[];
}

/** A timestamp(3) column read through pg (a local-time Date of the stored UTC digits) as the ISO text the app sends. */
const utc = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString();

function check(ok: boolean, what: string) {
  if (!ok) throw new Error(`check failed: ${what}`);
}

// ——— Main ——————————————————————————————————————————————————————————————————————————————————

async function main() {
  const { sql, db, engine, server, close } = await openDatabase();
  const { note, reused } = await prepare(sql);

  const one = async <T>(q: string, p: unknown[] = []) => (await sql.query<T>(q, p))[0]!;
  const departments = await sql.query<{ id: string; fa: string }>(`SELECT id, name->>'fa' AS fa FROM "Department" ORDER BY position`);
  const dept = (fa: string) => departments.find((d) => d.fa === fa)!.id;
  const user = (username: string) => one<{ id: string }>(`SELECT id FROM "User" WHERE username = $1`, [username]).then((r) => r.id);
  const manager = { id: await user(MANAGER_USERNAME), permissions: ["inbox.read", "inbox.write", "departments.read", "departments.write"] };
  const twoDept = { id: await user(TWO_DEPARTMENT_STAFF), permissions: ["inbox.read", "inbox.write"] };
  const twoDeptIds = (await sql.query<{ id: string }>(`SELECT "departmentId" AS id FROM "DepartmentStaff" WHERE "userId" = $1`, [twoDept.id])).map((r) => r.id);
  const assignee = await user("staff05"); // مشاوره and فنی
  const thirty = await one<{ id: string }>(`SELECT c.id FROM "Customer" c JOIN "User" u ON u.id = c."userId" WHERE u.username = $1`, [THIRTY_THREADS_CUSTOMER]);

  // The data, as the cases will meet it.
  const shape = {
    threads: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Thread"`)).n,
    messages: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "ThreadMessage"`)).n,
    customers: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Customer"`)).n,
    byDepartment: Object.fromEntries((await sql.query<{ k: string; n: number }>(
      `SELECT d.name->>'fa' AS k, count(*)::int AS n FROM "Thread" t JOIN "Department" d ON d.id = t."departmentId" GROUP BY 1 ORDER BY 2 DESC`)).map((r) => [r.k, r.n])),
    byStatus: Object.fromEntries((await sql.query<{ k: string; n: number }>(`SELECT status::text AS k, count(*)::int AS n FROM "Thread" GROUP BY 1 ORDER BY 2 DESC`)).map((r) => [r.k, r.n])),
    byPriority: Object.fromEntries((await sql.query<{ k: string; n: number }>(`SELECT priority::text AS k, count(*)::int AS n FROM "Thread" GROUP BY 1 ORDER BY 2 DESC`)).map((r) => [r.k, r.n])),
    waitingForStaff: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Thread" WHERE "waitingSince" IS NOT NULL`)).n,
    unassigned: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Thread" WHERE "assigneeId" IS NULL`)).n,
    byAssigneeStaff05: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Thread" WHERE "assigneeId" = $1`, [assignee])).n,
    staffUnread: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Thread" WHERE "staffUnread" > 0`)).n,
    customerUnread: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Thread" WHERE "customerUnread" > 0`)).n,
    commonWord: { word: COMMON_WORD, threads: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Thread" WHERE "searchText" LIKE $1`, [`%${normalizeText(COMMON_WORD)}%`])).n },
    rareWord: { word: RARE_WORD, threads: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Thread" WHERE "searchText" LIKE $1`, [`%${normalizeText(RARE_WORD)}%`])).n },
    thirtyCustomerThreads: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Thread" WHERE "customerId" = $1`, [thirty.id])).n,
    twoDepartmentStaffThreads: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Thread" WHERE "departmentId" = ANY($1::uuid[])`, [twoDeptIds])).n,
  };
  log("data:", JSON.stringify(shape));
  check(shape.thirtyCustomerThreads === 30, "the thirty-thread customer has 30 threads");
  check(twoDeptIds.length === 2, "staff01 reads two departments");
  // searchText as the services write it: searchTextOf([subject]) (a sample of 2,000).
  const sample = await sql.query<{ subject: string; searchText: string }>(`SELECT subject, "searchText" FROM "Thread" TABLESAMPLE SYSTEM (5) LIMIT 2000`);
  for (const r of sample) check(searchTextOf([r.subject]) === r.searchText, `searchText of "${r.subject}" is what the services write`);

  const results: CaseResult[] = [];
  const disturbed = new Set<string>();
  const run = async (kind: CaseResult["kind"], name: string, fn: () => Promise<unknown>, rows: number | null) => {
    // One call with Prisma's query log on: the slowest statement's plan goes with the results.
    capture = [];
    await fn();
    const statements = capture;
    capture = null;
    // The statement on the threads (not the departments or settings lookups): the slowest, or the longest.
    const onThreads = statements.filter((x) => /"Thread"/.test(x.query));
    const slowest = [...(onThreads.length ? onThreads : statements)].sort((a, b) => b.duration - a.duration || b.query.length - a.query.length)[0];
    const plan = await explain(sql, slowest);
    busyProcesses().forEach((p) => disturbed.add(p));
    const spec = kind === "page" ? PAGE : BADGE;
    const ms = await measure(fn, spec);
    busyProcesses().forEach((p) => disturbed.add(p));
    const r: CaseResult = { kind, name, rows, ms, targetP95: spec.targetP95, met: ms.p95 <= spec.targetP95, statements: statements.length, slowest: slowest?.query ?? "", plan };
    results.push(r);
    log(`${name}: p50 ${ms.p50} p95 ${ms.p95} ms (${rows ?? "-"} rows) ${r.met ? "" : "— OVER TARGET"}`);
  };

  // The admin list's first page (as the page asks: limit 30), each filter alone.
  const adminCases: Array<{ name: string; who: typeof manager; input: AdminThreadListInput; expect: (r: Awaited<ReturnType<typeof listThreadsForStaff>>["rows"][number]) => boolean }> = [
    { name: "admin list: no filter", who: manager, input: {}, expect: () => true },
    { name: "admin list: department فروش (35 %)", who: manager, input: { departmentId: dept("فروش") }, expect: (r) => (r.departmentName as { fa: string }).fa === "فروش" },
    { name: "admin list: department مدیریت (5 %)", who: manager, input: { departmentId: dept("مدیریت") }, expect: (r) => (r.departmentName as { fa: string }).fa === "مدیریت" },
    { name: "admin list: status WAITING_STAFF", who: manager, input: { status: "WAITING_STAFF" }, expect: (r) => r.status === "WAITING_STAFF" },
    // Not waiting for staff: the whole page sorts by newest activity (waitingSince is null).
    { name: "admin list: status WAITING_CUSTOMER", who: manager, input: { status: "WAITING_CUSTOMER" }, expect: (r) => r.status === "WAITING_CUSTOMER" },
    { name: "admin list: status CLOSED", who: manager, input: { status: "CLOSED" }, expect: (r) => r.status === "CLOSED" },
    // A department's queue: the wait and the status go together (only WAITING_STAFF threads wait).
    { name: "admin list: department فروش + status WAITING_STAFF", who: manager, input: { departmentId: dept("فروش"), status: "WAITING_STAFF" },
      expect: (r) => r.status === "WAITING_STAFF" && (r.departmentName as { fa: string }).fa === "فروش" },
    { name: "admin list: priority URGENT", who: manager, input: { priority: "URGENT" }, expect: (r) => r.priority === "URGENT" },
    { name: "admin list: assignee staff05", who: manager, input: { assigneeId: assignee }, expect: (r) => r.assigneeName !== null },
    { name: "admin list: unassigned", who: manager, input: { assigneeId: "none" }, expect: (r) => r.assigneeName === null },
    { name: "admin list: one customer (30 threads)", who: manager, input: { customerId: thirty.id }, expect: (r) => r.customerId === thirty.id },
    { name: `admin list: subject search «${COMMON_WORD}» (~1 %)`, who: manager, input: { q: COMMON_WORD }, expect: (r) => normalizeText(r.subject).includes(normalizeText(COMMON_WORD)) },
    { name: `admin list: subject search «${RARE_WORD}» (almost none)`, who: manager, input: { q: RARE_WORD }, expect: (r) => normalizeText(r.subject).includes(normalizeText(RARE_WORD)) },
    { name: "admin list: staff reading 2 of 5 departments", who: twoDept, input: {}, expect: (r) => ["فروش", "مدیریت"].includes((r.departmentName as { fa: string }).fa) },
  ];
  for (const c of adminCases) {
    const input = adminThreadListSchema.parse({ ...c.input, limit: ADMIN_LIMIT });
    const page = await listThreadsForStaff(db, c.who, input);
    check(page.rows.length > 0 && page.rows.every(c.expect), `${c.name}: every row matches the filter`);
    await run("page", c.name, () => listThreadsForStaff(db, c.who, input), page.rows.length);
  }
  check((await listThreadsForStaff(db, manager, adminThreadListSchema.parse({ q: RARE_WORD, limit: ADMIN_LIMIT }))).rows.length === shape.rareWord.threads,
    "the rare word's page holds all of its threads");

  // The 50th page: follow `next` 49 times, as the page's infinite list does.
  for (const c of [{ name: "no filter", input: {} }, { name: "department فروش", input: { departmentId: dept("فروش") } }]) {
    let input = adminThreadListSchema.parse({ ...c.input, limit: ADMIN_LIMIT });
    const seen = new Set<string>();
    for (let p = 1; p < DEEP_PAGE; p++) {
      const page = await listThreadsForStaff(db, manager, input);
      page.rows.forEach((r) => seen.add(r.id));
      check(page.next !== null, `${c.name}: there is a page ${p + 1}`);
      input = adminThreadListSchema.parse({ ...c.input, limit: ADMIN_LIMIT, cursor: page.next });
    }
    check(seen.size === (DEEP_PAGE - 1) * ADMIN_LIMIT, `${c.name}: 49 pages of distinct threads`);
    const deep = await listThreadsForStaff(db, manager, input);
    check(deep.rows.every((r) => !seen.has(r.id)), `${c.name}: page ${DEEP_PAGE} repeats no earlier thread`);
    await run("page", `admin list: page ${DEEP_PAGE}, ${c.name}`, () => listThreadsForStaff(db, manager, input), deep.rows.length);
  }

  // The page after the last waiting thread (the rest of the history, newest activity first): the
  // cursor the list hands out there, found in SQL (the last thread in the list's order that waits).
  for (const c of [{ name: "no filter", input: {}, where: "" }, { name: "department فروش", input: { departmentId: dept("فروش") }, where: `AND "departmentId" = '${dept("فروش")}'` }]) {
    const last = await one<{ waitingSince: Date; lastMessageAt: Date; id: string }>(
      `SELECT "waitingSince", "lastMessageAt", id FROM "Thread" WHERE "waitingSince" IS NOT NULL ${c.where}
       ORDER BY "waitingSince" DESC, "lastMessageAt" ASC, id ASC LIMIT 1`);
    const cursor = { waitingSince: utc(last.waitingSince), lastMessageAt: utc(last.lastMessageAt), id: last.id };
    const input = adminThreadListSchema.parse({ ...c.input, limit: ADMIN_LIMIT, cursor });
    const page = await listThreadsForStaff(db, manager, input);
    check(page.rows.length === ADMIN_LIMIT && page.rows.every((r) => r.waitingSince === null), `${c.name}: the page after the waiting threads holds none that waits`);
    await run("page", `admin list: first page after the waiting threads, ${c.name}`, () => listThreadsForStaff(db, manager, input), page.rows.length);
  }

  // The customer's own list (myInbox.list; the page asks for 20).
  const mine = customerThreadListSchema.parse({ limit: CUSTOMER_LIMIT });
  const first = await listThreadsForCustomer(db, thirty.id, mine);
  const rest = await listThreadsForCustomer(db, thirty.id, customerThreadListSchema.parse({ limit: CUSTOMER_LIMIT, cursor: first.next }));
  check(first.rows.length === 20 && rest.rows.length === 10 && rest.next === null, "the customer's list pages 30 threads as 20 + 10");
  await run("page", "customer's own list (myInbox), first page", () => listThreadsForCustomer(db, thirty.id, mine), first.rows.length);

  // The navigation badges, on every page.
  const expected = {
    manager: shape.staffUnread,
    twoDept: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Thread" WHERE "staffUnread" > 0 AND "departmentId" = ANY($1::uuid[])`, [twoDeptIds])).n,
    customer: (await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Thread" WHERE "customerUnread" > 0 AND "customerId" = $1`, [thirty.id])).n,
  };
  check((await staffUnreadThreads(db, manager)) === expected.manager, "the manager's badge counts every unread thread");
  check((await staffUnreadThreads(db, twoDept)) === expected.twoDept, "the 2-department badge counts their departments' unread threads");
  check((await customerUnreadThreads(db, thirty.id)) === expected.customer, "the customer's badge counts their unread threads");
  await run("badge", `badge: staffUnreadThreads, manager (${expected.manager})`, () => staffUnreadThreads(db, manager), null);
  await run("badge", `badge: staffUnreadThreads, 2 departments (${expected.twoDept})`, () => staffUnreadThreads(db, twoDept), null);
  await run("badge", `badge: customerUnreadThreads (${expected.customer})`, () => customerUnreadThreads(db, thirty.id), null);

  await db.$disconnect();
  await close();

  const date = new Date().toISOString().slice(0, 10);
  const report = {
    benchmark: "inbox",
    date,
    label: process.env.BENCH_LABEL ?? null,
    engine,
    server,
    machine: { cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    size: SIZE,
    seedSeconds: note.seconds,
    seededAt: note.date,
    reusedSeededDatabase: reused,
    shape,
    samples: { page: PAGE, badge: BADGE },
    otherHeavyProcesses: [...disturbed],
    results,
  };
  mkdirSync("bench/results", { recursive: true });
  const suffix = [DEFAULT_SIZE ? "" : `${SIZE.customers}-${SIZE.threads}`, process.env.BENCH_LABEL ?? ""].filter(Boolean).map((s) => `-${s}`).join("");
  const file = `bench/results/inbox-${engine}${suffix}`;
  writeFileSync(`${file}.json`, JSON.stringify(report, null, 2) + "\n");
  writeFileSync(`${file}.md`, markdown(report));
  console.log("\n" + table(results));
  log(`wrote ${file}.json and .md`);
  if (results.some((r) => !r.met)) log("some cases are over their target");
}

function table(results: CaseResult[]): string {
  return [
    "| case | rows | calls | p50 / p95 / p99 ms | target p95 | met |",
    "| --- | --- | --- | --- | --- | --- |",
    ...results.map((r) => `| ${r.name} | ${r.rows ?? "–"} | ${r.ms.calls} | ${r.ms.p50} / ${r.ms.p95} / ${r.ms.p99} | ${r.targetP95} | ${r.met ? "yes" : "**no**"} |`),
  ].join("\n");
}

function markdown(r: {
  date: string; label: string | null; server: string; machine: { cores: number; memoryGB: number; node: string }; size: SeedSize;
  seedSeconds: number; reusedSeededDatabase: boolean; shape: Record<string, unknown>; otherHeavyProcesses: string[]; results: CaseResult[];
}): string {
  return `# inbox at ${r.size.customers.toLocaleString("en")} customers, ${r.size.threads.toLocaleString("en")} threads — ${r.date}${r.label ? ` (${r.label})` : ""}

${r.server}; ${r.machine.cores} cores, ${r.machine.memoryGB} GB, Node ${r.machine.node}. Seeding took ${r.seedSeconds} s${r.reusedSeededDatabase ? " (when it was seeded; this run reused it)" : ""}.
${r.otherHeavyProcesses.length ? `\n**Other heavy processes were running:** ${r.otherHeavyProcesses.join("; ")}\n` : ""}
Milliseconds per call of the service (\`listThreadsForStaff\`, \`listThreadsForCustomer\`, \`staffUnreadThreads\`,
\`customerUnreadThreads\`), input parsed by the procedures' schemas; pages ${PAGE.samples} calls after ${PAGE.warmup} warm-up calls,
badges ${BADGE.samples} after ${BADGE.warmup}; a case stops after ${BUDGET_MS / 1000} s (at no fewer than ${MIN_SAMPLES} calls). Targets: p95 ≤ ${PAGE.targetP95} ms per page, ≤ ${BADGE.targetP95} ms per badge.

${table(r.results)}

Data: \`${JSON.stringify(r.shape)}\`

## Plans (EXPLAIN (ANALYZE, BUFFERS) of each case's slowest statement on the threads)

${r.results.map((x) => `### ${x.name}\n\n${x.statements} statements per call.\n\n\`\`\`\n${x.plan.join("\n")}\n\`\`\``).join("\n\n")}
`;
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
