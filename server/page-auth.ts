import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { auth } from "./auth";
import { isStaff } from "./permissions";

/**
 * The session of this request, read once: every auth() runs the jwt callback's database check, and
 * a page's layout, page and server caller would otherwise each run it again.
 */
export const currentSession = cache(() => auth());

/** The signed-in user of a page, checked against the database; visitors go to sign-in. */
export async function requireUser(locale: string) {
  const session = await currentSession();
  if (!session?.user) redirect(`/${locale}/sign-in`);
  return session.user;
}

/** Where a signed-in user belongs (without the locale): customers in their account, staff in the panel. */
export const homePath = (user: { customerId: string | null }) => (user.customerId ? "/account" : "/admin");

/** A signed-in user holding `permission`; anyone else gets the 403 page. */
export async function requirePermission(locale: string, permission: string) {
  const user = await requireUser(locale);
  if (!user.permissions.includes(permission)) forbidden();
  return user;
}

/** A signed-in staff user; customers get the 403 page, never the admin panel. */
export async function requireStaff(locale: string) {
  const user = await requireUser(locale);
  if (!isStaff(user.permissions)) forbidden();
  return user;
}
