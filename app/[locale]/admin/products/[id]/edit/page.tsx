import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { nameIn } from "@/lib/localized";
import { Card, PageHeader } from "@/components/ui/card";
import { ProductForm } from "@/components/catalog/product-form";

export async function generateMetadata() {
  const t = await getTranslations("catalog.products.form");
  return { title: t("editTitle") };
}

export default async function EditProductPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "catalog.write");
  if (!idField.safeParse(id).success) notFound();
  const api = await serverApi();
  const [t, options, product] = await Promise.all([
    getTranslations("catalog.products.form"),
    api.products.options(),
    api.products.forEdit({ id }).catch(() => null),
  ]);
  if (!product) notFound();
  return (
    <>
      <PageHeader title={t("editTitle")} description={`${nameIn(product.values.name, locale)} · ${product.values.sku}`} />
      <Card className="max-w-4xl">
        <ProductForm categories={options.categories} brands={options.brands} warehouses={options.warehouses} currency={options.currency} edit={product} />
      </Card>
    </>
  );
}
