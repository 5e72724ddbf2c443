import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { CategoriesManager } from "@/components/catalog/categories-manager";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("categories") };
}

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "catalog.read");
  const t = await getTranslations("catalog.categories");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <CategoriesManager canWrite={user.permissions.includes("catalog.write")} />
    </>
  );
}
