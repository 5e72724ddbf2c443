// npm run db:migrate — applies pending migrations to DATABASE_URL (or the embedded database).
import { Client } from "pg";
import { migrate } from "../server/migrate";
import { pgRunner, pgliteRunner } from "../server/sql-runners";
import { getPglite, isEmbedded, pgliteDataDir } from "../server/db";

async function main() {
  if (isEmbedded()) {
    const applied = await migrate(pgliteRunner(getPglite()!));
    console.log(`${pgliteDataDir()}: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);
    return;
  }
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const applied = await migrate(pgRunner(client));
    console.log(applied.length ? `applied ${applied.join(", ")}` : "database is up to date");
  } finally {
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
