import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { Card, PageHeader } from "@/components/ui/card";
import { RoleForm } from "@/components/roles/role-form";
import { RoleMembers } from "@/components/roles/role-members";
import { DeleteRole } from "@/components/roles/delete-role";
import { roleLabeler } from "@/components/roles/role-label";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function RolePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "roles.write");
  if (!UUID.test(id)) notFound();
  const roles = await (await serverApi()).roles.list();
  const role = roles.find((r) => r.id === id);
  if (!role) notFound();
  const [t, label] = await Promise.all([getTranslations("roles"), roleLabeler()]);
  return (
    <>
      <PageHeader title={label(role)} description={role.key ? t("editor.systemNote") : t("editor.editDescription")} />
      <div className="flex flex-col gap-6">
        <Card>
          <RoleForm role={{ id: role.id, key: role.key, name: role.name, description: role.description ?? "", permissions: role.permissions }} />
        </Card>
        <Card>
          <h2 className="mb-1 font-semibold">{t("members.title")}</h2>
          <p className="mb-4 text-sm text-slate-600">{t("members.description")}</p>
          <RoleMembers roleId={role.id} />
        </Card>
        {!role.key && !role.isDefault && (
          <Card>
            <h2 className="mb-3 font-semibold">{t("delete.title")}</h2>
            <DeleteRole roleId={role.id} users={role.users} others={roles.filter((r) => r.id !== role.id).map((r) => ({ id: r.id, label: label(r) }))} />
          </Card>
        )}
      </div>
    </>
  );
}
