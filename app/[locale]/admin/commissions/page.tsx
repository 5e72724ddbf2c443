import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { CommissionRules } from "@/components/loyalty/commission-rules";
import { CommissionTabs } from "@/components/loyalty/commission-tabs";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("commissions") };
}

// Referral commissions (P-3; seed 003 پورسانت ها); the report is the section's second tab.
export default async function CommissionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "commissions.read");
  const t = await getTranslations("loyalty");
  return (
    <>
      <PageHeader title={t("commissionsPage.title")} description={t("commissionsPage.description")} />
      <CommissionTabs current="rules" />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("commissionRules.description")}</p>
      <CommissionRules canWrite={user.permissions.includes("commissions.write")} />
    </>
  );
}
