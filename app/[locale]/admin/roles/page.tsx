import { getTranslations, setRequestLocale } from "next-intl/server";
import { Plus } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { formatNumber, type AppLocale } from "@/lib/format";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { DefaultRoleForm } from "@/components/roles/default-role-form";
import { RoleName } from "@/components/roles/role-name";
import { roleLabeler } from "@/components/roles/role-label";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("roles") };
}

export default async function RolesPage({ params }: { params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "roles.read");
  const canWrite = user.permissions.includes("roles.write");
  const [t, label, roles] = await Promise.all([getTranslations("roles"), roleLabeler(), (await serverApi()).roles.list()]);
  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          canWrite && (
            <Link href="/admin/roles/new" className={buttonClass("primary")}>
              <Plus className="size-4" aria-hidden />
              {t("list.new")}
            </Link>
          )
        }
      />
      <div className="flex flex-col gap-6">
        <Card className="overflow-x-auto p-0 sm:p-0">
          <table className="w-full text-sm" data-testid="roles-table">
            <thead className="bg-slate-50 text-start text-xs text-slate-500">
              <tr>
                <th className="px-4 py-3 text-start font-medium">{t("list.name")}</th>
                <th className="px-4 py-3 text-start font-medium">{t("list.users")}</th>
                <th className="px-4 py-3 text-start font-medium">{t("list.permissions")}</th>
                <th className="px-4 py-3 text-start font-medium">{t("list.kind")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {roles.map((r) => (
                <tr key={r.id}>
                  <td className="px-4 py-3">
                    {canWrite ? (
                      <Link href={`/admin/roles/${r.id}`} className="font-medium text-brand-700 hover:underline">
                        <RoleName role={r} />
                      </Link>
                    ) : (
                      <span className="font-medium">
                        <RoleName role={r} />
                      </span>
                    )}
                    {r.description && <p className="text-xs text-slate-500">{r.description}</p>}
                  </td>
                  <td className="px-4 py-3">{formatNumber(r.users, locale)}</td>
                  <td className="px-4 py-3">{formatNumber(r.permissions.length, locale)}</td>
                  <td className="px-4 py-3">
                    <span className="flex flex-wrap gap-1">
                      {r.key && <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{t("list.system")}</span>}
                      {r.isDefault && <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700">{t("list.default")}</span>}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        {canWrite && (
          <Card>
            <h2 className="mb-1 font-semibold">{t("default.title")}</h2>
            <p className="mb-4 text-sm text-slate-600">{t("default.description")}</p>
            <DefaultRoleForm roles={roles.map((r) => ({ id: r.id, label: label(r) }))} current={roles.find((r) => r.isDefault)?.id ?? ""} />
          </Card>
        )}
      </div>
    </>
  );
}
