import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { Link } from "@/i18n/navigation";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { AdminThreadList } from "@/components/inbox/thread-lists";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("inbox") };
}

// The staff inbox (issue 10, M-1; seed 003 "صندوق پیام"): threads of the departments they may read.
export default async function InboxPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "inbox.read");
  const raw = (await searchParams).customerId;
  const customerId = idField.safeParse(Array.isArray(raw) ? raw[0] : raw).data;
  const [t, departments] = await Promise.all([getTranslations("inbox"), (await serverApi()).inbox.departments()]);
  return (
    <>
      <PageHeader
        title={t("admin.title")}
        description={t("admin.description")}
        actions={user.permissions.includes("inbox.write") ? <Link href="/admin/inbox/new" className={buttonClass()}>{t("admin.new")}</Link> : undefined}
      />
      <AdminThreadList departments={departments} me={user.id} customerId={customerId} />
    </>
  );
}
