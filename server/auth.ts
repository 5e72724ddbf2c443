import "server-only";
import NextAuth from "next-auth";
import { authOptions } from "./auth-options";

export const { handlers, auth, signOut, unstable_update: updateSession } = NextAuth(authOptions);
