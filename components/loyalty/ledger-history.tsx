"use client";

import type { ReactNode } from "react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import type { Ledger } from "@/lib/loyalty-format";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { AdjustButton } from "./adjust-form";
import type { HistoryPage } from "./types";
import { useLoyaltyFormat } from "./use-loyalty-format";

/** The part of an infinite query the history shows. */
interface HistoryList {
  data?: { pages: HistoryPage[] };
  isPending: boolean;
  isError: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

const nextPage = (p: HistoryPage) => p.next ?? undefined;

interface ViewProps {
  ledger: Ledger;
  list: HistoryList;
  /** Staff see who wrote a manual entry. */
  staff?: boolean;
  /** Beside the balance, e.g. the manual credit/debit button. */
  actions?: (currency: HistoryPage["currency"]) => ReactNode;
  /** Smaller, for the customer card. */
  compact?: boolean;
}

/**
 * A points or wallet ledger (P-4, P-5): the balance and the entries newest first, a page at a time
 * ("more"), each explaining itself ("3 points for order #1042 (rule: …)"), with reversals and what
 * they could not take back.
 */
export function LedgerView({ ledger, list, staff = false, actions, compact = false }: ViewProps) {
  const t = useTranslations("loyalty.history");
  const tKinds = useTranslations("loyalty.kinds");
  const first = list.data?.pages[0];
  const f = useLoyaltyFormat(first?.currency ?? "IRT");
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];

  return (
    <div className="flex flex-col gap-3" data-testid={`${ledger}-history`}>
      <div className={cn("flex flex-wrap items-center justify-between gap-3 rounded-xl bg-brand-50 ring-1 ring-brand-100", compact ? "p-3" : "p-4")}>
        <div>
          <p className="text-xs text-slate-600">{t(`${ledger}Balance`)}</p>
          {first ? (
            <p className={cn("font-bold text-slate-900", compact ? "text-lg" : "text-2xl")} data-testid={`${ledger}-balance`} data-amount={String(first.balance)}>
              {f.amount(ledger, first.balance)}
            </p>
          ) : (
            <p className={cn("font-bold text-slate-400", compact ? "text-lg" : "text-2xl")} aria-hidden>…</p>
          )}
        </div>
        {first && actions?.(first.currency)}
      </div>
      {list.isPending ? (
        <p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p>
      ) : list.isError ? (
        <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
      ) : rows.length === 0 ? (
        <p className="text-sm text-slate-500" data-testid={`${ledger}-empty`}>{t(`${ledger}Empty`)}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid={`${ledger}-entries`}>
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                <th className="whitespace-nowrap px-3 py-2 text-start font-medium">{t("columns.date")}</th>
                <th className="px-3 py-2 text-start font-medium">{t("columns.description")}</th>
                <th className="whitespace-nowrap px-3 py-2 text-end font-medium">{t("columns.amount")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => {
                const shortfall = f.shortfall(r, ledger);
                return (
                  <tr key={r.id} data-testid="ledger-row" data-kind={r.kind} data-amount={String(r.amount)}>
                    <td className="whitespace-nowrap px-3 py-2 align-top text-xs text-slate-500">{formatDate(r.createdAt, f.locale, true)}</td>
                    <td className="px-3 py-2 align-top">
                      <span className="inline-block rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{tKinds(r.kind)}</span>
                      <p className="mt-1 text-slate-800" data-testid="ledger-line">{f.line(r, ledger)}</p>
                      {r.reverses && <p className="mt-0.5 text-xs text-slate-500">{t("reverses", { kind: tKinds(r.reverses.kind) })}</p>}
                      {shortfall && <p className="mt-0.5 text-xs text-amber-800" data-testid="ledger-shortfall">{shortfall}</p>}
                      {staff && r.createdBy && <p className="mt-0.5 text-xs text-slate-500">{t("by", { name: r.createdBy.name })}</p>}
                    </td>
                    <td className={cn("whitespace-nowrap px-3 py-2 text-end align-top font-medium", r.amount < 0n ? "text-rose-700" : "text-emerald-700")}>
                      <bdi>{f.amount(ledger, r.amount, true)}</bdi>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" data-testid="ledger-more" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t("loading") : t("more")}
        </Button>
      )}
    </div>
  );
}

/** The signed-in customer's own points or wallet (account.points / account.wallet). */
export function MyLedger({ ledger }: { ledger: Ledger }) {
  const trpc = useTRPC();
  const procedure = ledger === "points" ? trpc.myLoyalty.points : trpc.myLoyalty.wallet;
  const list = useInfiniteQuery(procedure.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: nextPage }));
  return <LedgerView ledger={ledger} list={list} />;
}

interface CustomerLedgerProps {
  customerId: string;
  customerName: string;
  ledger: Ledger;
  /** points.write / wallet.write: manual credit and debit. */
  canWrite: boolean;
}

/** A customer's points or wallet on their card (C-4, C-7), with manual credit/debit for staff allowed to. */
export function CustomerLedger({ customerId, customerName, ledger, canWrite }: CustomerLedgerProps) {
  const trpc = useTRPC();
  const procedure = ledger === "points" ? trpc.loyalty.pointsHistory : trpc.loyalty.walletHistory;
  const list = useInfiniteQuery(procedure.infiniteQueryOptions({ customerId, limit: 10 }, { getNextPageParam: nextPage }));
  return (
    <LedgerView
      ledger={ledger}
      list={list}
      staff
      compact
      actions={canWrite ? (currency) => <AdjustButton ledger={ledger} customerId={customerId} customerName={customerName} currency={currency} /> : undefined}
    />
  );
}
