import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { PaymentMethodsManager } from "@/components/catalog/payment-methods-manager";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("payment-methods") };
}

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "catalog.read");
  const t = await getTranslations("catalog.paymentMethods");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <PaymentMethodsManager canWrite={user.permissions.includes("catalog.write")} />
    </>
  );
}
