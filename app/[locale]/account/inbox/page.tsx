import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { Link } from "@/i18n/navigation";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { CustomerThreadList } from "@/components/inbox/thread-lists";

export async function generateMetadata() {
  const t = await getTranslations("account.nav");
  return { title: t("inbox") };
}

// The customer's messages and tickets (issue 10, M-2).
export default async function MyInboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "account.inbox");
  const t = await getTranslations("inbox");
  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.description")} actions={<Link href="/account/inbox/new" className={buttonClass()}>{t("account.new")}</Link>} />
      <CustomerThreadList />
    </>
  );
}
