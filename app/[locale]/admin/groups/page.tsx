import { getTranslations, setRequestLocale } from "next-intl/server";
import { Plus } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import type { AppLocale } from "@/lib/format";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { GroupList } from "@/components/groups/group-list";
import { GroupsOverview } from "@/components/groups/groups-overview";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("groups") };
}

export default async function GroupsPage({ params }: { params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "groups.read");
  const [t, summary] = await Promise.all([getTranslations("groups"), (await serverApi()).groups.summary()]);
  const can = { write: user.permissions.includes("groups.write"), delete: user.permissions.includes("groups.delete") };
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          can.write && (
            <Link href="/admin/groups/new" className={buttonClass("primary")}>
              <Plus className="size-4" aria-hidden />
              {t("new")}
            </Link>
          )
        }
      />
      <GroupsOverview summary={summary} locale={locale} canReadCustomers={user.permissions.includes("customers.read")} />
      <GroupList can={can} />
    </>
  );
}
