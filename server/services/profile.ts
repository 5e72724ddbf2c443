import "server-only";
import type { Db } from "../db";
import { FieldErrors, isUniqueViolation } from "../errors";
import { assertUnique, customerSearchText } from "./users";
import { hashPassword, verifyPassword } from "./passwords";
import { LIMITS, consume } from "./rate-limit";
import { nameSortKey } from "@/lib/name-sort";

/** The user's own profile; the referral code only when their roles open referrals. */
export async function getProfile(db: Db, userId: string, { withReferralCode = false } = {}) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      username: true,
      mobile: true,
      email: true,
      locale: true,
      notifyByEmail: true,
      notifyBySms: true,
      createdAt: true,
      lastSignInAt: true,
      roles: { select: { role: { select: { key: true, name: true } } }, orderBy: { createdAt: "asc" } },
      customer: { select: { referralCode: true } },
    },
  });
  const { roles, customer, ...rest } = user;
  return { ...rest, referralCode: withReferralCode ? (customer?.referralCode ?? null) : null, roles: roles.map((r) => r.role) };
}

export interface ProfileUpdate {
  name: string;
  mobile: string;
  email: string | null;
  locale?: "fa" | "ar" | "en";
  notifyByEmail?: boolean;
  notifyBySms?: boolean;
}

/** The signed-in user's own name, mobile and e-mail; the customer's search text follows. */
export async function updateProfile(db: Db, userId: string, data: ProfileUpdate) {
  const unique = { mobile: data.mobile, email: data.email };
  try {
    await db.$transaction(async (tx) => {
      await assertUnique(tx, unique, userId);
      const user = await tx.user.update({ where: { id: userId }, data, select: { username: true } });
      await tx.customer.updateMany({
        where: { userId },
        data: { searchText: customerSearchText({ name: data.name, mobile: data.mobile, email: data.email, username: user.username }), sortName: nameSortKey(data.name) },
      });
    });
  } catch (e) {
    // Lost a race for the same number or address: the check, run again, names the field.
    if (isUniqueViolation(e)) await assertUnique(db, unique, userId);
    throw e;
  }
}

/** A new password ends every other session of the user (sessionVersion is bumped). */
export async function changePassword(db: Db, userId: string, currentPassword: string, newPassword: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    // A stolen session must not become a way to guess the password.
    await consume(db, LIMITS.currentPasswordPerUser, userId);
    throw new FieldErrors([{ path: "currentPassword", message: "errors.currentPasswordWrong" }], "invalid");
  }
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
  });
}
