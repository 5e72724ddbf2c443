"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Languages } from "lucide-react";
import { Link, usePathname } from "@/i18n/navigation";
import { locales } from "@/i18n/routing";
import { cn } from "@/lib/cn";

/** fa / ar / en, each link opening the same page (and query, e.g. callbackUrl) in that language. */
export function LocaleSwitcher() {
  const t = useTranslations("common.locale");
  const current = useLocale();
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams());
  return (
    <nav aria-label={t("label")} className="flex items-center gap-1 text-sm">
      <Languages className="size-4 text-slate-500" aria-hidden />
      {locales.map((locale) => (
        <Link
          key={locale}
          href={{ pathname, query }}
          locale={locale}
          hrefLang={locale}
          lang={locale}
          aria-current={locale === current ? "true" : undefined}
          className={cn(
            "rounded-md px-2 py-1 transition-colors",
            locale === current ? "bg-brand-50 font-semibold text-brand-700" : "text-slate-600 hover:bg-slate-100",
          )}
        >
          {t(locale)}
        </Link>
      ))}
    </nav>
  );
}
