// Dates and numbers per locale: Jalali for fa, Umm al-Qura for ar, with the locale's digits.
export const INTL_LOCALE = {
  fa: "fa-IR-u-ca-persian-nu-arabext",
  ar: "ar-SA-u-ca-islamic-umalqura-nu-arab",
  en: "en-GB",
} as const;

export const TIME_ZONE = { fa: "Asia/Tehran", ar: "Asia/Riyadh", en: "UTC" } as const;

export type AppLocale = keyof typeof INTL_LOCALE;

export function formatDate(date: Date | string, locale: AppLocale, withTime = false): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: TIME_ZONE[locale],
  }).format(typeof date === "string" ? new Date(date) : date);
}

export function formatNumber(value: number | bigint, locale: AppLocale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}
