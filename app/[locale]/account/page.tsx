import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/server/page-auth";
import { ACCOUNT_SECTIONS, allowedSections } from "@/lib/sections";
import { PageHeader } from "@/components/ui/card";
import { SectionCards } from "@/components/layout/section-cards";
import { ReferralLinkCard } from "@/components/loyalty/referrals";

export default async function AccountOverview({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const t = await getTranslations("account");
  const tReferral = await getTranslations("loyalty.mine.referrals");
  return (
    <>
      <PageHeader title={t("overview.title", { name: user.name })} description={t("overview.description")} />
      <SectionCards sections={allowedSections(ACCOUNT_SECTIONS, user.permissions)} base="/account" namespace="account" />
      {/* Every customer's referral code and link (issue 7, P-5). */}
      {user.customerId && user.permissions.includes("account.profile") && (
        <div className="mt-6">
          <ReferralLinkCard title={tReferral("title")} />
        </div>
      )}
    </>
  );
}
