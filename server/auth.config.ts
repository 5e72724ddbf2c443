import type { NextAuthConfig } from "next-auth";
import { authSecret } from "./auth-secret";

// The part of the next-auth set-up that needs no database: the proxy uses it to send visitors to
// sign-in; server/auth-options.ts adds the providers, the adapter and the database-backed callbacks.
export const authConfig = {
  trustHost: true,
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/fa/sign-in", error: "/fa/sign-in" },
  providers: [],
  callbacks: {
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.sub!,
        name: token.name ?? "",
        email: token.email ?? "",
        customerId: token.customerId ?? null,
        permissions: token.permissions ?? [],
      };
      return session;
    },
  },
} satisfies NextAuthConfig;
