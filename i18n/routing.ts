import { defineRouting } from "next-intl/routing";

export const locales = ["fa", "ar", "en"] as const;
export type Locale = (typeof locales)[number];
export const rtlLocales: ReadonlySet<Locale> = new Set(["fa", "ar"]);

/** A stored or requested language as one of ours; anything else is the default, Persian. */
export const asLocale = (value: string | null | undefined): Locale => ((locales as readonly string[]).includes(value ?? "") ? (value as Locale) : "fa");

export const routing = defineRouting({
  locales,
  defaultLocale: "fa",
  // "/" always opens Persian, whatever language the browser asks for.
  localeDetection: false,
});
