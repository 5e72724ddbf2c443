import "server-only";
import type { Db } from "../../db";
import type { LedgerEntryKind } from "../../generated/prisma/client";
import { nextDay, startOfDayIn, TIME_ZONE } from "@/lib/format";
import type { LoyaltyReportData } from "@/lib/schemas/loyalty";
import { storeCurrency } from "../store-settings";

// The points and commissions report (issue 7 point 8): what the ledgers moved per period and kind,
// and the referrers who earned most. Days are the locale's days (its time zone); months are the
// locale's calendar months (Jalali for fa, Umm al-Qura for ar), grouped here from day sums because
// PostgreSQL knows only Gregorian months. Periods without entries are left out.

/** Amounts per entry kind: points in hundredths, wallet in minor units; REVERSAL is its own kind. */
export type KindTotals = Partial<Record<LedgerEntryKind, bigint>>;

export interface ReportPeriod {
  /** "2025-03-21" for a day; "1404-01" (year-month of the locale's calendar) for a month. */
  key: string;
  /** The period's first day with entries, yyyy-mm-dd, for the page to name the month in its calendar. */
  firstDay: string;
  points: KindTotals;
  wallet: KindTotals;
}

const CALENDAR = { fa: "persian", ar: "islamic-umalqura", en: "gregory" } as const;

/** The calendar month a (Gregorian) day falls in, as "yyyy-mm" of the locale's calendar. */
function monthOf(day: string, locale: keyof typeof CALENDAR): string {
  const parts = new Intl.DateTimeFormat(`en-US-u-ca-${CALENDAR[locale]}-nu-latn`, { timeZone: "UTC", year: "numeric", month: "numeric" }).formatToParts(new Date(`${day}T00:00:00Z`));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month").padStart(2, "0")}`;
}

const add = (totals: KindTotals, kind: LedgerEntryKind, amount: bigint) => {
  totals[kind] = (totals[kind] ?? 0n) + amount;
};

export async function loyaltyReport(db: Db, input: LoyaltyReportData) {
  const timeZone = TIME_ZONE[input.locale];
  const from = startOfDayIn(input.from, timeZone);
  const to = startOfDayIn(nextDay(input.to), timeZone);
  const byDay = await db.$queryRawUnsafe<{ ledger: "points" | "wallet"; day: string; kind: LedgerEntryKind; total: bigint }[]>(
    `SELECT 'points' AS "ledger", to_char(("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE $3, 'YYYY-MM-DD') AS "day", "kind"::text AS "kind", SUM("amount") AS "total"
       FROM "PointsEntry" WHERE "createdAt" >= $1 AND "createdAt" < $2 GROUP BY 2, 3
     UNION ALL
     SELECT 'wallet', to_char(("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE $3, 'YYYY-MM-DD'), "kind"::text, SUM("amount")
       FROM "WalletEntry" WHERE "createdAt" >= $1 AND "createdAt" < $2 GROUP BY 2, 3
     ORDER BY 2`,
    from,
    to,
    timeZone,
  );
  const periods = new Map<string, ReportPeriod>();
  const totals = { points: {} as KindTotals, wallet: {} as KindTotals };
  for (const r of byDay) {
    const key = input.period === "day" ? r.day : monthOf(r.day, input.locale);
    const period = periods.get(key) ?? { key, firstDay: r.day, points: {}, wallet: {} };
    periods.set(key, period);
    add(period[r.ledger], r.kind, BigInt(r.total));
    add(totals[r.ledger], r.kind, BigInt(r.total));
  }
  const [topReferrers, currency] = await Promise.all([topReferrersIn(db, from, to, input.top), storeCurrency(db)]);
  return { currency, periods: [...periods.values()], totals, topReferrers };
}

/**
 * The referrers who earned most from their referrals in [from, to): net of reversals (those keep
 * referredId), wallet (commissions) first, then points; with how many customers they referred then.
 */
async function topReferrersIn(db: Db, from: Date, to: Date, top: number) {
  const rows = await db.$queryRawUnsafe<{ customerId: string; name: string; username: string; points: bigint; wallet: bigint; referred: bigint }[]>(
    `WITH earned AS (
       SELECT "customerId", SUM("amount") AS "points", 0::bigint AS "wallet" FROM "PointsEntry"
        WHERE "referredId" IS NOT NULL AND "createdAt" >= $1 AND "createdAt" < $2 GROUP BY 1
       UNION ALL
       SELECT "customerId", 0::bigint, SUM("amount") FROM "WalletEntry"
        WHERE "referredId" IS NOT NULL AND "createdAt" >= $1 AND "createdAt" < $2 GROUP BY 1
     ), ranked AS (
       SELECT "customerId", SUM("points")::bigint AS "points", SUM("wallet")::bigint AS "wallet" FROM earned GROUP BY 1
       ORDER BY 3 DESC, 2 DESC, 1 LIMIT $3
     )
     SELECT r."customerId", u."name", u."username", r."points", r."wallet",
            (SELECT COUNT(*) FROM "Customer" x WHERE x."referrerId" = r."customerId" AND x."createdAt" >= $1 AND x."createdAt" < $2) AS "referred"
       FROM ranked r JOIN "Customer" c ON c."id" = r."customerId" JOIN "User" u ON u."id" = c."userId"
      ORDER BY r."wallet" DESC, r."points" DESC, r."customerId"`,
    from,
    to,
    top,
  );
  return rows.map((r) => ({ ...r, points: BigInt(r.points), wallet: BigInt(r.wallet), referred: Number(r.referred) }));
}
