// The benchmark's database: PostgreSQL at DATABASE_URL (a database of its own: migrated here, and
// refused when it holds users, as the benchmark clears the rate-limit counters), or, without it, an
// embedded PGlite in a temporary folder that the server opens (one process at a time: the benchmark
// writes the polls before the server starts and reads the results after it stops).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { Client } from "pg";
import { PrismaClient } from "../../server/generated/prisma/client";
import { createPgliteClient, pgliteExtensions } from "../../server/db";
import { migrate } from "../../server/migrate";
import { pgRunner, pgliteRunner } from "../../server/sql-runners";
import { DEMO_POLL_QUESTION } from "../../server/demo-polls";

export type Engine = "postgresql" | "pglite";

export interface BenchPoll {
  id: string;
  optionIds: string[];
  typeIds: string[];
}

export interface StoredAnswer {
  visitorId: string | null;
  customerId: string | null;
  optionId: string;
}

export interface BenchDatabase {
  engine: Engine;
  /** What the server's environment needs to use this database (besides AUTH_SECRET). */
  serverEnv: NodeJS.ProcessEnv;
  /** Runs `work` with a client while no server holds the database (PGlite) or at any time (PostgreSQL). */
  use<T>(work: (db: PrismaClient) => Promise<T>): Promise<T>;
  /** Connections PostgreSQL has accepted to this database so far (pg_stat_database.sessions); null on PGlite. */
  sessions(): Promise<number | null>;
  dispose(): Promise<void>;
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await migrate(pgRunner(client));
      const users = Number((await client.query(`SELECT count(*) AS n FROM "User"`)).rows[0].n);
      if (users > 0) throw new Error(`DATABASE_URL holds ${users} users: give the benchmark a database of its own`);
      // Counters left by an earlier run (contact: 15 minutes per address) would refuse this run's senders.
      await client.query(`DELETE FROM "RateLimit"`);
    } finally {
      await client.end();
    }
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
    delete env.PGLITE_DATA_DIR;
    const sessions = async () =>
      Number((await db.$queryRaw<{ n: bigint }[]>`SELECT sessions AS n FROM pg_stat_database WHERE datname = current_database()`)[0]!.n);
    return { engine: "postgresql", serverEnv: env, use: (work) => work(db), sessions, dispose: () => db.$disconnect() };
  }

  const dir = mkdtempSync(join(tmpdir(), "bashgah-bench-public-forms-"));
  const use = async <T>(work: (db: PrismaClient) => Promise<T>) => {
    const pglite = new PGlite(dir, { extensions: pgliteExtensions });
    const db = createPgliteClient(pglite);
    try {
      return await work(db);
    } finally {
      await db.$disconnect();
      await pglite.close();
    }
  };
  {
    const pglite = new PGlite(dir, { extensions: pgliteExtensions });
    await migrate(pgliteRunner(pglite));
    await pglite.close();
  }
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dir };
  delete env.DATABASE_URL;
  return { engine: "pglite", serverEnv: env, use, sessions: async () => null, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** An open poll for anyone with the link, shaped like seed 003's example (3 answers, 4 respondent types, a message box). */
export async function createBenchPoll(db: PrismaClient, note: string): Promise<BenchPoll> {
  const position = (label: string, i: number) => ({ label, position: i });
  const poll = await db.poll.create({
    data: {
      question: `${DEMO_POLL_QUESTION} (${note})`,
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
      allowMessage: true,
      audience: "ANYONE",
      status: "OPEN",
      options: { create: ["زیاد", "متوسط", "کم"].map(position) },
      respondentTypes: { create: ["خانم", "آقا", "دختر", "پسر"].map(position) },
    },
    select: {
      id: true,
      options: { orderBy: { position: "asc" }, select: { id: true } },
      respondentTypes: { orderBy: { position: "asc" }, select: { id: true } },
    },
  });
  return { id: poll.id, optionIds: poll.options.map((o) => o.id), typeIds: poll.respondentTypes.map((t) => t.id) };
}

export function storedAnswers(db: PrismaClient, pollId: string): Promise<StoredAnswer[]> {
  return db.pollResponse.findMany({ where: { pollId }, select: { visitorId: true, customerId: true, optionId: true } });
}

export async function storedContactSubjects(db: PrismaClient, prefix: string): Promise<string[]> {
  const rows = await db.contactMessage.findMany({ where: { subject: { startsWith: prefix } }, select: { subject: true } });
  return rows.map((r) => r.subject);
}
