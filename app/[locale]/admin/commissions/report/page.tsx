import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/server/page-auth";
import { isCalendarDay, TIME_ZONE, type AppLocale } from "@/lib/format";
import { REPORT_PERIODS } from "@/lib/schemas/loyalty";
import { PageHeader } from "@/components/ui/card";
import { CommissionTabs } from "@/components/loyalty/commission-tabs";
import { LoyaltyReport, type ReportFilter } from "@/components/loyalty/loyalty-report";

export async function generateMetadata() {
  const t = await getTranslations("loyalty.report");
  return { title: t("title") };
}

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Today in the reader's time zone, yyyy-mm-dd. */
const today = (locale: AppLocale) => new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE[locale] }).format(new Date());
const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

// The points and commissions report; ?from=&to=&period=day|month keep a view bookmarkable. Without
// them: the last twelve months by month, or the last thirty days by day.
export default async function LoyaltyReportPage({ params, searchParams }: { params: Promise<{ locale: AppLocale }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "commissions.read");
  const search = await searchParams;
  const t = await getTranslations("loyalty");
  const rawPeriod = first(search.period);
  const period = REPORT_PERIODS.find((p) => p === rawPeriod) ?? "month";
  const rawTo = first(search.to);
  const rawFrom = first(search.from);
  const to = rawTo && isCalendarDay(rawTo) ? rawTo : today(locale);
  const from = rawFrom && isCalendarDay(rawFrom) ? rawFrom : daysBefore(to, period === "day" ? 29 : 364);
  const filter: ReportFilter = { from, to, period };
  return (
    <>
      <PageHeader title={t("commissionsPage.title")} description={t("commissionsPage.description")} />
      <CommissionTabs current="report" />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t("report.description")}</p>
      <LoyaltyReport key={JSON.stringify(filter)} filter={filter} locale={locale} />
    </>
  );
}
