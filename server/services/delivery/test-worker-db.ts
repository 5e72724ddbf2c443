// Tests of the delivery worker need the raw connection pg-boss runs on (the PGlite instance, or the
// server database's URL), which test/db.ts keeps to itself: this opens the file's database the same
// way (a copy of the migrated dump, or of the template database) and hands both out.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { createPgliteClient, pgliteExtensions, setDb, type Db } from "../../db";
import { TEMPLATE_DB, databaseUrl } from "@/test/pg-url";
import type { BossTarget } from "./worker";

export function useWorkerDb(): () => { db: Db; boss: BossTarget } {
  let handle: { db: Db; boss: BossTarget; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    if (process.env.DATABASE_URL) {
      const name = `bashgah_test_${randomBytes(6).toString("hex")}`;
      const admin = new Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
      const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(name) }) });
      handle = {
        db,
        boss: { connectionString: databaseUrl(name) },
        close: async () => {
          await db.$disconnect();
          await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          await admin.end();
        },
      };
    } else {
      const pglite = await PGlite.create({ loadDataDir: new Blob([readFileSync(inject("pgliteDump"))]), extensions: pgliteExtensions });
      handle = { db: createPgliteClient(pglite), boss: { pglite }, close: async () => void (await pglite.close()) };
    }
    setDb(handle.db);
  });
  afterAll(async () => handle?.close());
  return () => handle!;
}
