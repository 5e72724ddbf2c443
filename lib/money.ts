import { z } from "zod";
import { toLatinDigits } from "./normalize";

// Money is an integer count of the currency's minor units (BigInt), never a float (house rule 5).
// The store has one currency (Settings → store); the forms take amounts in major units, as
// people write them ("250,000", "۲۵۰٬۰۰۰", "49.50"), and the server stores minor units.

export const CURRENCIES = {
  /** Iranian toman: what Iranian shops price in; no minor unit in use. */
  IRT: { digits: 0 },
  /** Iranian rial. */
  IRR: { digits: 0 },
  /** Saudi riyal: 100 halalas. */
  SAR: { digits: 2 },
} as const;
export type Currency = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as Currency[];
export const DEFAULT_CURRENCY: Currency = "IRT";

/** The largest amount a form accepts, in major units (far beyond any price, well inside bigint). */
const MAX_MAJOR = 10n ** 13n;

/**
 * An amount typed in major units → a plain decimal string ("250000", "49.5"), or a field error.
 * The conversion to minor units needs the currency, so it happens in toMinorUnits.
 */
export const moneyField = z
  .union([z.string(), z.number()])
  .transform((v, ctx) => {
    const s = toLatinDigits(String(v)).replace(/[,٬\s]/g, "").replace(/٫/g, ".");
    if (s === "") {
      ctx.addIssue({ code: "custom", message: "validation.required" });
      return z.NEVER;
    }
    if (!/^\d+(\.\d{1,2})?$/.test(s)) {
      ctx.addIssue({ code: "custom", message: "validation.moneyInvalid" });
      return z.NEVER;
    }
    if (BigInt(s.split(".")[0]!) >= MAX_MAJOR) {
      ctx.addIssue({ code: "custom", message: "validation.tooLarge" });
      return z.NEVER;
    }
    return s;
  });

/** A decimal string in major units → minor units; null when it has more decimals than the currency. */
export function toMinorUnits(decimal: string, currency: Currency): bigint | null {
  const { digits } = CURRENCIES[currency];
  const [whole, fraction = ""] = decimal.split(".");
  if (fraction.replace(/0+$/, "").length > digits) return null;
  return BigInt(whole!) * 10n ** BigInt(digits) + BigInt((fraction + "00").slice(0, digits) || "0");
}

/** Minor units → the major-unit decimal string a form shows ("49.50" for 4950 halalas). */
export function toMajorUnits(minor: bigint, currency: Currency): string {
  const { digits } = CURRENCIES[currency];
  if (digits === 0) return minor.toString();
  const sign = minor < 0n ? "-" : "";
  const abs = minor < 0n ? -minor : minor;
  const unit = 10n ** BigInt(digits);
  return `${sign}${abs / unit}.${(abs % unit).toString().padStart(digits, "0")}`;
}

/**
 * The number part of an amount in the locale's digits ("۲۵۰٬۰۰۰"); the currency's name comes from
 * the messages (`money.<currency>`), e.g. t("money.amount", { amount, currency: t("money.IRT") }).
 */
export function formatMinorUnits(minor: bigint, currency: Currency, intlLocale: string): string {
  const { digits } = CURRENCIES[currency];
  const major = toMajorUnits(minor, currency);
  // Intl formats a decimal string exactly (no float on the way) since ES2023.
  return new Intl.NumberFormat(intlLocale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    major as unknown as number,
  );
}
