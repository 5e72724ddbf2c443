import "server-only";
import type { Db, Tx } from "../db";
import { RateLimited } from "../errors";

// Fixed-window counters in the database (one row per limit and subject), atomic under concurrent
// requests through INSERT … ON CONFLICT. Times are compared in SQL only, so the server's time zone
// cannot skew them.

export interface Limit {
  name: string;
  max: number;
  windowSeconds: number;
}

export const LIMITS = {
  /** Wrong passwords for one username, e-mail or mobile number. */
  signInPerAccount: { name: "sign-in:account", max: 10, windowSeconds: 15 * 60 },
  /** Wrong passwords from one address, whatever the account. */
  signInPerIp: { name: "sign-in:ip", max: 50, windowSeconds: 15 * 60 },
  /** Wrong current passwords in the password-change form, per user. */
  currentPasswordPerUser: { name: "current-password:user", max: 10, windowSeconds: 15 * 60 },
  /** New accounts from one address (generous: mobile carriers put many people behind one address). */
  signUpPerIp: { name: "sign-up:ip", max: 20, windowSeconds: 60 * 60 },
  /** Answers to one poll from one address (subject `pollId:ip`): a cleared cookie cannot flood a poll,
   *  while a family or an office behind one address can still answer. */
  pollAnswerPerIp: { name: "poll-answer:ip", max: 20, windowSeconds: 60 * 60 },
  /** Contact-us messages from one address. */
  contactPerIp: { name: "contact:ip", max: 5, windowSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

const keyOf = (limit: Limit, subject: string) => `${limit.name}:${subject}`;

/** Counts one attempt and returns the count in the current window. */
export async function hit(db: Db | Tx, limit: Limit, subject: string): Promise<number> {
  return (await hitWindow(db, limit, subject)).count;
}

/** Counts one attempt; returns the count and the seconds left in the current window. */
async function hitWindow(db: Db | Tx, limit: Limit, subject: string): Promise<{ count: number; secondsLeft: number }> {
  const rows = await db.$queryRaw<{ count: number; secondsLeft: number }[]>`
    INSERT INTO "RateLimit" ("key", "count", "expiresAt")
    VALUES (${keyOf(limit, subject)}, 1, now() + ${limit.windowSeconds} * interval '1 second')
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."expiresAt" <= now() THEN 1 ELSE "RateLimit"."count" + 1 END,
      "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= now() THEN EXCLUDED."expiresAt" ELSE "RateLimit"."expiresAt" END
    RETURNING "count", ceil(extract(epoch FROM "expiresAt" - now()))::int AS "secondsLeft"`;
  return { count: Number(rows[0].count), secondsLeft: Number(rows[0].secondsLeft) };
}

/** True when the subject has used up the limit in the current window. */
export async function isLimited(db: Db | Tx, limit: Limit, subject: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    SELECT "count" FROM "RateLimit" WHERE "key" = ${keyOf(limit, subject)} AND "expiresAt" > now()`;
  return rows.length > 0 && Number(rows[0].count) >= limit.max;
}

export async function clear(db: Db | Tx, limit: Limit, subject: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: keyOf(limit, subject) } });
}

/** Counts an attempt and refuses it once the limit is passed, saying how long until it opens again. */
export async function consume(db: Db | Tx, limit: Limit, subject: string): Promise<void> {
  const { count, secondsLeft } = await hitWindow(db, limit, subject);
  if (count > limit.max) throw new RateLimited(secondsLeft);
}
