"use client";

import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Download } from "lucide-react";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import { cn } from "@/lib/cn";
import { applyServerErrors } from "@/lib/form-errors";
import { NO_RESPONDENT_TYPE, POLL_RESULTS_FILTER_KEYS, pollExportHref } from "@/lib/schemas/poll-results";
import { useTRPC } from "@/components/providers/trpc";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";

const INPUT = "w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";

/** A filter with its label tied by id, so its name is the label alone (not the options' text). */
function Field({ id, label, className, children }: { id: string; label: string; className?: string; children: ReactNode }) {
  return (
    <div className={cn("flex flex-col gap-1 text-xs font-medium text-slate-600", className)}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
const COLUMNS = ["name", "date", "answer", "respondentType", "message"] as const;

type Filter = Partial<Record<(typeof POLL_RESULTS_FILTER_KEYS)[number], string>>;
interface Labelled {
  id: string;
  label: string;
}

/**
 * The details of a poll's answers (V-3): filters, keyset pages newest first behind a "more" button,
 * and the .xlsx export of what the filters show. Messages are user text: rendered as text only.
 */
export function ResponseList({ pollId, options, types, exportMax }: { pollId: string; options: Labelled[]; types: Labelled[]; exportMax: number }) {
  const t = useTranslations("pollResults");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const id = useId();
  const [draft, setDraft] = useState<Filter>({});
  const [applied, setApplied] = useState<Filter>({});
  const filter = Object.fromEntries(Object.entries(applied).filter(([, v]) => v)) as Filter;
  const list = useInfiniteQuery(
    trpc.pollResults.responses.infiniteQueryOptions(
      { pollId, filter: filter as never, limit: 30 },
      { getNextPageParam: (p) => p.next ?? undefined },
    ),
  );
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const optionLabel = new Map(options.map((o) => [o.id, o.label]));
  const typeLabel = new Map(types.map((o) => [o.id, o.label]));
  const set = (key: keyof Filter) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setApplied({ ...draft, q: draft.q?.trim() });
  };

  return (
    <div className="flex flex-col gap-3">
      <Card>
        <form onSubmit={apply} role="search" aria-label={t("filters.label")} className="flex flex-wrap items-end gap-3">
          <Field id={`${id}-option`} label={t("filters.answer")}>
            <select id={`${id}-option`} name="optionId" value={draft.optionId ?? ""} onChange={(e) => set("optionId")(e.target.value)} className={INPUT}>
              <option value="">{t("filters.any")}</option>
              {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
            </select>
          </Field>
          {types.length > 0 && (
            <Field id={`${id}-type`} label={t("filters.respondentType")}>
              <select id={`${id}-type`} name="respondentTypeId" value={draft.respondentTypeId ?? ""} onChange={(e) => set("respondentTypeId")(e.target.value)} className={INPUT}>
                <option value="">{t("filters.any")}</option>
                {types.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
                <option value={NO_RESPONDENT_TYPE}>{t("filters.none")}</option>
              </select>
            </Field>
          )}
          <Field id={`${id}-message`} label={t("filters.message")}>
            <select id={`${id}-message`} name="message" value={draft.message ?? ""} onChange={(e) => set("message")(e.target.value)} className={INPUT}>
              <option value="">{t("filters.any")}</option>
              <option value="with">{t("filters.withMessage")}</option>
              <option value="without">{t("filters.withoutMessage")}</option>
            </select>
          </Field>
          <Field id={`${id}-q`} label={t("filters.q")} className="min-w-48 flex-1">
            <input id={`${id}-q`} type="search" name="q" maxLength={100} value={draft.q ?? ""} onChange={(e) => set("q")(e.target.value)} placeholder={t("filters.qPlaceholder")} className={INPUT} />
          </Field>
          <Button type="submit">{t("filters.apply")}</Button>
          <Button variant="ghost" onClick={() => { setDraft({}); setApplied({}); }}>{t("filters.clear")}</Button>
        </form>
      </Card>

      <div className="flex flex-wrap items-center justify-end gap-3">
        <span className="text-xs text-slate-500">{t("exportHint", { max: formatNumber(exportMax, locale) })}</span>
        {/* A plain download link: the route checks polls.read itself and streams the file. */}
        <a href={pollExportHref(pollId, locale, filter)} download className={buttonClass("secondary")} data-testid="poll-export">
          <Download className="size-4" aria-hidden />
          {t("exportButton")}
        </a>
      </div>

      <Card className="overflow-x-auto p-0 sm:p-0">
        {list.isPending ? (
          <div className="flex flex-col gap-2 p-5" aria-busy="true">
            <span className="sr-only">{t("details.loading")}</span>
            {Array.from({ length: 5 }, (_, i) => <div key={i} className="h-8 animate-pulse rounded bg-slate-100" />)}
          </div>
        ) : list.isError ? (
          <div className="p-5">
            <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
            <Button variant="secondary" className="mt-3" onClick={() => list.refetch()}>{t("details.retry")}</Button>
          </div>
        ) : rows.length === 0 ? (
          <div className="p-4">
            <EmptyState title={t("details.emptyTitle")} description={Object.keys(filter).length ? t("details.emptyFiltered") : t("details.empty")} />
          </div>
        ) : (
          <table className="w-full text-sm" data-testid="poll-responses-table">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} scope="col" className="whitespace-nowrap px-3 py-3 text-start font-medium">{t(`details.columns.${c}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} data-testid="poll-response-row" className="align-top">
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-900">
                    {r.respondent === "customer" ? <bdi>{r.name}</bdi> : (
                      <span className="text-slate-500">{t(r.respondent === "visitor" ? "details.visitor" : "details.deletedCustomer")}</span>
                    )}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{formatDate(r.createdAt, locale, true)}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-800"><bdi>{optionLabel.get(r.optionId)}</bdi></td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">
                    {r.respondentTypeId ? <bdi>{typeLabel.get(r.respondentTypeId)}</bdi> : t("details.none")}
                  </td>
                  <td className="min-w-64 px-3 py-2.5 text-slate-800">
                    {r.message?.trim() ? <p className="whitespace-pre-wrap break-words"><bdi>{r.message}</bdi></p> : <span className="text-slate-400">{t("details.none")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t("details.loading") : t("details.more")}
        </Button>
      )}
    </div>
  );
}
