/** The client's address behind a proxy (first X-Forwarded-For hop) or as the server saw it. */
export function clientIp(headers: Headers): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || null;
}
