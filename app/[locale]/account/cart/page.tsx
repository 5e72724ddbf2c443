import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { CartView } from "@/components/cart/cart-view";

export async function generateMetadata() {
  const t = await getTranslations("cart");
  return { title: t("title") };
}

export default async function CartPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ order?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "account.orders");
  const t = await getTranslations("cart");
  const { order } = await searchParams;
  // ?order=<id> reopens an order's payment step or its success view (the server checks it is theirs).
  const orderId = typeof order === "string" && /^[0-9a-f-]{36}$/i.test(order) ? order : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <CartView initialOrderId={orderId} />
    </>
  );
}
