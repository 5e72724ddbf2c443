import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { ShippingMethodsManager } from "@/components/catalog/shipping-methods-manager";
import { serverApi } from "@/server/caller";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("shipping-methods") };
}

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "catalog.read");
  const t = await getTranslations("catalog.shippingMethods");
  const { currency } = await (await serverApi()).shippingMethods.list();
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ShippingMethodsManager canWrite={user.permissions.includes("catalog.write")} currency={currency} />
    </>
  );
}
