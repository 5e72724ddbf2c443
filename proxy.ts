import createIntlMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { VISITOR_COOKIE, newVisitorId, verifyVisitorCookie, visitorSetCookie } from "./server/services/polls/visitor-cookie";

// next-intl picks the locale ("/" → "/fa"); visitors without a session cookie who open the admin
// or account area go to sign-in and come back after it. The pages check the session itself
// against the database (server/page-auth.ts): a blocked user's old cookie gets no further.
// The proxy only reads the cookie: re-issuing it here could undo a sign-out in the same response.
const intl = createIntlMiddleware(routing);

const PROTECTED = /^\/(fa|ar|en)\/(admin|account)(\/|$)/;
const hasSessionCookie = (req: NextRequest) => req.cookies.getAll().some((c) => /authjs\.session-token/.test(c.name));

// A public poll page gives a device without a valid visitor cookie its id before the form is sent,
// so a double submission carries one id and the unique constraint keeps one answer.
const POLL_PAGE = /^\/(fa|ar|en)\/polls\/[^/]+\/?$/;
const isHttps = (req: NextRequest) =>
  req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";

export function proxy(req: NextRequest) {
  const match = req.nextUrl.pathname.match(PROTECTED);
  if (match && !hasSessionCookie(req)) {
    const signIn = new URL(`/${match[1]}/sign-in`, req.nextUrl);
    signIn.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  const res = intl(req);
  if (POLL_PAGE.test(req.nextUrl.pathname) && !verifyVisitorCookie(req.cookies.get(VISITOR_COOKIE)?.value)) {
    res.headers.append("set-cookie", visitorSetCookie(newVisitorId(), isHttps(req)));
  }
  return res;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
