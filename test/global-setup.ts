// Migrates one database once; every test file then opens its own copy of it:
// PGlite: a dump of the migrated data folder, loaded per file (about half a second);
// PostgreSQL (DATABASE_URL): a template database, copied per file with CREATE DATABASE … TEMPLATE.
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { migrate } from "../server/migrate";
import { pgRunner, pgliteRunner } from "../server/sql-runners";
import { createPgliteClient, pgliteExtensions } from "../server/db";
import { ensureSystemRoles } from "../server/services/system-roles";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/generated/prisma/client";
import { TEMPLATE_DB, databaseUrl } from "./pg-url";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
    await admin.end();
    const tpl = new Client({ connectionString: databaseUrl(TEMPLATE_DB) });
    await tpl.connect();
    await migrate(pgRunner(tpl));
    await tpl.end();
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(TEMPLATE_DB) }) });
    await ensureSystemRoles(db);
    await db.$disconnect();
    project.provide("pgliteDump", "");
    return;
  }
  const pglite = new PGlite({ extensions: pgliteExtensions });
  await migrate(pgliteRunner(pglite));
  const db = createPgliteClient(pglite);
  await ensureSystemRoles(db);
  const dump = await pglite.dumpDataDir("none");
  const dir = mkdtempSync(join(tmpdir(), "bashgah-test-"));
  const file = join(dir, "migrated.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide("pgliteDump", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
