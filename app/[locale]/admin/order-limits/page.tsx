import { getTranslations, setRequestLocale } from "next-intl/server";
import { Plus } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { OrderLimitList } from "@/components/rules/order-limit-list";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("order-limits") };
}

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// The filters live in the URL (?group=…&active=true|false), so a view can be bookmarked.
export default async function OrderLimitsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "orderLimits.read");
  const search = await searchParams;
  const [t, options] = await Promise.all([getTranslations("rules.limits"), (await serverApi()).orderLimits.options()]);
  const group = idField.safeParse(first(search.group));
  const active = first(search.active);
  const filter = {
    ...(group.success && options.groups.some((g) => g.id === group.data) ? { groupId: group.data } : {}),
    ...(active === "true" || active === "false" ? { active: active === "true" } : {}),
  };
  const canWrite = user.permissions.includes("orderLimits.write");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canWrite && (
            <Link href="/admin/order-limits/new" className={buttonClass("primary")}>
              <Plus className="size-4" aria-hidden />
              {t("new")}
            </Link>
          )
        }
      />
      <p className="mb-4 max-w-3xl rounded-lg bg-sky-50 p-3 text-sm text-sky-900 ring-1 ring-sky-200">{t("howCounted")}</p>
      <OrderLimitList key={JSON.stringify(filter)} groups={options.groups} filter={filter} canWrite={canWrite} />
    </>
  );
}
