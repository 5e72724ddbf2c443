import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import type { Client } from "pg";
import type { SqlRunner } from "./migrate";

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    exec: async (sql) => void (await db.exec(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
  };
}

export function pgRunner(client: Client): SqlRunner {
  return {
    // Without parameters node-postgres uses the simple protocol, which accepts several statements.
    exec: async (sql) => void (await client.query(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
  };
}
