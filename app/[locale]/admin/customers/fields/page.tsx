import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { CustomFieldsManager } from "@/components/customers/custom-fields-manager";

export async function generateMetadata() {
  const t = await getTranslations("customers.fields");
  return { title: t("title") };
}

export default async function CustomFieldsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "customers.write");
  const t = await getTranslations("customers.fields");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <CustomFieldsManager />
    </>
  );
}
