import "server-only";
import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import type { JWT } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { authSecret } from "./auth-secret";
import { bashgahAdapter } from "./auth-adapter";
import { getDb } from "./db";
import { signInSchema } from "@/lib/schemas/auth";
import { currentSessionState, signInWithLimits } from "./services/sign-in";
import { grantDefaultRole } from "./services/roles";
import { canBindTicket, impersonatedState } from "./services/impersonation";
import { clientIp } from "./request-ip";

/** A refused sign-in; `code` reaches the form, which shows `auth.signIn.refused.<code>`. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

/** The Credentials provider's check: username, e-mail or mobile plus password, rate-limited. */
export async function authorizeCredentials(raw: Partial<Record<string, unknown>> | undefined, request: Request) {
  const parsed = signInSchema.safeParse({ identifier: raw?.identifier ?? "", password: raw?.password ?? "" });
  if (!parsed.success) throw new SignInRefused("invalid");
  const result = await signInWithLimits(getDb(), parsed.data.identifier, parsed.data.password, clientIp(request.headers), request.headers.get("user-agent"));
  if (!result.ok) throw new SignInRefused(result.code);
  return result.user;
}

/**
 * Runs on sign-in and on every auth(): the token is refreshed from the database, and dropped
 * (signed out) when the user is no longer active or their sessionVersion moved on.
 * Role changes therefore apply on the user's next request.
 *
 * Impersonation (C-4): `token.sub` stays the staff user; `token.imp` names a live Impersonation
 * ticket, bound only through an update carrying a ticket that this staff user was just issued.
 * While it lives, the session is the customer's (with `impersonator` set); otherwise the user's own.
 */
export async function jwtCallback({
  token,
  user,
  trigger,
  session,
}: {
  token: JWT;
  user?: { id?: string; sessionVersion?: number };
  trigger?: string;
  session?: unknown;
}) {
  if (user?.id) {
    token.sub = user.id;
    token.sv = user.sessionVersion ?? 0;
    token.imp = undefined;
  }
  if (!token.sub) return null;
  const db = getDb();
  const state = await currentSessionState(db, token.sub, token.sv ?? 0);
  if (!state) return null;
  const asked = trigger === "update" && session && typeof session === "object" && "impersonation" in session
    ? (session as { impersonation: unknown }).impersonation
    : undefined;
  if (asked === null) token.imp = undefined;
  else if (typeof asked === "string" && (await canBindTicket(db, asked, token.sub))) token.imp = asked;
  const seen = token.imp ? await impersonatedState(db, token.imp, token.sub) : null;
  if (seen) {
    token.uid = seen.userId;
    token.name = seen.name;
    token.email = seen.email;
    token.customerId = seen.customerId;
    token.permissions = seen.permissions;
    token.impersonator = { id: token.sub, name: state.name };
    return token;
  }
  token.imp = undefined;
  token.uid = token.sub;
  token.impersonator = undefined;
  token.name = state.name;
  token.email = state.email;
  token.customerId = state.customerId;
  token.permissions = state.permissions;
  return token;
}

/** Whatever created the user (an adapter, a provider), they hold the default role. */
export async function onCreateUser({ user }: { user: { id?: string } }) {
  if (user.id) await grantDefaultRole(getDb(), user.id);
}

export const authOptions = {
  trustHost: true,
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/fa/sign-in", error: "/fa/sign-in" },
  adapter: bashgahAdapter(getDb),
  providers: [Credentials({ credentials: { identifier: {}, password: {} }, authorize: authorizeCredentials })],
  callbacks: {
    jwt: jwtCallback,
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.uid ?? token.sub!,
        name: token.name ?? "",
        email: token.email ?? "",
        customerId: token.customerId ?? null,
        permissions: token.permissions ?? [],
        impersonator: token.impersonator ?? null,
      };
      session.impersonation = token.imp ?? null;
      return session;
    },
  },
  events: { createUser: onCreateUser },
  logger: {
    // A refused sign-in is an answer to the user, not a server error.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
} satisfies NextAuthConfig;
