import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { Card, PageHeader } from "@/components/ui/card";
import { ProductFilters, type ProductFilterValues } from "@/components/catalog/product-filters";
import { ShopList } from "@/components/shop/shop-list";
import { PricesHiddenNotice } from "@/components/shop/prices-hidden-notice";

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  const t = await getTranslations("account.nav");
  return { title: t("shop") };
}

// The search and filters live in the URL, so a view can be shared or bookmarked.
export default async function ShopPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "account.orders");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const values: ProductFilterValues = Object.fromEntries(
    Object.entries({
      q: raw.q?.slice(0, 100),
      category: idField.safeParse(raw.category).success ? raw.category : undefined,
      brand: idField.safeParse(raw.brand).success ? raw.brand : undefined,
    }).filter(([, v]) => v),
  );
  const [t, options] = await Promise.all([getTranslations("shop"), (await serverApi()).shop.options()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {!options.showPrices && <PricesHiddenNotice />}
      <Card className="mb-4">
        <ProductFilters key={JSON.stringify(values)} values={values} categories={options.categories} brands={options.brands} pathname="/account/shop" messages="shop.filters" />
      </Card>
      <ShopList
        filter={values}
        filtered={Object.keys(values).length > 0}
        currency={options.currency}
        canWish={user.permissions.includes("account.wishlist")}
      />
    </>
  );
}
