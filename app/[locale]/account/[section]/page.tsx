import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { ACCOUNT_SECTIONS } from "@/lib/sections";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

// Account sections whose pages arrive with later releases.
export default async function AccountSectionPage({ params }: { params: Promise<{ locale: string; section: string }> }) {
  const { locale, section: slug } = await params;
  setRequestLocale(locale);
  const section = ACCOUNT_SECTIONS.find((s) => s.slug === slug && !s.ready);
  if (!section) notFound();
  await requirePermission(locale, section.permission);
  const t = await getTranslations("account");
  return (
    <>
      <PageHeader title={t(`nav.${slug}`)} description={t(`sections.${slug}`)} />
      <EmptyState title={t("comingSoon.title")} description={t("comingSoon.description")} />
    </>
  );
}
