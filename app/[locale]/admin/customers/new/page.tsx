import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { Card, PageHeader } from "@/components/ui/card";
import { CustomerForm } from "@/components/customers/customer-form";

export async function generateMetadata() {
  const t = await getTranslations("customers.form");
  return { title: t("createTitle") };
}

export default async function NewCustomerPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "customers.write");
  const [t, options] = await Promise.all([getTranslations("customers.form"), (await serverApi()).customers.options()]);
  return (
    <>
      <PageHeader title={t("createTitle")} description={t("createDescription")} />
      <Card className="max-w-3xl">
        <CustomerForm groups={options.groups} fields={options.fields} defaultGroupId={options.defaultGroupId} />
      </Card>
    </>
  );
}
