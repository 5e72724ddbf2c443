"use server";

import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { signOut } from "@/server/auth";

/** Signs out from a plain form, so the button works before the page's scripts have loaded. */
export async function signOutAction(formData: FormData) {
  const requested = formData.get("locale");
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  await signOut({ redirectTo: `/${locale}/sign-in` });
}
