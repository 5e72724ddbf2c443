import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/mobile";
import { toLatinDigits } from "./normalize";

// The stores this product is for are Iranian and Saudi: a national number (09…, 05…) is tried
// against these countries in order; a number with + or 00 carries its own country.
const COUNTRIES: CountryCode[] = ["IR", "SA"];

/** A valid mobile number in E.164 (+989121234567), or null. */
export function normalizeMobile(input: string): string | null {
  const raw = toLatinDigits(input).replace(/[\s\-()]/g, "").replace(/^00/, "+");
  if (!raw) return null;
  for (const country of raw.startsWith("+") ? [undefined] : COUNTRIES) {
    const parsed = parsePhoneNumberFromString(raw, country);
    if (parsed?.isValid() && parsed.getType() === "MOBILE") return parsed.number;
  }
  return null;
}
