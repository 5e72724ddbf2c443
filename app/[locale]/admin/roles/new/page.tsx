import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { Card, PageHeader } from "@/components/ui/card";
import { RoleForm } from "@/components/roles/role-form";

export async function generateMetadata() {
  const t = await getTranslations("roles.editor");
  return { title: t("newTitle") };
}

export default async function NewRolePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "roles.write");
  const t = await getTranslations("roles.editor");
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <Card>
        <RoleForm />
      </Card>
    </>
  );
}
