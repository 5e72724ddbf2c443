import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { idField } from "@/lib/schemas/common";
import { PageHeader } from "@/components/ui/card";
import { AdminOrderDetail } from "@/components/orders/admin-order-detail";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("orders") };
}

export default async function OrderPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "orders.read");
  if (!idField.safeParse(id).success) notFound();
  const t = await getTranslations("orders");
  return (
    <>
      <PageHeader
        title={t("detail.title")}
        actions={<Link href="/admin/orders" className="text-sm text-brand-700 hover:underline">{t("detail.backToList")}</Link>}
      />
      <AdminOrderDetail orderId={id} canWrite={user.permissions.includes("orders.write")} />
    </>
  );
}
