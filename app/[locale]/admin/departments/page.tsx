import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { DepartmentsManager } from "@/components/departments/departments-manager";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("departments") };
}

/** Departments of the inbox (issue 10; seed 003 مدیریت بخش ها). */
export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "departments.read");
  const t = await getTranslations("departments");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <DepartmentsManager canWrite={user.permissions.includes("departments.write")} />
    </>
  );
}
