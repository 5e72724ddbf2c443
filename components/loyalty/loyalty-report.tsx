"use client";

import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Link, useRouter } from "@/i18n/navigation";
import { formatDate, formatNumber, INTL_LOCALE, TIME_ZONE, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import type { Ledger } from "@/lib/loyalty-format";
import { cn } from "@/lib/cn";
import { loyaltyReportSchema, REPORT_PERIODS, type LoyaltyReportInput } from "@/lib/schemas/loyalty";
import { useTRPC } from "@/components/providers/trpc";
import { Card } from "@/components/ui/card";
import { DateField } from "@/components/ui/date-field";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAlert } from "@/components/ui/use-form-alert";
import type { LoyaltyReport as Report } from "./types";
import { useLoyaltyFormat } from "./use-loyalty-format";

/** The entry kinds in the order the columns show them (prisma LedgerEntryKind). */
const KINDS = [
  "ORDER_RULE", "ORDER_PRODUCTS", "REFERRER_ORDER", "SIGNUP_REFERRER", "SIGNUP_GIFT", "REVIEW",
  "COMMISSION", "ORDER_PAYMENT", "ORDER_REFUND", "MANUAL", "REVERSAL",
] as const;

type KindTotals = Partial<Record<(typeof KINDS)[number], bigint>>;
type Period = (typeof REPORT_PERIODS)[number];

export interface ReportFilter {
  from: string;
  to: string;
  period: Period;
}

const net = (totals: KindTotals) => Object.values(totals).reduce<bigint>((sum, v) => sum + (v ?? 0n), 0n);

/**
 * The points and commissions report (issue 7 point 8): what each ledger moved per day or per month
 * of the reader's calendar, by kind of entry, and the referrers who earned most. The filters live in
 * the URL, so a view can be bookmarked.
 */
export function LoyaltyReport({ filter, locale }: { filter: ReportFilter; locale: AppLocale }) {
  const t = useTranslations("loyalty.report");
  const trpc = useTRPC();
  const report = useQuery(trpc.commissions.report.queryOptions({ ...filter, locale, top: 10 }));

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <ReportFilters filter={filter} locale={locale} />
      </Card>
      {report.isPending ? (
        <Card><p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p></Card>
      ) : report.isError ? (
        <FormAlert message={applyServerErrors(report.error, () => undefined, []) ?? "errors.unexpected"} />
      ) : (
        <ReportBody report={report.data} period={filter.period} locale={locale} />
      )}
    </div>
  );
}

