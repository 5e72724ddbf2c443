import { normalizeText } from "./normalize";

// The list's name sort (Customer.sortName). The databases compare text by code point (C and
// C.UTF-8; PGlite has no ICU), and in Unicode the Persian letters پ چ ژ گ come after every Arabic
// letter, so "پرویز" would sort after "یاسر". The key spells the name with the Persian alphabet's
// letters mapped, in alphabetical order, to private-use code points; Arabic spellings were already
// folded into Persian ones by normalizeText (ي → ی, ك → ک), so both spellings sort together.

/** The Persian alphabet in dictionary order (آ is folded into ا by normalizeText). */
export const PERSIAN_ALPHABET = "ءابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی";

const FIRST_KEY = 0xe000; // start of the Private Use Area: above every letter a name has otherwise
const KEY = new Map([...PERSIAN_ALPHABET].map((ch, i) => [ch, String.fromCharCode(FIRST_KEY + i)]));

/** The key a customer's name sorts by: normalised, Persian letters in alphabetical order. */
export function nameSortKey(name: string): string {
  return [...normalizeText(name)].map((ch) => KEY.get(ch) ?? ch).join("");
}
