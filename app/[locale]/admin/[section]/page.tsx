import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { homePath, requireUser } from "@/server/page-auth";
import { ADMIN_SECTIONS } from "@/lib/sections";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Forbidden } from "@/components/layout/forbidden";
import { signOutAction } from "../../actions";

// Sections whose pages arrive with later releases: they say what they will hold.
export default async function AdminSectionPage({ params }: { params: Promise<{ locale: string; section: string }> }) {
  const { locale, section: slug } = await params;
  setRequestLocale(locale);
  const section = ADMIN_SECTIONS.find((s) => s.slug === slug);
  if (!section) notFound();
  const user = await requireUser(locale);
  if (!user.permissions.includes(section.permission)) return <Forbidden homeHref={homePath(user)} signOutAction={signOutAction} />;
  const t = await getTranslations("admin");
  return (
    <>
      <PageHeader title={t(`nav.${slug}`)} description={t(`sections.${slug}`)} />
      <EmptyState title={t("comingSoon.title")} description={t("comingSoon.description")} />
    </>
  );
}