function ReportFilters({ filter, locale }: { filter: ReportFilter; locale: AppLocale }) {
  const t = useTranslations("loyalty.report");
  const router = useRouter();
  const { control, register, handleSubmit, setError, formState } = useForm<LoyaltyReportInput>({
    resolver: zodResolver(loyaltyReportSchema) as never,
    defaultValues: { ...filter, locale },
  });
  const { alert, submit } = useFormAlert(setError, ["from", "to", "period"]);
  const e = formState.errors;
  const onSubmit = handleSubmit((v) =>
    submit(async () => {
      router.replace(`/admin/commissions/report?${new URLSearchParams({ from: v.from, to: v.to, period: v.period ?? "month" })}`);
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" data-testid="loyalty-report-form" aria-label={t("filters")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <div className="flex flex-wrap items-end gap-3">
        <Controller control={control} name="from" render={({ field }) => <DateField name="from" label={t("from")} value={field.value} onChange={field.onChange} error={e.from?.message} />} />
        <Controller control={control} name="to" render={({ field }) => <DateField name="to" label={t("to")} value={field.value} onChange={field.onChange} error={e.to?.message} />} />
        <SelectField label={t("period")} className="min-w-36" data-testid="report-period" error={e.period?.message} {...register("period")}>
          {REPORT_PERIODS.map((p) => (
            <option key={p} value={p}>{t(`periods.${p}`)}</option>
          ))}
        </SelectField>
        <SubmitButton pending={formState.isSubmitting}>{t("show")}</SubmitButton>
      </div>
      <p className="text-xs text-slate-500">{t("rangeHelp")}</p>
    </form>
  );
}

function ReportBody({ report, period, locale }: { report: Report; period: Period; locale: AppLocale }) {
  const t = useTranslations("loyalty.report");
  const f = useLoyaltyFormat(report.currency);
  const totals = report.totals as Record<Ledger, KindTotals>;
  const summary: { key: string; value: string; raw: bigint }[] = [
    { key: "pointsNet", value: f.points(net(totals.points)), raw: net(totals.points) },
    { key: "walletNet", value: f.money(net(totals.wallet)), raw: net(totals.wallet) },
    { key: "commissions", value: f.money(totals.wallet.COMMISSION ?? 0n), raw: totals.wallet.COMMISSION ?? 0n },
  ];

  return (
    <>
      <dl className="grid gap-3 sm:grid-cols-3" data-testid="report-summary">
        {summary.map((s) => (
          <div key={s.key} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <dt className="text-xs text-slate-500">{t(`summary.${s.key}`)}</dt>
            <dd className="mt-1 text-xl font-bold text-slate-900" data-testid={`report-${s.key}`} data-amount={String(s.raw)}>{s.value}</dd>
          </div>
        ))}
      </dl>
      {report.periods.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("empty")} />
      ) : (
        (["points", "wallet"] as const).map((ledger) => <PeriodTable key={ledger} ledger={ledger} report={report} period={period} locale={locale} />)
      )}
      <Card className="overflow-x-auto p-0 sm:p-0">
        <h2 className="px-5 pt-5 font-semibold text-slate-900">{t("topTitle")}</h2>
        <p className="px-5 pb-3 text-xs text-slate-500">{t("topHelp")}</p>
        {report.topReferrers.length === 0 ? (
          <p className="px-5 pb-5 text-sm text-slate-500">{t("topEmpty")}</p>
        ) : (
          <table className="w-full text-sm" data-testid="report-top-referrers">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {(["name", "referred", "points", "wallet"] as const).map((c) => (
                  <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{t(`topColumns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {report.topReferrers.map((r) => (
                <tr key={r.customerId} data-testid="report-referrer-row" data-username={r.username} data-points={String(r.points)} data-wallet={String(r.wallet)}>
                  <td className="px-3 py-2.5">
                    <Link href={`/admin/customers/${r.customerId}`} className="font-medium text-slate-900 hover:text-brand-700">{r.name}</Link>
                    <span className="ms-1 text-xs text-slate-500" dir="ltr">{r.username}</span>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">{formatNumber(r.referred, locale)}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">{f.points(r.points)}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-900">{f.money(r.wallet)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}

/** One ledger's amounts: a row per period, a column per kind that moved, the net and the totals. */
function PeriodTable({ ledger, report, period, locale }: { ledger: Ledger; report: Report; period: Period; locale: AppLocale }) {
  const t = useTranslations("loyalty.report");
  const tKinds = useTranslations("loyalty.kinds");
  const f = useLoyaltyFormat(report.currency);
  const of = (p: { points: KindTotals; wallet: KindTotals }) => p[ledger];
  const totals = (report.totals as Record<Ledger, KindTotals>)[ledger];
  const kinds = KINDS.filter((k) => report.periods.some((p) => of(p)[k] !== undefined));
  const show = (v: bigint | undefined) => (v === undefined ? "—" : f.amount(ledger, v));
  const month = new Intl.DateTimeFormat(INTL_LOCALE[locale], { year: "numeric", month: "long", timeZone: TIME_ZONE[locale] });
  const label = (p: Report["periods"][number]) =>
    period === "day" ? formatDate(`${p.key}T12:00:00Z`, locale) : month.format(new Date(`${p.firstDay}T12:00:00Z`));

  return (
    <Card className="overflow-x-auto p-0 sm:p-0">
      <h2 className="px-5 py-4 font-semibold text-slate-900">{t(`${ledger}Title`)}</h2>
      {kinds.length === 0 ? (
        <p className="px-5 pb-5 text-sm text-slate-500">{t(`${ledger}Empty`)}</p>
      ) : (
        <table className="w-full text-sm" data-testid={`report-${ledger}-table`}>
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr>
              <th className="whitespace-nowrap px-3 py-3 text-start font-medium">{t("columns.period")}</th>
              {kinds.map((k) => (
                <th key={k} className="whitespace-nowrap px-3 py-3 text-start font-medium">{tKinds(k)}</th>
              ))}
              <th className="whitespace-nowrap px-3 py-3 text-start font-medium">{t("columns.net")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {report.periods.map((p) => (
              <tr key={p.key} data-testid="report-period-row" data-key={p.key} data-net={String(net(of(p)))}>
                <td className="whitespace-nowrap px-3 py-2.5 font-medium text-slate-900">{label(p)}</td>
                {kinds.map((k) => (
                  <td key={k} className="whitespace-nowrap px-3 py-2.5 text-slate-700" data-kind={k}>{show(of(p)[k])}</td>
                ))}
                <td className="whitespace-nowrap px-3 py-2.5 font-semibold text-slate-900">{f.amount(ledger, net(of(p)))}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="bg-slate-50 font-semibold">
            <tr data-testid={`report-${ledger}-totals`}>
              <td className="whitespace-nowrap px-3 py-2.5 text-slate-900">{t("columns.total")}</td>
              {kinds.map((k) => (
                <td key={k} className={cn("whitespace-nowrap px-3 py-2.5", (totals[k] ?? 0n) < 0n ? "text-rose-700" : "text-slate-900")} data-kind={k}>{show(totals[k])}</td>
              ))}
              <td className="whitespace-nowrap px-3 py-2.5 text-slate-900">{f.amount(ledger, net(totals))}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </Card>
  );
}
