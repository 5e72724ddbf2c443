import type { ReactNode } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Toaster } from "sonner";
import { locales, routing, rtlLocales } from "@/i18n/routing";
import { vazirmatn } from "@/lib/fonts";
import { TrpcProviders } from "@/components/providers/trpc";
import "../globals.css";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "common" });
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("tagline") };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const dir = rtlLocales.has(locale) ? "rtl" : "ltr";
  return (
    <html lang={locale} dir={dir} className={vazirmatn.variable}>
      <body className="font-sans">
        <NextIntlClientProvider>
          <TrpcProviders>{children}</TrpcProviders>
          <Toaster dir={dir} position={dir === "rtl" ? "bottom-left" : "bottom-right"} richColors />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
