// Each test file gets a migrated database of its own (see global-setup.ts) and points the
// server's getDb() at it. No mocks: real PostgreSQL semantics on PGlite or a server.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../server/generated/prisma/client";
import { createPgliteClient, pgliteExtensions, setDb, type Db } from "../server/db";
import { ensureSystemRoles } from "../server/services/system-roles";
import { TEMPLATE_DB, databaseUrl } from "./pg-url";

/** The raw connection under a test database, for what runs beside Prisma (pg-boss): its URL or the PGlite. */
export type RawTarget = { connectionString: string } | { pglite: PGlite };

/** A database of this file's own: a copy of the migrated template (server) or of the migrated dump (PGlite). */
export async function openTestDatabase(): Promise<{ db: Db; raw: RawTarget; close: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const name = `bashgah_test_${randomBytes(6).toString("hex")}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(name) }) });
    return {
      db,
      raw: { connectionString: databaseUrl(name) },
      close: async () => {
        await db.$disconnect();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const dump = readFileSync(inject("pgliteDump"));
  const pglite = await PGlite.create({ loadDataDir: new Blob([dump]), extensions: pgliteExtensions });
  const db = createPgliteClient(pglite);
  return { db, raw: { pglite }, close: async () => void (await pglite.close()) };
}

/** Opens this file's database before its tests and closes it after; returns a getter for it. */
export function useTestDb(): () => Db {
  let handle: { db: Db; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    handle = await openTestDatabase();
    setDb(handle.db);
  });
  afterAll(async () => handle?.close());
  return () => handle!.db;
}

/** Empties the data tables and restores the system roles (10–40 ms), for tests that need a clean store. */
export async function resetDb(db: Db): Promise<void> {
  await db.$executeRawUnsafe(
    `TRUNCATE "User", "Role", "RolePermission", "UserRole", "Customer", "Setting", "Account", "RateLimit", "CustomerGroup", "CustomField", "OutboxMessage", "Warehouse", "ShippingMethod", "PaymentMethod", "ProductCategory", "Brand", "Product", "Order", "DomainEvent", "PointsEntry", "WalletEntry", "PointsRule", "CommissionRule" RESTART IDENTITY CASCADE`,
  );
  await ensureSystemRoles(db);
}
