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

/** The separator of a plain list. (Intl.ListFormat adds "و" before the last item in fa and ar.) */
const LIST_SEPARATOR: Record<AppLocale, string> = { fa: "، ", ar: "، ", en: ", " };

/** A plain list of values (options, address parts) with the locale's comma. */
export function formatList(items: string[], locale: AppLocale): string {
  return items.join(LIST_SEPARATOR[locale]);
}

/** The instant a calendar day (yyyy-mm-dd) starts in a time zone, e.g. 00:00 in Tehran as UTC. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const midnightUtc = new Date(`${day}T00:00:00Z`);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(midnightUtc)
      .map((p) => [p.type, Number(p.value)]),
  );
  const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return new Date(midnightUtc.getTime() - (wallClock - midnightUtc.getTime()));
}

/** Whether a yyyy-mm-dd string is a real calendar day (Date.parse rolls 2023-02-30 over to 2 March). */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** The day after a yyyy-mm-dd day. */
export const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
