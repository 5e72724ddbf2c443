import "server-only";
import type { Db } from "../db";

/** Counts one account-area page view per customer, day (UTC) and source; one upsert, no log rows. */
export async function recordVisit(db: Db, customerId: string, source: "WEB" | "APP", now = new Date()) {
  const day = new Date(now.toISOString().slice(0, 10));
  await db.$executeRaw`
    INSERT INTO "CustomerVisit" ("customerId", "day", "source", "count", "lastAt")
    VALUES (${customerId}::uuid, ${day}::date, ${source}::"VisitSource", 1, ${now})
    ON CONFLICT ("customerId", "day", "source") DO UPDATE SET "count" = "CustomerVisit"."count" + 1, "lastAt" = EXCLUDED."lastAt"`;
}
