import { locales } from "@/i18n/routing";

const LOCALE_PATH = new RegExp(`^/(${locales.join("|")})(/|$)`);

/**
 * The page to return to after sign-in: a path of this site under a locale, or null. Parsed as a
 * URL, so tricks like "/\evil.example" or "/%09/evil.example" cannot send the user elsewhere.
 */
export function safeCallbackPath(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const base = "http://bashgah.invalid";
    const url = new URL(raw, base);
    if (url.origin !== base || !LOCALE_PATH.test(url.pathname) || /[\\\t\n\r]/.test(raw)) return null;
    return url.pathname + url.search;
  } catch {
    return null;
  }
}
