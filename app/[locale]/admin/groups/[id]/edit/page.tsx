import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { Card, PageHeader } from "@/components/ui/card";
import { GroupForm } from "@/components/groups/group-form";

export async function generateMetadata() {
  const t = await getTranslations("groups.form");
  return { title: t("editTitle") };
}

export default async function EditGroupPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "groups.write");
  if (!idField.safeParse(id).success) notFound();
  const [t, group] = await Promise.all([getTranslations("groups.form"), (await serverApi()).groups.forEdit({ id }).catch(() => null)]);
  if (!group) notFound();
  return (
    <>
      <PageHeader title={t("editTitle")} description={group.values.name} />
      <Card className="max-w-3xl">
        <GroupForm currency={group.currency} edit={{ id: group.id, values: group.values }} />
      </Card>
    </>
  );
}
