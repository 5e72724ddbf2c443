import { defineRouting } from "next-intl/routing";

export const locales = ["fa", "ar", "en"] as const;
export type Locale = (typeof locales)[number];
export const rtlLocales: ReadonlySet<Locale> = new Set(["fa", "ar"]);

export const routing = defineRouting({
  locales,
  defaultLocale: "fa",
  // "/" always opens Persian, whatever language the browser asks for.
  localeDetection: false,
});
