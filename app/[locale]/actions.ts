"use server";

import { headers } from "next/headers";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { auth, signOut } from "@/server/auth";
import { getDb } from "@/server/db";
import { clientIp } from "@/server/request-ip";
import { endImpersonation } from "@/server/services/impersonation";

/** Signs out from a plain form, so the button works before the page's scripts have loaded. */
export async function signOutAction(formData: FormData) {
  const requested = formData.get("locale");
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // Signing out while viewing as a customer ends the view too, so its audit trail is closed.
  const session = await auth();
  if (session?.impersonation && session.user.impersonator) {
    await endImpersonation(getDb(), { userId: session.user.impersonator.id, ip: clientIp(await headers()) }, session.impersonation);
  }
  await signOut({ redirectTo: `/${locale}/sign-in` });
}
