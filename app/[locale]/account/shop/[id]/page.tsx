import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { nameIn } from "@/lib/localized";
import { idField } from "@/lib/schemas/common";
import { PageHeader } from "@/components/ui/card";
import { ProductDetail } from "@/components/shop/product-detail";
import { PricesHiddenNotice } from "@/components/shop/prices-hidden-notice";
import { ProductReviews } from "@/components/reviews/product-reviews";

export async function generateMetadata() {
  const t = await getTranslations("account.nav");
  return { title: t("shop") };
}

export default async function ShopProductPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "account.orders");
  if (!idField.safeParse(id).success) notFound();
  const api = await serverApi();
  // An inactive or unknown product is a 404, not an empty page.
  const product = await api.shop.product({ id }).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const [t, options] = await Promise.all([getTranslations("shop"), api.shop.options()]);
  return (
    <>
      <PageHeader title={nameIn(product.name, locale)} description={t("productDescription")} />
      {!options.showPrices && <PricesHiddenNotice />}
      <ProductDetail id={id} currency={options.currency} canWish={user.permissions.includes("account.wishlist")} />
      <ProductReviews productId={id} />
    </>
  );
}
