import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { serverApi } from "@/server/caller";
import { Card, PageHeader } from "@/components/ui/card";
import { PointsRules } from "@/components/loyalty/points-rules";
import { PointsSettingsForm } from "@/components/loyalty/points-settings-form";

export async function generateMetadata() {
  const t = await getTranslations("admin.nav");
  return { title: t("points") };
}

// Points (P-1, P-2; seed 003): the variable points rules and the fixed points settings.
export default async function PointsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, "points.read");
  const [t, settings] = await Promise.all([getTranslations("loyalty"), (await serverApi()).points.settings()]);
  const canWrite = user.permissions.includes("points.write");
  return (
    <>
      <PageHeader title={t("pointsPage.title")} description={t("pointsPage.description")} />
      <div className="flex flex-col gap-8">
        <section aria-labelledby="variable-points" className="flex flex-col gap-3" data-testid="variable-points">
          <div>
            <h2 id="variable-points" className="text-lg font-semibold text-slate-900">{t("pointsRules.title")}</h2>
            <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("pointsRules.description")}</p>
          </div>
          <PointsRules canWrite={canWrite} />
        </section>
        <section aria-labelledby="fixed-points" className="flex max-w-2xl flex-col gap-3" data-testid="fixed-points">
          <div>
            <h2 id="fixed-points" className="text-lg font-semibold text-slate-900">{t("fixedPoints.title")}</h2>
            <p className="mt-1 text-sm text-slate-600">{t("fixedPoints.description")}</p>
          </div>
          <Card>
            <PointsSettingsForm currency={settings.currency} values={settings.values} canWrite={canWrite} />
          </Card>
        </section>
      </div>
    </>
  );
}
