import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { TIME_ZONE, type AppLocale } from "@/lib/format";
import { ORDER_FILTER_KEYS, type OrderFilterInput } from "@/lib/schemas/order-list";
import { Card, PageHeader } from "@/components/ui/card";
import { OrderFilters } from "@/components/orders/order-filters";
import { AdminOrderList } from "@/components/orders/admin-order-list";

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("orders") };
}

// The filter lives in the URL, so a view can be bookmarked; the date range is in the reader's zone.
export default async function OrdersPage({ params, searchParams }: { params: Promise<{ locale: AppLocale }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "orders.read");
  const raw = await searchParams;
  const values = Object.fromEntries(
    ORDER_FILTER_KEYS.flatMap((k) => {
      const v = Array.isArray(raw[k]) ? raw[k][0] : raw[k];
      return v ? [[k, v]] : [];
    }),
  ) as Partial<Record<(typeof ORDER_FILTER_KEYS)[number], string>>;
  const t = await getTranslations("orders");
  // The raw URL values go to the procedure, whose lenient schema drops a stale one.
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-4">
        <OrderFilters key={JSON.stringify(values)} values={values} />
      </Card>
      <AdminOrderList filter={{ ...values, timeZone: TIME_ZONE[locale] } as OrderFilterInput} filtered={Object.keys(values).length > 0} />
    </>
  );
}
