import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { PageHeader } from "@/components/ui/card";
import { UnratedOrders } from "@/components/ratings/unrated-orders";
import { MyReviews } from "@/components/reviews/my-reviews";

export async function generateMetadata() {
  const t = await getTranslations("account.nav");
  return { title: t("reviews") };
}

// A rating request's link opens this page: the completed orders that still have unrated products, then
// the customer's own reviews with their moderation state (issue 9).
export default async function ReviewsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "account.reviews");
  const t = await getTranslations("ratings.page");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <UnratedOrders />
      <MyReviews />
    </>
  );
}
