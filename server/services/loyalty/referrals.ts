import "server-only";
import type { Db, Tx } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { FieldErrors } from "../../errors";
import { toLatinDigits } from "@/lib/normalize";
import type { LedgerCursor } from "@/lib/schemas/loyalty";
import { storeCurrency } from "../store-settings";
import { appUrl } from "../../app-url";

// Referrals (issue 7 point 5): every customer has a referral code (Customer.referralCode, made at
// sign-up) and a link; sign-up accepts a referrer; the customer and the card list who was referred
// and what each referral earned the referrer (the referrer's entries carry referredId).

/** The sign-up page reads ?ref= and fills the referrer field with it. */
export const referralPath = (code: string) => `/sign-up?ref=${encodeURIComponent(code)}`;
const LOCALES = ["fa", "ar", "en"] as const;

/**
 * The referrer a visitor typed: a referral code, a username, or a whole referral link (its ref=).
 * Empty is none; anything else that names no (undeleted) customer is a field error on "referrer".
 */
/** Only an active customer can refer: a blocked, inactive or unapproved one earns nothing. */
const referable = { deletedAt: null, user: { status: "ACTIVE" as const } };

export async function resolveReferrer(tx: Tx, raw: string | undefined): Promise<string | null> {
  const typed = toLatinDigits(raw ?? "").trim();
  if (!typed) return null;
  const fromLink = /[?&]ref=([^&#\s]+)/i.exec(typed)?.[1];
  let key = typed;
  try {
    key = decodeURIComponent(fromLink ?? typed).trim();
  } catch {
    // a malformed %-escape: look the text up as typed
  }
  // A code first: a username could read like another customer's code in capitals.
  const found =
    (await tx.customer.findFirst({ where: { ...referable, referralCode: key.toUpperCase() }, select: { id: true } })) ??
    (await tx.customer.findFirst({ where: { ...referable, user: { username: key.toLowerCase(), ...referable.user } }, select: { id: true } }));
  if (!found) throw new FieldErrors([{ path: "referrer", message: "errors.referrals.notFound" }], "invalid");
  return found.id;
}

/** The signed-in customer's code and link, one link per locale. */
export async function myReferral(db: Db, customerId: string) {
  const c = await db.customer.findUniqueOrThrow({ where: { id: customerId }, select: { referralCode: true } });
  const path = referralPath(c.referralCode);
  return { code: c.referralCode, path, urls: Object.fromEntries(LOCALES.map((l) => [l, `${appUrl()}/${l}${path}`])) as Record<(typeof LOCALES)[number], string> };
}

const after = (cursor?: LedgerCursor | null): Prisma.CustomerWhereInput =>
  cursor ? { OR: [{ createdAt: { lt: new Date(cursor.createdAt) } }, { createdAt: new Date(cursor.createdAt), id: { lt: cursor.id } }] } : {};

/** What each referred customer earned the referrer: net points (hundredths) and wallet (minor units). */
async function earnedFrom(db: Db, referrerId: string, referredIds: string[] | null) {
  const where = { customerId: referrerId, referredId: referredIds ? { in: referredIds } : { not: null } };
  const [points, wallet] = await Promise.all([
    db.pointsEntry.groupBy({ by: ["referredId"], where, _sum: { amount: true } }),
    db.walletEntry.groupBy({ by: ["referredId"], where, _sum: { amount: true } }),
  ]);
  const sum = (rows: { referredId: string | null; _sum: { amount: bigint | null } }[]) => new Map(rows.map((r) => [r.referredId!, r._sum.amount ?? 0n]));
  return { points: sum(points), wallet: sum(wallet) };
}

const total = (m: Map<string, bigint>) => [...m.values()].reduce((a, b) => a + b, 0n);

/**
 * The customers `referrerId` referred, newest sign-up first (keyset on createdAt, id), each with what
 * they earned the referrer, and the totals over all of them. Staff also get usernames and ids.
 */
export async function referredCustomers(db: Db, referrerId: string, input: { cursor?: LedgerCursor | null; limit: number }, audience: "customer" | "staff") {
  const rows = await db.customer.findMany({
    where: { referrerId, ...after(input.cursor) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: { id: true, createdAt: true, deletedAt: true, user: { select: { name: true, username: true } } },
  });
  const page = rows.slice(0, input.limit);
  const [earned, all, currency] = await Promise.all([
    earnedFrom(db, referrerId, page.map((r) => r.id)),
    input.cursor ? null : earnedFrom(db, referrerId, null),
    storeCurrency(db),
  ]);
  const last = page.at(-1);
  return {
    currency,
    /** Over every referral (first page only; null on later pages). */
    totals: all ? { points: total(all.points), wallet: total(all.wallet) } : null,
    rows: page.map((r) => ({
      id: r.id,
      name: r.user.name,
      ...(audience === "staff" ? { username: r.user.username, deleted: r.deletedAt !== null } : {}),
      signedUpAt: r.createdAt,
      points: earned.points.get(r.id) ?? 0n,
      wallet: earned.wallet.get(r.id) ?? 0n,
    })),
    next: rows.length > input.limit && last ? { createdAt: last.createdAt.toISOString(), id: last.id } : null,
  };
}

/** The card's referral box: who referred this customer, their code, and whom they referred. */
export async function customerReferrals(db: Db, customerId: string, input: { cursor?: LedgerCursor | null; limit: number }) {
  const c = await db.customer.findUnique({
    where: { id: customerId },
    select: { referralCode: true, referrer: { select: { id: true, user: { select: { name: true, username: true } } } } },
  });
  if (!c) throw new FieldErrors([{ path: "customerId", message: "errors.notFound" }], "invalid");
  return {
    referralCode: c.referralCode,
    referrer: c.referrer ? { id: c.referrer.id, name: c.referrer.user.name, username: c.referrer.user.username } : null,
    referred: await referredCustomers(db, customerId, input, "staff"),
  };
}
