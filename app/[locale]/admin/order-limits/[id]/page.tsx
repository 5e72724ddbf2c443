import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArrowRight } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { idField } from "@/lib/schemas/common";
import { Card, PageHeader } from "@/components/ui/card";
import { OrderLimitForm } from "@/components/rules/order-limit-form";

export async function generateMetadata() {
  const t = await getTranslations("rules.limits");
  return { title: t("editTitle") };
}

export default async function EditOrderLimitPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "orderLimits.write");
  if (!idField.safeParse(id).success) notFound();
  const api = await serverApi();
  const [t, options, limit] = await Promise.all([
    getTranslations("rules.limits"),
    api.orderLimits.options(),
    api.orderLimits.get({ id }).catch(() => null),
  ]);
  if (!limit) notFound();
  const values = {
    name: limit.name,
    active: limit.active,
    groupId: limit.groupId,
    maxItems: String(limit.maxItems),
    windowHours: String(limit.windowHours),
    // Items since deleted from the catalog are dropped, so saving the form does not trip on them.
    productIds: limit.products.map((p) => p.id),
    categoryIds: limit.categoryIds.filter((c) => options.categories.some((o) => o.id === c)),
    brandIds: limit.brandIds.filter((b) => options.brands.some((o) => o.id === b)),
  };
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/admin/order-limits" className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowRight className="size-4 ltr:rotate-180" aria-hidden />
        {t("backToList")}
      </Link>
      <PageHeader title={t("editTitle")} description={limit.name} />
      <Card>
        <OrderLimitForm options={options} edit={{ id: limit.id, values, products: limit.products }} />
      </Card>
    </div>
  );
}
