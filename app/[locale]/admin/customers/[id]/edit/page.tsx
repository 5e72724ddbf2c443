import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { Card, PageHeader } from "@/components/ui/card";
import { CustomerForm } from "@/components/customers/customer-form";

export async function generateMetadata() {
  const t = await getTranslations("customers.form");
  return { title: t("editTitle") };
}

export default async function EditCustomerPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "customers.write");
  if (!idField.safeParse(id).success) notFound();
  const api = await serverApi();
  const [t, options, customer] = await Promise.all([
    getTranslations("customers.form"),
    api.customers.options(),
    api.customers.forEdit({ id }).catch(() => null),
  ]);
  if (!customer) notFound();
  return (
    <>
      <PageHeader title={t("editTitle")} description={customer.values.name} />
      <Card className="max-w-3xl">
        <CustomerForm groups={options.groups} fields={options.fields} edit={customer} />
      </Card>
    </>
  );
}
