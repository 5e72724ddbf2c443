import "server-only";
import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { bashgahAdapter } from "./auth-adapter";
import { getDb } from "./db";
import { signInSchema } from "@/lib/schemas/auth";
import { authenticate, currentSessionState } from "./services/sign-in";
import { grantDefaultRole } from "./services/roles";
import { clientIp } from "./request-ip";

/** A refused sign-in; `code` reaches the form, which shows `auth.signIn.refused.<code>`. */
class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

export const authOptions = {
  ...authConfig,
  adapter: bashgahAdapter(getDb),
  providers: [
    Credentials({
      credentials: { identifier: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse({ identifier: raw?.identifier ?? "", password: raw?.password ?? "" });
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await authenticate(getDb(), parsed.data.identifier, parsed.data.password, clientIp(request.headers));
        if (!result.ok) throw new SignInRefused(result.code);
        return result.user;
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    // Runs on sign-in and on every auth(): the token is refreshed from the database, and dropped
    // (signed out) when the user is no longer active or their sessionVersion moved on.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = user.sessionVersion ?? 0;
      }
      if (!token.sub) return null;
      const state = await currentSessionState(getDb(), token.sub, token.sv ?? 0);
      if (!state) return null;
      token.name = state.name;
      token.email = state.email;
      token.customerId = state.customerId;
      token.permissions = state.permissions;
      return token;
    },
  },
  events: {
    // Whatever created the user (an adapter, a provider), they hold the default role.
    async createUser({ user }) {
      if (user.id) await grantDefaultRole(getDb(), user.id);
    },
  },
} satisfies NextAuthConfig;
