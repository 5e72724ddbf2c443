import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArrowRight } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { Card, PageHeader } from "@/components/ui/card";
import { OrderLimitForm } from "@/components/rules/order-limit-form";

export async function generateMetadata() {
  const t = await getTranslations("rules.limits");
  return { title: t("createTitle") };
}

export default async function NewOrderLimitPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "orderLimits.write");
  const [t, options] = await Promise.all([getTranslations("rules.limits"), (await serverApi()).orderLimits.options()]);
  return (
    <div className="mx-auto max-w-3xl">
      <Link href="/admin/order-limits" className="mb-4 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowRight className="size-4 ltr:rotate-180" aria-hidden />
        {t("backToList")}
      </Link>
      <PageHeader title={t("createTitle")} description={t("description")} />
      <Card>
        <OrderLimitForm options={options} />
      </Card>
    </div>
  );
}
