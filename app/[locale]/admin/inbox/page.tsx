import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { getDb } from "@/server/db";
import { customerForFilter } from "@/server/services/inbox/threads";
import { inboxFiltersFromSearch } from "@/lib/schemas/inbox";
import { Link } from "@/i18n/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { AdminThreadList } from "@/components/inbox/thread-lists";
import { InboxFilters } from "@/components/inbox/inbox-filters";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("inbox") };
}

// The staff inbox (issue 10, M-1; seed 003 "صندوق پیام"): threads of the departments they may read.
// The filters live in the URL (parsed leniently: a stale value is dropped), so a view can be bookmarked.
export default async function InboxPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "inbox.read");
  const filters = inboxFiltersFromSearch(await searchParams);
  const [t, departments, customer] = await Promise.all([
    getTranslations("inbox"),
    (await serverApi()).inbox.departments(),
    // The picker shows who is picked; an id that names no customer is dropped like any stale value.
    filters.customerId ? customerForFilter(getDb(), filters.customerId) : null,
  ]);
  if (!customer) delete filters.customerId;
  const canWrite = user.permissions.includes("inbox.write");
  return (
    <>
      <PageHeader
        title={t("admin.title")}
        description={t("admin.description")}
        actions={canWrite ? <Link href="/admin/inbox/new" className={buttonClass()}>{t("admin.new")}</Link> : undefined}
      />
      <Card className="mb-4">
        <InboxFilters values={filters} customer={customer} departments={departments} me={user.id} canPickCustomer={canWrite} />
      </Card>
      <AdminThreadList filters={filters} me={user.id} />
    </>
  );
}
