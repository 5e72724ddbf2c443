import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";

// Applies prisma/migrations/*/migration.sql in order, one transaction each, and records them in
// Prisma's own _prisma_migrations table, so `prisma migrate deploy` elsewhere agrees with it.
// Prisma's native engine cannot be downloaded here; this runner serves PGlite and PostgreSQL alike.

/** Runs SQL: `exec` takes several statements at once, `query` one with parameters. */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export function migrationsDir(): string {
  return resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.PRISMA_MIGRATIONS ?? "prisma/migrations");
}

export async function migrate(sql: SqlRunner, dir = migrationsDir()): Promise<string[]> {
  await sql.exec(MIGRATIONS_TABLE);
  const done = new Set(
    (await sql.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )).map((r) => r.migration_name),
  );
  const pending = (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : [])
    .filter((d) => d.isDirectory() && !done.has(d.name) && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
  for (const name of pending) {
    const body = readFileSync(join(dir, name, "migration.sql"), "utf8");
    const checksum = createHash("sha256").update(body).digest("hex");
    await sql.exec("BEGIN");
    try {
      await sql.exec(body);
      await sql.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
         VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), checksum, name],
      );
      await sql.exec("COMMIT");
    } catch (e) {
      await sql.exec("ROLLBACK");
      throw new Error(`migration ${name} failed: ${(e as Error).message}`);
    }
  }
  return pending;
}
