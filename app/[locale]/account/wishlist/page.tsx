import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { MyWishlist } from "@/components/wishlist/my-wishlist";

export async function generateMetadata() {
  const t = await getTranslations("account.nav");
  return { title: t("wishlist") };
}

export default async function WishlistPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "account.wishlist");
  const t = await getTranslations("wishlist");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {/* Moving to the cart and the product page belong to the shop (account.orders). */}
      <MyWishlist canOrder={user.permissions.includes("account.orders")} />
    </>
  );
}
