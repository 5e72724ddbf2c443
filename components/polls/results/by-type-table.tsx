import { useLocale, useTranslations } from "next-intl";
import { formatNumber, type AppLocale } from "@/lib/format";
import { NO_RESPONDENT_TYPE } from "@/lib/schemas/poll-results";
import { formatPercent, sliceColour } from "./format";

interface TypeRow {
  respondentTypeId: string;
  total: number;
  options: { optionId: string; count: number; percent: number }[];
}

/** The answers split by respondent type: one row per type (and "not given"), each row's percentages of its own total. */
export function ByTypeTable({ options, types, rows }: { options: { id: string; label: string }[]; types: { id: string; label: string }[]; rows: TypeRow[] }) {
  const t = useTranslations("pollResults.byType");
  const locale = useLocale() as AppLocale;
  const typeLabel = new Map(types.map((x) => [x.id, x.label]));
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="poll-by-type-table">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="bg-slate-50 text-xs text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2 text-start font-medium">{t("respondentType")}</th>
            {options.map((o, i) => (
              <th key={o.id} scope="col" className="whitespace-nowrap px-3 py-2 text-end font-medium">
                <span className="inline-flex items-center gap-1.5">
                  <span aria-hidden className="size-2.5 rounded-sm" style={{ backgroundColor: sliceColour(i) }} />
                  <bdi>{o.label}</bdi>
                </span>
              </th>
            ))}
            <th scope="col" className="px-3 py-2 text-end font-medium">{t("total")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.respondentTypeId} data-testid="poll-type-row">
              <th scope="row" className="whitespace-nowrap px-3 py-2 text-start font-normal text-slate-800">
                {row.respondentTypeId === NO_RESPONDENT_TYPE ? t("none") : <bdi>{typeLabel.get(row.respondentTypeId)}</bdi>}
              </th>
              {row.options.map((o) => (
                <td key={o.optionId} className="whitespace-nowrap px-3 py-2 text-end tabular-nums text-slate-700">
                  {row.total === 0 ? "—" : t("cell", { count: formatNumber(o.count, locale), percent: formatPercent(o.percent, locale) })}
                </td>
              ))}
              <td className="px-3 py-2 text-end font-medium tabular-nums text-slate-900">{formatNumber(row.total, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
