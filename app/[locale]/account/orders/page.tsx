import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { MyOrders } from "@/components/orders/my-orders";

export async function generateMetadata() {
  const t = await getTranslations("account.nav");
  return { title: t("orders") };
}

export default async function MyOrdersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "account.orders");
  const t = await getTranslations("orders.mine");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <MyOrders />
    </>
  );
}
