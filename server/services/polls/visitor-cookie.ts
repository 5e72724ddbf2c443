// No "server-only" guard: the proxy (proxy.ts) imports this too, outside the react-server bundle.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "../../auth-secret";

// A visitor's device for polls open to anyone (V-2): a random id in a signed, http-only, SameSite=Lax
// cookie. The signature (HMAC with the app's secret) stops a visitor from choosing ids; clearing the
// cookie gives a new id, which the per-address rate limit (LIMITS.pollAnswerPerIp) keeps from flooding.

export const VISITOR_COOKIE = "bashgah-poll-visitor";
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** What a request knows of the visitor's device, and how its response hands out a new id. */
export interface VisitorJar {
  /** The id of a validly signed cookie, or null. */
  readonly id: string | null;
  /** Sets the cookie on the response; throws where there is no response to set it on. */
  remember(id: string): void;
}

/** A key of its own, derived from the app's secret, so this signature serves nothing else. */
function signingKey(): Buffer {
  const secret = authSecret();
  if (!secret) throw new Error("AUTH_SECRET is not set: the poll visitor cookie cannot be signed");
  return createHmac("sha256", secret).update("poll-visitor-cookie").digest();
}

const signature = (id: string) => createHmac("sha256", signingKey()).update(id).digest("base64url");

export const newVisitorId = () => randomBytes(18).toString("base64url");

export const signVisitorId = (id: string) => `${id}.${signature(id)}`;

/** The id in a cookie value, or null when the value is missing, malformed or not signed by us. */
export function verifyVisitorCookie(value: string | null | undefined): string | null {
  const match = value?.match(/^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{43})$/);
  if (!match) return null;
  const [, id, given] = match;
  const expected = Buffer.from(signature(id!));
  const received = Buffer.from(given!);
  return expected.length === received.length && timingSafeEqual(expected, received) ? id! : null;
}

/** One cookie's value from a Cookie request header. */
export function cookieValue(cookieHeader: string | null, name: string): string | null {
  for (const part of cookieHeader?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      // A malformed escape in a hand-made cookie is no cookie, not a server error.
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

export function visitorSetCookie(id: string, secure: boolean): string {
  return `${VISITOR_COOKIE}=${signVisitorId(id)}; Path=/; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/**
 * The jar of a request: reads the cookie from its headers and, when the response's headers are at
 * hand (the tRPC route), sets a new one there. Server components read only.
 */
export function visitorJar(requestHeaders: Headers, response?: { headers: Headers; secure: boolean }): VisitorJar {
  let id = verifyVisitorCookie(cookieValue(requestHeaders.get("cookie"), VISITOR_COOKIE));
  return {
    get id() {
      return id;
    },
    remember(newId: string) {
      if (!response) throw new Error("the visitor cookie can only be set on an API response");
      response.headers.append("set-cookie", visitorSetCookie(newId, response.secure));
      id = newId;
    },
  };
}
