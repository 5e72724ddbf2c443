import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { PageHeader } from "@/components/ui/card";
import { NewThreadForm } from "@/components/inbox/new-thread-form";
import { attachmentLimits } from "@/components/inbox/load-thread";

export async function generateMetadata() {
  const t = await getTranslations("inbox");
  return { title: t("admin.new") };
}

// The admin writes to a customer (issue 10, M-1): active departments the staff member reads.
export default async function NewInboxThreadPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "inbox.write");
  const [t, departments] = await Promise.all([getTranslations("inbox"), (await serverApi()).inbox.departments()]);
  return (
    <>
      <PageHeader title={t("admin.new")} description={t("admin.newDescription")} />
      <NewThreadForm side="staff" departments={departments.filter((d) => d.active)} limits={await attachmentLimits()} />
    </>
  );
}
