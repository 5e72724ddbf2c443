import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { Card, PageHeader } from "@/components/ui/card";
import { MyLedger } from "@/components/loyalty/ledger-history";

export async function generateMetadata() {
  const t = await getTranslations("account.nav");
  return { title: t("wallet") };
}

// The customer's own wallet: balance and history, newest first (P-5).
export default async function MyWalletPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "account.wallet");
  const t = await getTranslations("loyalty.mine.wallet");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <MyLedger ledger="wallet" />
      </Card>
    </>
  );
}
