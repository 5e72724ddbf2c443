import "server-only";
import type { Db } from "../db";
import { normalizeMobile } from "@/lib/phone";
import { toLatinDigits } from "@/lib/normalize";
import { verifyPassword } from "./passwords";
import { permissionsOf } from "./roles";
import { LIMITS, clear, hit, isLimited } from "./rate-limit";

/** Why a sign-in is refused; each has a translated message (`auth.signIn.refused.<code>`). */
export type SignInRefusal = "invalid" | "blocked" | "inactive" | "pending" | "rateLimited";

export type SignInResult =
  | { ok: true; user: { id: string; name: string; email: string | null; sessionVersion: number } }
  | { ok: false; code: SignInRefusal };

const REFUSAL = { BLOCKED: "blocked", INACTIVE: "inactive", PENDING: "pending" } as const;

/** The identifier as stored: Latin digits, lower case. */
const normalizeIdentifier = (identifier: string) => toLatinDigits(identifier).trim().toLowerCase();

/** Username, e-mail or mobile number plus password; only active users get in. */
export async function authenticate(
  db: Db,
  identifier: string,
  password: string,
  ip?: string | null,
  userAgent?: string | null,
): Promise<SignInResult> {
  const id = normalizeIdentifier(identifier);
  const mobile = normalizeMobile(id);
  const matches = await db.user.findMany({
    where: { OR: [{ username: id }, { email: id }, ...(mobile ? [{ mobile }] : [])] },
    select: { id: true, name: true, email: true, username: true, passwordHash: true, status: true, sessionVersion: true },
  });
  // A username that looks like someone else's e-mail or number wins over it.
  const user = matches.find((u) => u.username === id) ?? matches.find((u) => u.email === id) ?? matches[0];
  if (!(await verifyPassword(password, user?.passwordHash)) || !user) return { ok: false, code: "invalid" };
  // Status is told only to someone who knows the password.
  if (user.status !== "ACTIVE") return { ok: false, code: REFUSAL[user.status] };
  // The card's sign-in history (C-7) keeps the address and browser of each sign-in.
  await db.user.update({
    where: { id: user.id },
    data: {
      lastSignInAt: new Date(),
      lastSignInIp: ip ?? null,
      signIns: { create: { ip: ip ?? null, userAgent: userAgent?.slice(0, 400) ?? null } },
    },
  });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}

/**
 * authenticate() behind the sign-in limits: after too many wrong passwords for one account (or
 * from one address) even the right one is refused until the window passes; success clears the count.
 */
export async function signInWithLimits(
  db: Db,
  identifier: string,
  password: string,
  ip: string | null,
  userAgent: string | null = null,
): Promise<SignInResult> {
  const account = normalizeMobile(identifier) ?? normalizeIdentifier(identifier);
  if ((await isLimited(db, LIMITS.signInPerAccount, account)) || (ip && (await isLimited(db, LIMITS.signInPerIp, ip)))) {
    return { ok: false, code: "rateLimited" };
  }
  const result = await authenticate(db, identifier, password, ip, userAgent);
  if (!result.ok && result.code === "invalid") {
    await hit(db, LIMITS.signInPerAccount, account);
    if (ip) await hit(db, LIMITS.signInPerIp, ip);
  } else if (result.ok) {
    await clear(db, LIMITS.signInPerAccount, account);
  }
  return result;
}

export interface SessionState {
  name: string;
  email: string | null;
  customerId: string | null;
  permissions: string[];
  sessionVersion: number;
}

/**
 * What a session token carries, read afresh on every request: a blocked or deactivated user, or
 * a token older than the user's sessionVersion, has no session; role changes apply at once.
 */
export async function currentSessionState(db: Db, userId: string, tokenVersion: number): Promise<SessionState | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, status: true, sessionVersion: true, customer: { select: { id: true } } },
  });
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== tokenVersion) return null;
  return {
    name: user.name,
    email: user.email,
    customerId: user.customer?.id ?? null,
    permissions: await permissionsOf(db, userId),
    sessionVersion: user.sessionVersion,
  };
}
