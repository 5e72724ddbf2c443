import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { REVIEW_FILTER_KEYS, reviewFilterSchema, type ReviewFilterInput } from "@/lib/schemas/review-moderation";
import { Card, PageHeader } from "@/components/ui/card";
import { ReviewFilters } from "@/components/reviews/review-filters";
import { ReviewQueue } from "@/components/reviews/review-queue";

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("reviews") };
}

// Review moderation (N-4, seed 003 دیدگاه‌ها): the filter lives in the URL, so a view can be bookmarked.
export default async function ReviewsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "reviews.read");
  const raw = await searchParams;
  const values = Object.fromEntries(
    REVIEW_FILTER_KEYS.flatMap((k) => {
      const v = Array.isArray(raw[k]) ? raw[k][0] : raw[k];
      return v ? [[k, v]] : [];
    }),
  ) as Partial<Record<(typeof REVIEW_FILTER_KEYS)[number], string>>;
  const t = await getTranslations("reviews");
  // The chosen customer's name for the filter's label (their newest review says it).
  const customer = reviewFilterSchema.parse(values).customer;
  const customerName = customer
    ? ((await (await serverApi()).reviews.list({ filter: { status: "ALL", customer }, limit: 1 })).rows[0]?.customer.name ?? null)
    : null;
  // The raw URL values go to the procedure, whose lenient schema drops a stale one.
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-4">
        <ReviewFilters key={JSON.stringify(values)} values={values} customerName={customerName} />
      </Card>
      <ReviewQueue
        filter={values as ReviewFilterInput}
        query={values as Record<string, string>}
        filtered={Object.entries(values).some(([k, v]) => k !== "status" || v !== "PENDING")}
        canWrite={user.permissions.includes("reviews.write")}
        canDelete={user.permissions.includes("reviews.delete")}
      />
    </>
  );
}
