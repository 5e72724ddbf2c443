import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/server/page-auth";
import { ACCOUNT_SECTIONS, allowedSections } from "@/lib/sections";
import { PageHeader } from "@/components/ui/card";
import { SectionCards } from "@/components/layout/section-cards";

export default async function AccountOverview({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t("overview.title", { name: user.name })} description={t("overview.description")} />
      <SectionCards sections={allowedSections(ACCOUNT_SECTIONS, user.permissions)} base="/account" namespace="account" />
    </>
  );
}
