/**
 * The client's address: the last X-Forwarded-For entry, the one the nearest proxy added (Next fills
 * the header with the socket's address when no proxy sent one). Run the app behind a reverse proxy
 * that appends to X-Forwarded-For: exposed directly, a client could put any address there.
 */
export function clientIp(headers: Headers): string | null {
  const hops = headers.get("x-forwarded-for")?.split(",").map((h) => h.trim()).filter(Boolean);
  return hops?.at(-1) || headers.get("x-real-ip") || null;
}
