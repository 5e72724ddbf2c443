// One normaliser for everything that is searched or compared: Persian and Arabic spellings of the
// same word must meet (PostgreSQL and Intl do not equate ي and ی), so both the stored searchText and
// the query string go through this function.

const ARABIC_TO_PERSIAN: Record<string, string> = {
  "\u064A": "\u06CC", // ي → ی
  "\u0649": "\u06CC", // ى → ی
  "\u0643": "\u06A9", // ك → ک
  "\u0629": "\u0647", // ة → ه
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0622": "\u0627", // آ → ا
  "\u0671": "\u0627", // ٱ → ا
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u06CC", // ئ → ی
};

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits to Latin. */
export function toLatinDigits(input: string): string {
  return input.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

export function normalizeText(input: string): string {
  return toLatinDigits(input.normalize("NFC"))
    .replace(/[\u064A\u0649\u0643\u0629\u0623\u0625\u0622\u0671\u0624\u0626]/g, (c) => ARABIC_TO_PERSIAN[c] ?? c)
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "") // harakat, superscript alef, tatweel
    .replace(/[\u200C\u200D\u200E\u200F]/g, "") // ZWNJ, ZWJ, direction marks
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The searchText of a record: its searchable parts, normalised, space-joined. */
export function searchTextOf(parts: Array<string | null | undefined>): string {
  return normalizeText(parts.filter(Boolean).join(" "));
}
