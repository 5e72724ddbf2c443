import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { WishlistReport } from "@/components/wishlist/wishlist-report";

export async function generateMetadata() {
  const t = await getTranslations("wishlist.report");
  return { title: t("title") };
}

/** The most-wished products (issue 6 point 2), beside the product list it reports on. */
export default async function WishlistReportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "catalog.read");
  const t = await getTranslations("wishlist.report");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<Link href="/admin/products" className={buttonClass("secondary")}>{t("toProducts")}</Link>}
      />
      <WishlistReport />
    </>
  );
}
