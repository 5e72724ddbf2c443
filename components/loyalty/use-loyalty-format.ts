"use client";

import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/format";
import type { Currency } from "@/lib/money";
import { entryLine, formatMoney, formatPercentBp, formatPoints, shortfallLine, type Ledger, type LedgerEntryView, type Translate } from "@/lib/loyalty-format";

/** The loyalty formatters bound to the reader's locale and the store's currency. */
export function useLoyaltyFormat(currency: Currency) {
  const t = useTranslations() as unknown as Translate;
  const locale = useLocale() as AppLocale;
  const ctx = { t, locale, currency };
  return {
    locale,
    points: (hundredths: bigint, signed = false) => formatPoints(hundredths, locale, signed),
    money: (minor: bigint, signed = false) => formatMoney(minor, currency, t, locale, signed),
    /** A ledger amount: points or money, signed (+3 / −50,000 toman). */
    amount: (ledger: Ledger, value: bigint, signed = false) => (ledger === "points" ? formatPoints(value, locale, signed) : formatMoney(value, currency, t, locale, signed)),
    percent: (bp: number) => formatPercentBp(bp, locale),
    line: (e: LedgerEntryView, ledger: Ledger) => entryLine(e, ledger, ctx),
    shortfall: (e: LedgerEntryView, ledger: Ledger) => shortfallLine(e, ledger, ctx),
  };
}
