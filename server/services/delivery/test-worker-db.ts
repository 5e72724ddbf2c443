// Tests of the delivery worker need the raw connection pg-boss runs on (the PGlite instance, or the
// server database's URL) beside the file's database, which test/db.ts opens.
import { afterAll, beforeAll } from "vitest";
import { setDb, type Db } from "../../db";
import { openTestDatabase } from "@/test/db";
import type { BossTarget } from "./worker";

export function useWorkerDb(): () => { db: Db; boss: BossTarget } {
  let handle: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
  beforeAll(async () => {
    handle = await openTestDatabase();
    setDb(handle.db);
  });
  afterAll(async () => handle?.close());
  return () => ({ db: handle!.db, boss: handle!.raw });
}
