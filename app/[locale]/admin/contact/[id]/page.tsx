import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { idField } from "@/lib/schemas/common";
import { PageHeader } from "@/components/ui/card";
import { ContactMessageView } from "@/components/contact/contact-message-view";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("contact") };
}

// One contact message; the client view opens it (marking it read) once it is on screen.
export default async function ContactMessagePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "contact.read");
  if (!idField.safeParse(id).success) notFound();
  const t = await getTranslations("contact.admin");
  return (
    <>
      <PageHeader
        title={t("view.title")}
        actions={<Link href="/admin/contact" className="text-sm text-brand-700 hover:underline">{t("view.backToList")}</Link>}
      />
      <ContactMessageView id={id} canDelete={user.permissions.includes("contact.delete")} />
    </>
  );
}
