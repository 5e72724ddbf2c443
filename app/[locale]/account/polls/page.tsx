import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { MyPolls } from "@/components/polls/my-polls";

export async function generateMetadata() {
  const t = await getTranslations("account.nav");
  return { title: t("polls") };
}

// The polls open to this customer (open, not expired, for anyone, for customers or for one of their
// groups), with whether they answered each; each links to its public page.
export default async function AccountPollsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "account.polls");
  const t = await getTranslations("polls.account");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <MyPolls />
    </>
  );
}
