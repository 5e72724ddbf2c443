import NextAuth from "next-auth";
import createIntlMiddleware from "next-intl/middleware";
import { NextResponse } from "next/server";
import { routing } from "./i18n/routing";
import { authConfig } from "./server/auth.config";

// next-intl picks the locale ("/" → "/fa"); next-auth's cookie sends visitors of the admin and
// account areas to sign-in. The pages check the session against the database once more.
const intl = createIntlMiddleware(routing);
const { auth } = NextAuth(authConfig);

const PROTECTED = /^\/(fa|ar|en)\/(admin|account)(\/|$)/;

export const proxy = auth((req) => {
  const match = req.nextUrl.pathname.match(PROTECTED);
  if (match && !req.auth) {
    const signIn = new URL(`/${match[1]}/sign-in`, req.nextUrl);
    signIn.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  return intl(req);
});

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
