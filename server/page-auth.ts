import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./auth";

/** The signed-in user of a page, checked against the database; visitors go to sign-in. */
export async function requireUser(locale: string) {
  const session = await auth();
  if (!session?.user) redirect(`/${locale}/sign-in`);
  return session.user;
}

/** Where a signed-in user belongs (without the locale): customers in their account, staff in the panel. */
export const homePath = (user: { customerId: string | null }) => (user.customerId ? "/account" : "/admin");
