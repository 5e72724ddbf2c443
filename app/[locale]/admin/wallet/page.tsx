import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChartColumn, Star, Users, Wallet } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { Card, PageHeader } from "@/components/ui/card";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("wallet") };
}

// Wallets belong to customers: each one's balance, history and manual credit/debit are on the
// customer card. This section says so and leads to the views over many wallets that the viewer's
// permissions open: the customers by wallet balance, the report, and the sign-up gift setting.
export default async function WalletPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "wallet.read");
  const t = await getTranslations("loyalty.walletPage");
  const can = (p: string) => user.permissions.includes(p);
  const links = [
    can("customers.read") && { id: "customers", href: "/admin/customers?walletMin=1&sort=wallet&dir=desc", icon: Users },
    can("commissions.read") && { id: "report", href: "/admin/commissions/report", icon: ChartColumn },
    can("points.read") && { id: "gift", href: "/admin/points", icon: Star },
  ].filter((l) => !!l);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex max-w-3xl flex-col gap-4">
        <Card className="flex gap-3">
          <span className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-600">
            <Wallet className="size-5" aria-hidden />
          </span>
          <div className="text-sm text-slate-700">
            <p>{t("howItWorks")}</p>
            <p className="mt-2">{t("adjustHelp")}</p>
          </div>
        </Card>
        {links.length > 0 && (
          <ul className="grid gap-3 sm:grid-cols-2" data-testid="wallet-links">
            {links.map((l) => (
              <li key={l.id}>
                <Link
                  href={l.href}
                  data-testid={`wallet-link-${l.id}`}
                  className="flex h-full gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 transition hover:ring-brand-200"
                >
                  <span className="flex size-10 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-600">
                    <l.icon className="size-5" aria-hidden />
                  </span>
                  <span>
                    <span className="block font-semibold text-slate-900">{t(`links.${l.id}.title`)}</span>
                    <span className="mt-0.5 block text-sm text-slate-600">{t(`links.${l.id}.description`)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
