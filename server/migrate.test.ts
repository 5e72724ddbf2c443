import { cpSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { migrate, migrationsDir } from "./migrate";
import { pgliteRunner } from "./sql-runners";
import { pgliteExtensions } from "./db";
import { nameSortKey } from "@/lib/name-sort";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function migrationsFolder(migrations: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "bashgah-migrations-"));
  dirs.push(dir);
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("the migration runner", () => {
  it("applies the project's migrations once and records them as Prisma does", async () => {
    const db = new PGlite({ extensions: pgliteExtensions });
    const applied = await migrate(pgliteRunner(db), migrationsDir());
    expect(applied.length).toBeGreaterThan(0);
    expect(await migrate(pgliteRunner(db), migrationsDir())).toEqual([]);
    const rows = await db.query<{ migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM "_prisma_migrations"`);
    expect(rows.rows.map((r) => r.migration_name)).toEqual(applied);
    expect(rows.rows[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    await db.close();
  });

  it("rolls a failing migration back whole and stops there", async () => {
    const dir = migrationsFolder({
      "1_ok": `CREATE TABLE a (id int);`,
      "2_bad": `CREATE TABLE b (id int); SELECT * FROM missing_table;`,
      "3_later": `CREATE TABLE c (id int);`,
    });
    const db = new PGlite();
    await expect(migrate(pgliteRunner(db), dir)).rejects.toThrow(/migration 2_bad failed/);
    const tables = (await db.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows;
    expect(tables.map((t) => t.tablename)).toEqual(["_prisma_migrations", "a"]);
    await db.close();
  });

  it("gives customers made before the name sort key the key the app writes now", async () => {
    const all = readdirSync(migrationsDir()).filter((n) => /^\d+_/.test(n)).sort();
    const keyAt = all.findIndex((n) => n.endsWith("_customer_name_sort_unblock"));
    const copy = (names: string[]) => {
      const dir = mkdtempSync(join(tmpdir(), "bashgah-migrations-"));
      dirs.push(dir);
      for (const n of names) cpSync(join(migrationsDir(), n), join(dir, n), { recursive: true });
      return dir;
    };
    const db = new PGlite({ extensions: pgliteExtensions });
    await migrate(pgliteRunner(db), copy(all.slice(0, keyAt)));
    const names = ["پرویز  احمدي", "ژاله", "Sara AHMADI", "مهر\u200Cناز ۱۲", "كمال أمين", "گلاره"];
    for (const [i, name] of names.entries()) {
      const userId = `00000000-0000-7000-8000-${String(i).padStart(12, "0")}`;
      await db.query(`INSERT INTO "User" (id, username, name, "updatedAt") VALUES ($1, $2, $3, now())`, [userId, `u${i}`, name]);
      await db.query(`INSERT INTO "Customer" (id, "userId", "referralCode", "sortName", "updatedAt") VALUES ($1, $1, $2, $3, now())`, [userId, `R${i}`, name]);
    }
    await migrate(pgliteRunner(db), copy(all.slice(0, keyAt + 1)));
    const rows = (await db.query<{ name: string; sortName: string }>(
      `SELECT u.name, c."sortName" FROM "Customer" c JOIN "User" u ON u.id = c."userId" ORDER BY c."sortName"`,
    )).rows;
    expect(rows.map((r) => r.sortName)).toEqual(rows.map((r) => nameSortKey(r.name)));
    expect(rows.map((r) => r.name)).toEqual(["Sara AHMADI", "پرویز  احمدي", "ژاله", "كمال أمين", "گلاره", "مهر\u200Cناز ۱۲"]);
    await db.close();
  });
});
