import "server-only";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;
/** The client handed to `db.$transaction(async (tx) => …)`; services take it to join a transaction. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** Embedded mode: no DATABASE_URL, PGlite with its data under .data/ (or PGLITE_DATA_DIR). */
export const isEmbedded = () => !process.env.DATABASE_URL;

export function pgliteDataDir(): string {
  return resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.PGLITE_DATA_DIR ?? ".data/pglite");
}

/** Extensions the migrations create; PGlite must have them loaded. */
export const pgliteExtensions = { pg_trgm };

export function createPgliteClient(pglite: PGlite): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

function createClient(): { client: PrismaClient; pglite?: PGlite } {
  if (!isEmbedded()) {
    return { client: new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) }) };
  }
  const dir = pgliteDataDir();
  mkdirSync(dir, { recursive: true }); // PGlite does not create parent folders
  const pglite = new PGlite(dir, { extensions: pgliteExtensions });
  return { client: createPgliteClient(pglite), pglite };
}

// One PGlite per process and data folder: kept on globalThis so every bundle of the server
// (route handlers, pages, instrumentation) and dev-mode reloads share it.
const store = globalThis as unknown as { __bashgahDb?: { client: PrismaClient; pglite?: PGlite } };

export function getDb(): PrismaClient {
  store.__bashgahDb ??= createClient();
  return store.__bashgahDb.client;
}

/** The raw PGlite instance in embedded mode (the migration runner needs multi-statement SQL). */
export function getPglite(): PGlite | undefined {
  getDb();
  return store.__bashgahDb?.pglite;
}

/** Tests point the server at their own database. */
export function setDb(client: PrismaClient): void {
  store.__bashgahDb = { client };
}
