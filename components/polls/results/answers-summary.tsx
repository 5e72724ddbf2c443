import { useLocale, useTranslations } from "next-intl";
import { formatNumber, type AppLocale } from "@/lib/format";
import { EmptyState } from "@/components/ui/empty-state";
import { AnswersChart } from "./answers-chart";
import { formatPercent, sliceColour } from "./format";

interface OptionResult {
  id: string;
  label: string;
  closed: boolean;
  count: number;
  percent: number;
}

/** The pie and, beside it, the same counts and percentages as a table (readable without the chart). */
export function AnswersSummary({ options, total }: { options: OptionResult[]; total: number }) {
  const t = useTranslations("pollResults.summary");
  const locale = useLocale() as AppLocale;
  if (total === 0) return <EmptyState title={t("emptyTitle")} description={t("empty")} />;
  return (
    <div className="flex flex-col items-center gap-6 md:flex-row md:items-start">
      <AnswersChart label={t("chartLabel")} slices={options} />
      <table className="w-full text-sm md:flex-1" data-testid="poll-answers-table">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="bg-slate-50 text-xs text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2 text-start font-medium">{t("answer")}</th>
            <th scope="col" className="px-3 py-2 text-end font-medium">{t("count")}</th>
            <th scope="col" className="px-3 py-2 text-end font-medium">{t("percent")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {options.map((o, i) => (
            <tr key={o.id} data-testid="poll-answer-row">
              <th scope="row" className="px-3 py-2 text-start font-normal text-slate-800">
                <span className="inline-flex items-center gap-2">
                  <span aria-hidden className="size-3 shrink-0 rounded-sm" style={{ backgroundColor: sliceColour(i) }} />
                  <bdi>{o.label}</bdi>
                  {o.closed && <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{t("closedOption")}</span>}
                </span>
              </th>
              <td className="px-3 py-2 text-end tabular-nums text-slate-800">{formatNumber(o.count, locale)}</td>
              <td className="px-3 py-2 text-end tabular-nums text-slate-600">{formatPercent(o.percent, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-200 font-medium text-slate-900">
          <tr>
            <th scope="row" className="px-3 py-2 text-start">{t("total")}</th>
            <td className="px-3 py-2 text-end tabular-nums">{formatNumber(total, locale)}</td>
            <td className="px-3 py-2 text-end tabular-nums">{formatPercent(100, locale)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
