import "server-only";
import { currentSession } from "./page-auth";
import { getDb } from "./db";
import { clientIp } from "./request-ip";
import { visitorJar } from "./services/polls/visitor-cookie";
import type { Context } from "./trpc";

/**
 * The tRPC context of a request: the database, the (database-checked) session and the poll visitor
 * cookie. `response` is given by the API route, whose response can carry a new cookie.
 */
export async function createContext(headers: Headers, response?: { headers: Headers; secure: boolean }): Promise<Context> {
  const session = await currentSession();
  return {
    db: getDb(),
    ip: clientIp(headers),
    visitor: visitorJar(headers, response),
    session: session?.user
      ? { id: session.user.id, customerId: session.user.customerId, permissions: session.user.permissions, impersonatorId: session.user.impersonator?.id ?? null }
      : null,
  };
}
