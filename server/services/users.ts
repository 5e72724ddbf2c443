import "server-only";
import { randomInt } from "node:crypto";
import type { Db, Tx } from "../db";
import { Prisma, type UserStatus } from "../generated/prisma/client";
import { FieldErrors, isUniqueViolation, type FieldProblem } from "../errors";
import { searchTextOf } from "@/lib/normalize";
import { nameSortKey } from "@/lib/name-sort";
import { grantDefaultRole } from "./roles";
import { hashPassword } from "./passwords";
import { validateCustomFields } from "./custom-fields";
import { customerSettings } from "./customer-settings";
import { joinDefaultGroup } from "./groups";
import { resolveReferrer } from "./loyalty/referrals";
import { recordReferredSignUps } from "./loyalty/sign-up-event";

export interface NewUser {
  name: string;
  username: string;
  mobile?: string | null;
  email?: string | null;
  passwordHash?: string | null;
  emailVerified?: Date | null;
  image?: string | null;
  status?: UserStatus;
  /** Join the default group (G-2); the admin's form chooses the groups itself (pre-ticking the default). */
  joinDefaultGroup?: boolean;
}

type UniqueFields = Pick<NewUser, "username" | "mobile" | "email">;

/** Field errors for every unique value another user already has. */
export async function assertUnique(tx: Tx, fields: Partial<UniqueFields>, exceptUserId?: string): Promise<void> {
  const candidates = (["username", "email", "mobile"] as const)
    .filter((f) => fields[f])
    .map((f) => ({ [f]: fields[f] }));
  if (candidates.length === 0) return;
  const clashes = await tx.user.findMany({
    where: { OR: candidates, ...(exceptUserId ? { id: { not: exceptUserId } } : {}) },
    select: { username: true, email: true, mobile: true },
  });
  const problems: FieldProblem[] = [];
  for (const f of ["username", "mobile", "email"] as const) {
    if (fields[f] && clashes.some((c) => c[f] === fields[f])) problems.push({ path: f, message: `errors.${f}Taken` });
  }
  if (problems.length) throw new FieldErrors(problems);
}

const REFERRAL_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const newReferralCode = () =>
  Array.from({ length: 8 }, () => REFERRAL_ALPHABET[randomInt(REFERRAL_ALPHABET.length)]).join("");

/**
 * A referral code no customer has. 32^8 codes make a clash rare but not impossible at a million
 * customers (the birthday bound), so the code is checked before it is used.
 */
export async function unusedReferralCode(tx: Tx, draw: () => string = newReferralCode): Promise<string> {
  for (;;) {
    const code = draw();
    if (!(await tx.customer.findUnique({ where: { referralCode: code }, select: { id: true } }))) return code;
  }
}

export const customerSearchText = (u: Pick<NewUser, "name" | "username" | "mobile" | "email">) =>
  searchTextOf([u.name, u.username, u.mobile, u.mobile?.replace(/^\+(98|966)/, "0"), u.email]);

/**
 * A new user with their customer record and the default role, inside the caller's transaction.
 * Sign-up, next-auth's adapter and (later) the admin's "new customer" all come through here.
 */
export async function createCustomerUser(tx: Tx, input: NewUser): Promise<{ userId: string; customerId: string }> {
  await assertUnique(tx, input);
  const user = await tx.user.create({
    data: {
      name: input.name,
      username: input.username,
      mobile: input.mobile ?? null,
      email: input.email ?? null,
      passwordHash: input.passwordHash ?? null,
      emailVerified: input.emailVerified ?? null,
      image: input.image ?? null,
      status: input.status ?? "ACTIVE",
    },
    select: { id: true },
  });
  const customer = await tx.customer.create({
    data: { userId: user.id, referralCode: await unusedReferralCode(tx), searchText: customerSearchText(input), sortName: nameSortKey(input.name) },
    select: { id: true },
  });
  await grantDefaultRole(tx, user.id);
  // Every way in (sign-up, the admin's form, next-auth) lands in the default group (G-2).
  if (input.joinDefaultGroup !== false) await joinDefaultGroup(tx, customer.id);
  return { userId: user.id, customerId: customer.id };
}

export interface SignUpData {
  name: string;
  username: string;
  mobile: string;
  email: string | null;
  password: string;
  customFields?: Record<string, unknown>;
  /** Who referred the visitor: a referral code, a username or a referral link; empty for none. */
  referrer?: string;
}

/**
 * A visitor's sign-up: user, customer and default role in one transaction. When the store asks to
 * approve sign-ups (C-8) the account waits as PENDING until an admin approves it. A referrer is
 * recorded on the customer, and the outbox row "customer.signed_up" (same transaction, or at approval)
 * lets the rewards worker grant the sign-up gift and the referrer's points (issue 7).
 */
export async function signUp(db: Db, data: SignUpData) {
  const passwordHash = await hashPassword(data.password); // slow: outside the transaction
  const { customFields: rawFields = {}, password: _password, referrer, ...user } = data;
  try {
    return await db.$transaction(async (tx) => {
      const referrerId = await resolveReferrer(tx, referrer);
      const customFields = await validateCustomFields(tx, rawFields, { signUpOnly: true });
      const { signUpApproval } = await customerSettings(tx);
      const ids = await createCustomerUser(tx, { ...user, passwordHash, status: signUpApproval ? "PENDING" : "ACTIVE" });
      if (Object.keys(customFields).length) {
        await tx.customer.update({ where: { id: ids.customerId }, data: { customFields: customFields as Prisma.InputJsonValue } });
      }
      if (referrerId) {
        await tx.customer.update({ where: { id: ids.customerId }, data: { referrerId } });
        // Rewarded now if active; a pending account's rewards wait for its approval.
        await recordReferredSignUps(tx, Prisma.sql`SELECT ${ids.customerId}::uuid`);
      }
      return { ...ids, pending: signUpApproval };
    });
  } catch (e) {
    // Two sign-ups racing for the same value pass the check together; the index stops one,
    // and the check, run again, names the field.
    if (isUniqueViolation(e)) await assertUnique(db, data);
    throw e;
  }
}
