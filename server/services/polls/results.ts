import "server-only";
import type { Db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import { FieldErrors } from "../../errors";
import { NO_RESPONDENT_TYPE, type PollResponseCursor, type PollResultsFilter } from "@/lib/schemas/poll-results";

// A poll's results for staff (issue 9, V-3): counts per answer and per respondent type from one
// GROUP BY, and the details list paged by keyset on (createdAt desc, id desc), which the
// PollResponse indexes serve. No COUNT per page. Names are personal data: only polls.read sees them.

const notFound = () => new FieldErrors([{ path: "pollId", message: "errors.notFound" }], "invalid");

/**
 * Percentages of integer counts, in tenths, that add up to exactly 100 when the total is not zero
 * (largest remainder), so a table of 1/1/1 reads 33.4 / 33.3 / 33.3, not 33.3 three times.
 */
export function percentages(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 1000) / total);
  const tenths = exact.map(Math.floor);
  let left = 1000 - tenths.reduce((a, b) => a + b, 0);
  // The largest remainders get the tenths that rounding down left over; ties go to the earlier answer.
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    tenths[i]! += 1;
    left -= 1;
  }
  return tenths.map((t) => t / 10);
}

export interface OptionCount {
  optionId: string;
  count: number;
  percent: number;
}

export async function pollResultsSummary(db: Db, pollId: string) {
  const poll = await db.poll.findUnique({
    where: { id: pollId },
    select: {
      id: true,
      question: true,
      status: true,
      expiresAt: true,
      allowMessage: true,
      audience: true,
      options: { select: { id: true, label: true, closed: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
      respondentTypes: { select: { id: true, label: true, closed: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  if (!poll) throw notFound();
  // One pass over the poll's answers (index (pollId, respondentTypeId, optionId)).
  const groups = await db.pollResponse.groupBy({ by: ["respondentTypeId", "optionId"], where: { pollId }, _count: { _all: true } });
  const countOf = (optionId: string, typeId?: string | null) =>
    groups.filter((g) => g.optionId === optionId && (typeId === undefined || g.respondentTypeId === typeId)).reduce((a, g) => a + g._count._all, 0);

  const split = (typeId?: string | null) => {
    const counts = poll.options.map((o) => countOf(o.id, typeId));
    const percents = percentages(counts);
    return {
      total: counts.reduce((a, b) => a + b, 0),
      options: poll.options.map((o, i): OptionCount => ({ optionId: o.id, count: counts[i]!, percent: percents[i]! })),
    };
  };

  const all = split();
  // Per respondent type, then the answers given without one; a poll without types has no split.
  const byType = poll.respondentTypes.length
    ? [
        ...poll.respondentTypes.map((t) => ({ respondentTypeId: t.id as string, ...split(t.id) })),
        { respondentTypeId: NO_RESPONDENT_TYPE, ...split(null) },
      ]
    : [];
  return {
    poll: {
      id: poll.id,
      question: poll.question,
      status: poll.status,
      expiresAt: poll.expiresAt,
      allowMessage: poll.allowMessage,
      audience: poll.audience,
    },
    options: poll.options.map((o, i) => ({ ...o, count: all.options[i]!.count, percent: all.options[i]!.percent })),
    respondentTypes: poll.respondentTypes,
    total: all.total,
    byType,
  };
}
export type PollResultsSummary = Awaited<ReturnType<typeof pollResultsSummary>>;

/** `%`, `_` and `\` in a search are letters, not LIKE wildcards. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * The message as lib/normalize.ts would normalise it, close enough for a LIKE: Arabic letters to
 * their Persian forms, Persian/Arabic digits to Latin, diacritics, tatweel, ZWNJ and marks dropped.
 */
const NORMALISE_FROM = "يىكةأإآٱؤئ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640\u200C\u200D\u200E\u200F";
const NORMALISE_TO = "ییکهااااوی01234567890123456789";
const normalisedMessage = Prisma.sql`translate(lower(r."message"), ${NORMALISE_FROM}, ${NORMALISE_TO})`;

/** The details' WHERE clause. Alias r = "PollResponse". */
function responseWhere(pollId: string, f: PollResultsFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`r."pollId" = ${pollId}::uuid`];
  if (f.optionId) parts.push(Prisma.sql`r."optionId" = ${f.optionId}::uuid`);
  if (f.respondentTypeId === NO_RESPONDENT_TYPE) parts.push(Prisma.sql`r."respondentTypeId" IS NULL`);
  else if (f.respondentTypeId) parts.push(Prisma.sql`r."respondentTypeId" = ${f.respondentTypeId}::uuid`);
  if (f.message === "with") parts.push(Prisma.sql`btrim(r."message") <> ''`);
  if (f.message === "without") parts.push(Prisma.sql`(r."message" IS NULL OR btrim(r."message") = '')`);
  if (f.q) parts.push(Prisma.sql`${normalisedMessage} LIKE ${`%${likeEscape(f.q)}%`}`);
  return Prisma.join(parts, " AND ");
}

export interface PollResponseRow {
  id: string;
  createdAt: Date;
  /** A signed-in customer, a visitor (the device's cookie), or a customer deleted since (name erased). */
  respondent: "customer" | "visitor" | "deleted";
  /** The customer's name; null unless `respondent` is "customer". */
  name: string | null;
  message: string | null;
  optionId: string;
  respondentTypeId: string | null;
}

/** One keyset page of a poll's answers, newest first, and the cursor of the next page (or null). */
export async function listPollResponses(
  db: Db,
  input: { pollId: string; filter: PollResultsFilter; cursor?: PollResponseCursor | null; limit: number },
): Promise<{ rows: PollResponseRow[]; next: PollResponseCursor | null }> {
  const where = input.cursor
    ? Prisma.sql`${responseWhere(input.pollId, input.filter)} AND (r."createdAt", r."id") < (${new Date(input.cursor.createdAt)}, ${input.cursor.id}::uuid)`
    : responseWhere(input.pollId, input.filter);
  // A deleted customer keeps their row with the person erased; their name is then not shown.
  const rows = await db.$queryRaw<PollResponseRow[]>`
    SELECT r."id", r."createdAt",
           CASE WHEN c."id" IS NULL THEN 'visitor' WHEN c."deletedAt" IS NOT NULL THEN 'deleted' ELSE 'customer' END AS "respondent",
           CASE WHEN c."deletedAt" IS NULL THEN u."name" END AS "name",
           r."message", r."optionId", r."respondentTypeId"
    FROM "PollResponse" r
    LEFT JOIN "Customer" c ON c."id" = r."customerId"
    LEFT JOIN "User" u ON u."id" = c."userId"
    WHERE ${where}
    ORDER BY r."createdAt" DESC, r."id" DESC
    LIMIT ${input.limit + 1}`;
  const last = rows[input.limit - 1];
  return {
    rows: rows.slice(0, input.limit),
    next: rows.length > input.limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null,
  };
}
