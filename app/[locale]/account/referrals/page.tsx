import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { MyReferrals } from "@/components/loyalty/referrals";

export async function generateMetadata() {
  const t = await getTranslations("account.nav");
  return { title: t("referrals") };
}

// The customer's referral code and link, and whom they referred with what each earned them (P-5).
export default async function MyReferralsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "account.referrals");
  const t = await getTranslations("loyalty.mine.referrals");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <MyReferrals />
    </>
  );
}
