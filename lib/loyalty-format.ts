import { formatNumber, INTL_LOCALE, type AppLocale } from "./format";
import { CURRENCIES, toMajorUnits, type Currency } from "./money";
import { nameIn, type LocalizedText } from "./localized";
import { bpToPercent } from "./schemas/loyalty";

// How the points and wallet ledgers read on screen (issue 7 point 7): amounts in the locale's digits
// and every entry explaining itself — "3 points for order #1042 (rule: orders over 100,000)" —
// from the loyalty.* messages. Pure functions: the pages pass their translator and locale.

export type Ledger = "points" | "wallet";

/** A translator over the whole catalog (next-intl's useTranslations() / createTranslator). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What the history pages need of a ledger entry (server/services/loyalty/history.ts LedgerRow). */
export interface LedgerEntryView {
  amount: bigint;
  kind: string;
  source: { type: string; orderNumber: number | null; product: { sku: string; name: LocalizedText } | null };
  referred: { name: string } | null;
  rule: { type: "pointsRule"; name: string } | { type: "commissionRule"; percentBp: number } | null;
  note: string | null;
  reverses: { id: string; kind: string } | null;
  shortfall: bigint | null;
}

/** A decimal string ("-2.5") formatted exactly (Intl reads decimal strings without a float). */
const decimal = (value: string, locale: AppLocale, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value as unknown as number);

/** Hundredths of a point as a decimal string: 250n → "2.5", -300n → "-3". */
export function pointsDecimal(hundredths: bigint): string {
  const sign = hundredths < 0n ? "-" : "";
  const abs = hundredths < 0n ? -hundredths : hundredths;
  const fraction = (abs % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return `${sign}${abs / 100n}${fraction ? `.${fraction}` : ""}`;
}

/** Hundredths of a point in the locale's digits: 300n → "۳", 250n → "۲٫۵" (fa). */
export const formatPoints = (hundredths: bigint, locale: AppLocale, signed = false) =>
  decimal(pointsDecimal(hundredths), locale, { maximumFractionDigits: 2, ...(signed ? { signDisplay: "exceptZero" } : {}) });

/** Minor units → "۵۰٬۰۰۰ تومان" (the currency's name from money.*); signed adds + or −. */
export function formatMoney(minor: bigint, currency: Currency, t: Translate, locale: AppLocale, signed = false): string {
  const { digits } = CURRENCIES[currency];
  const amount = decimal(toMajorUnits(minor, currency), locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    ...(signed ? { signDisplay: "exceptZero" } : {}),
  });
  return t("money.amount", { amount, currency: t(`money.${currency}`) });
}

/** A percent kept in basis points, in the locale's digits: 1250 → "۱۲٫۵". */
export const formatPercentBp = (bp: number, locale: AppLocale) => decimal(bpToPercent(bp), locale, { maximumFractionDigits: 2 });

/** What an entry is for, without its amount: "order #1042 (rule: orders over 100,000)". */
export function entryReason(e: LedgerEntryView, t: Translate, locale: AppLocale): string {
  const rule = e.rule?.type === "pointsRule" ? e.rule.name : "—";
  const percent = e.rule?.type === "commissionRule" ? formatPercentBp(e.rule.percentBp, locale) : "—";
  return t(`loyalty.entry.${e.kind}`, {
    number: e.source.orderNumber === null ? "—" : formatNumber(e.source.orderNumber, locale),
    name: e.referred?.name ?? t("loyalty.someone"),
    rule,
    percent,
    product: e.source.product ? nameIn(e.source.product.name, locale) || e.source.product.sku : t("loyalty.someProduct"),
    reason: e.note ?? "—",
  });
}

/**
 * The whole line: "3 points for order #1042 (rule: …)", "50,000 toman for signing up with a
 * referrer"; entries that take away read "… taken for …".
 */
export function entryLine(e: LedgerEntryView, ledger: Ledger, ctx: { t: Translate; locale: AppLocale; currency: Currency }): string {
  const { t, locale, currency } = ctx;
  const entry = entryReason(e, t, locale);
  const negative = e.amount < 0n;
  const abs = negative ? -e.amount : e.amount;
  if (ledger === "points") {
    return t(negative ? "loyalty.pointsLess" : "loyalty.pointsFor", { amount: formatPoints(abs, locale), count: Number(abs) / 100, entry });
  }
  return t(negative ? "loyalty.walletLess" : "loyalty.walletFor", { amount: formatMoney(abs, currency, t, locale), entry });
}

/** A reversal's note on what it could not take back, or null. */
export function shortfallLine(e: LedgerEntryView, ledger: Ledger, ctx: { t: Translate; locale: AppLocale; currency: Currency }): string | null {
  if (!e.shortfall || e.shortfall <= 0n) return null;
  const amount = ledger === "points" ? formatPoints(e.shortfall, ctx.locale) : formatMoney(e.shortfall, ctx.currency, ctx.t, ctx.locale);
  return ctx.t("loyalty.shortfall", { amount });
}
