import { useLocale, useTranslations } from "next-intl";
import { formatMinorUnits, type Currency } from "@/lib/money";
import { INTL_LOCALE, type AppLocale } from "@/lib/format";

/** Minor units → "۱۲٬۵۰۰٬۰۰۰ تومان" in the reader's language. */
export function useMoney(currency: Currency) {
  const t = useTranslations("money");
  const locale = useLocale() as AppLocale;
  return (minor: bigint) => t("amount", { amount: formatMinorUnits(minor, currency, INTL_LOCALE[locale]), currency: t(currency) });
}

/** The currency's name, for labels such as "Price (toman)". */
export function useCurrencyName(currency: Currency) {
  return useTranslations("money")(currency);
}
