import { INTL_LOCALE, type AppLocale } from "@/lib/format";

/** An average rating with one decimal in the locale's digits (۴٫۳ in fa, ٤٫٣ in ar, 4.3 in en). */
export const formatAverage = (value: number, locale: AppLocale) =>
  new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
