import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { PageHeader } from "@/components/ui/card";
import { StaffManager } from "@/components/staff/staff-manager";
import { roleLabeler } from "@/components/roles/role-label";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("staff") };
}

export default async function StaffPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "staff.read");
  const [t, label] = await Promise.all([getTranslations("staff"), roleLabeler()]);
  // The role names to choose from; listing them needs roles.read, which staff managers usually hold.
  const roles = user.permissions.includes("roles.read") ? await (await serverApi()).roles.list() : [];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <StaffManager
        roles={roles.map((r) => ({ id: r.id, key: r.key, label: label(r) }))}
        canWrite={user.permissions.includes("staff.write") && roles.length > 0}
        canEditRoles={user.permissions.includes("roles.write")}
        selfId={user.id}
      />
    </>
  );
}
