import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { Card, PageHeader } from "@/components/ui/card";
import { GroupForm } from "@/components/groups/group-form";

export async function generateMetadata() {
  const t = await getTranslations("groups.form");
  return { title: t("createTitle") };
}

export default async function NewGroupPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "groups.write");
  const [t, summary] = await Promise.all([getTranslations("groups.form"), (await serverApi()).groups.summary()]);
  return (
    <>
      <PageHeader title={t("createTitle")} description={t("createDescription")} />
      <Card className="max-w-3xl">
        <GroupForm currency={summary.currency} />
      </Card>
    </>
  );
}
