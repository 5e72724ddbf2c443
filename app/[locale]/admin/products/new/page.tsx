import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { Card, PageHeader } from "@/components/ui/card";
import { ProductForm } from "@/components/catalog/product-form";

export async function generateMetadata() {
  const t = await getTranslations("catalog.products.form");
  return { title: t("createTitle") };
}

export default async function NewProductPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "catalog.write");
  const [t, options] = await Promise.all([getTranslations("catalog.products.form"), (await serverApi()).products.options()]);
  return (
    <>
      <PageHeader title={t("createTitle")} description={t("createDescription")} />
      <Card className="max-w-4xl">
        <ProductForm categories={options.categories} brands={options.brands} warehouses={options.warehouses} currency={options.currency} />
      </Card>
    </>
  );
}
