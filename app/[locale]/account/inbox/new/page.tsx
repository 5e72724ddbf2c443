import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { PageHeader } from "@/components/ui/card";
import { NewThreadForm } from "@/components/inbox/new-thread-form";
import { attachmentLimits } from "@/components/inbox/load-thread";

export async function generateMetadata() {
  const t = await getTranslations("inbox");
  return { title: t("account.new") };
}

// A customer opens a ticket (issue 10, M-2): active departments, optionally one of their orders.
export default async function NewTicketPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "account.inbox");
  const api = await serverApi();
  const [t, departments, orders] = await Promise.all([getTranslations("inbox"), api.myInbox.departments(), api.myInbox.orders()]);
  return (
    <>
      <PageHeader title={t("account.new")} description={t("account.newDescription")} />
      <NewThreadForm side="customer" departments={departments} orders={orders} limits={await attachmentLimits()} />
    </>
  );
}
