import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { DELIVERY_FILTER_KEYS, type DeliveryFilterInput } from "@/lib/schemas/delivery";
import { Card, PageHeader } from "@/components/ui/card";
import { DeliveryFilters } from "@/components/delivery/delivery-filters";
import { DeliveryLog } from "@/components/delivery/delivery-log";

type Search = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("deliveries") };
}

// The delivery log (issue 10): every e-mail and SMS, its attempts and errors; the filter lives in the URL.
export default async function DeliveriesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "notifications.read");
  const raw = await searchParams;
  const values = Object.fromEntries(
    DELIVERY_FILTER_KEYS.flatMap((k) => {
      const v = Array.isArray(raw[k]) ? raw[k][0] : raw[k];
      return v ? [[k, v]] : [];
    }),
  ) as Partial<Record<(typeof DELIVERY_FILTER_KEYS)[number], string>>;
  const t = await getTranslations("delivery.log");
  // The raw URL values go to the procedure, whose lenient schema drops a stale one.
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-4">
        <DeliveryFilters key={JSON.stringify(values)} values={values} />
      </Card>
      <DeliveryLog filter={values as DeliveryFilterInput} filtered={Object.keys(values).length > 0} canRetry={user.permissions.includes("notifications.write")} />
    </>
  );
}
