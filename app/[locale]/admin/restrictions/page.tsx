import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { PageHeader } from "@/components/ui/card";
import { RestrictionsEditor } from "@/components/rules/restrictions-editor";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("restrictions") };
}

// The chosen group lives in the URL (?group=…), so a group's switches can be bookmarked.
export default async function RestrictionsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ group?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "restrictions.read");
  const raw = (await searchParams).group;
  const [t, groups] = await Promise.all([getTranslations("rules.restrictions"), (await serverApi()).restrictions.groups()]);
  const wanted = idField.safeParse(Array.isArray(raw) ? raw[0] : raw);
  const groupId = wanted.success && groups.some((g) => g.id === wanted.data) ? wanted.data : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <RestrictionsEditor groups={groups} groupId={groupId} canWrite={user.permissions.includes("restrictions.write")} />
    </>
  );
}
