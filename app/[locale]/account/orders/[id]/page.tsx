import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/server/page-auth";
import { idField } from "@/lib/schemas/common";
import { PageHeader } from "@/components/ui/card";
import { MyOrderDetail } from "@/components/orders/my-order-detail";

export async function generateMetadata() {
  const t = await getTranslations("account.nav");
  return { title: t("orders") };
}

export default async function MyOrderPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "account.orders");
  if (!idField.safeParse(id).success) notFound();
  const t = await getTranslations("orders.detail");
  return (
    <>
      <PageHeader title={t("title")} />
      <MyOrderDetail orderId={id} />
    </>
  );
}
