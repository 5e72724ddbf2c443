import { INTL_LOCALE, type AppLocale } from "@/lib/format";

/**
 * Slice colours in answer order: dark enough to stand out from the white page and from each other
 * (each has at least 3:1 contrast with white), with a white edge between slices.
 */
export const SLICE_COLOURS = ["#0f766e", "#b45309", "#1d4ed8", "#be123c", "#7e22ce", "#15803d", "#c2410c", "#334155", "#a21caf", "#0369a1"];
export const sliceColour = (index: number) => SLICE_COLOURS[index % SLICE_COLOURS.length]!;

/** A percentage (in tenths, from the server) with the locale's digits and percent sign: ۶۶٫۷٪. */
export const formatPercent = (percent: number, locale: AppLocale) =>
  new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent", maximumFractionDigits: 1 }).format(percent / 100);
