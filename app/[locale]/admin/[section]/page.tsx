import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission, requireStaff } from "@/server/page-auth";
import { ADMIN_SECTIONS } from "@/lib/sections";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

// Sections whose pages arrive with later releases: they say what they will hold.
export default async function AdminSectionPage({ params }: { params: Promise<{ locale: string; section: string }> }) {
  const { locale, section: slug } = await params;
  setRequestLocale(locale);
  const section = ADMIN_SECTIONS.find((s) => s.slug === slug);
  if (!section) notFound();
  await requireStaff(locale);
  await requirePermission(locale, section.permission);
  const t = await getTranslations("admin");
  return (
    <>
      <PageHeader title={t(`nav.${slug}`)} description={t(`sections.${slug}`)} />
      <EmptyState title={t("comingSoon.title")} description={t("comingSoon.description")} />
    </>
  );
}
