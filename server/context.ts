import "server-only";
import { currentSession } from "./page-auth";
import { getDb } from "./db";
import { clientIp } from "./request-ip";
import type { Context } from "./trpc";

/** The tRPC context of a request: the database and the (database-checked) session. */
export async function createContext(headers: Headers): Promise<Context> {
  const session = await currentSession();
  return {
    db: getDb(),
    ip: clientIp(headers),
    session: session?.user
      ? { id: session.user.id, customerId: session.user.customerId, permissions: session.user.permissions, impersonatorId: session.user.impersonator?.id ?? null }
      : null,
  };
}
