import { getTranslations, setRequestLocale } from "next-intl/server";
import { Plus } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { Card, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { ProductFilters, type ProductFilterValues } from "@/components/catalog/product-filters";
import { ProductList } from "@/components/catalog/product-list";

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("products") };
}

// The search and filters live in the URL, so a view can be bookmarked.
export default async function ProductsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "catalog.read");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const values: ProductFilterValues = Object.fromEntries(
    Object.entries({
      q: raw.q?.slice(0, 100),
      category: idField.safeParse(raw.category).success ? raw.category : undefined,
      brand: idField.safeParse(raw.brand).success ? raw.brand : undefined,
    }).filter(([, v]) => v),
  );
  const [t, tWishlist, options] = await Promise.all([
    getTranslations("catalog.products"),
    getTranslations("wishlist.report"),
    (await serverApi()).products.options(),
  ]);
  const canWrite = user.permissions.includes("catalog.write");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/admin/products/wishlist-report" className={buttonClass("secondary")}>
              {tWishlist("title")}
            </Link>
            {canWrite && (
              <Link href="/admin/products/new" className={buttonClass("primary")}>
                <Plus className="size-4" aria-hidden />
                {t("new")}
              </Link>
            )}
          </div>
        }
      />
      <Card className="mb-4">
        <ProductFilters key={JSON.stringify(values)} values={values} categories={options.categories} brands={options.brands} pathname="/admin/products" messages="catalog.products.filters" />
      </Card>
      <ProductList filter={values} filtered={Object.keys(values).length > 0} currency={options.currency} canWrite={canWrite} />
    </>
  );
}
