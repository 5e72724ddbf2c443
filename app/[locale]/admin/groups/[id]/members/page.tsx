import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArrowRight } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { PageHeader } from "@/components/ui/card";
import { GroupMembers } from "@/components/groups/group-members";

export async function generateMetadata() {
  const t = await getTranslations("groups.actions");
  return { title: t("members") };
}

export default async function GroupMembersPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "groups.read");
  if (!idField.safeParse(id).success) notFound();
  const [t, group] = await Promise.all([getTranslations("groups.members"), (await serverApi()).groups.forEdit({ id }).catch(() => null)]);
  if (!group) notFound();
  return (
    <>
      <Link href="/admin/groups" className="mb-3 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        {/* The arrow points back in the reading direction. */}
        <ArrowRight className="size-4 ltr:rotate-180" aria-hidden />
        {t("back")}
      </Link>
      <PageHeader title={t("title", { name: group.values.name })} description={t("description")} />
      <GroupMembers group={{ id: group.id, name: group.values.name }} canWrite={user.permissions.includes("groups.write")} />
    </>
  );
}
