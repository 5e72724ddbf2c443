"use client";

import { useState } from "react";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { ArrowDown, ArrowUp } from "lucide-react";
import { toast } from "sonner";
import { Link } from "@/i18n/navigation";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { BULK_ACTIONS, type CustomerFilterInput, type CustomerSort } from "@/lib/schemas/customers";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { cn } from "@/lib/cn";
import { CustomerActions, type CustomerAbilities } from "./customer-actions";
import { StatusBadge } from "./status-badge";

interface Props {
  filter: CustomerFilterInput;
  sort: CustomerSort;
  dir: "asc" | "desc";
  /** The query string of the current view, to build sort and selection links from. */
  query: Record<string, string>;
  selectedId?: string;
  groups: { id: string; name: string }[];
  can: CustomerAbilities;
  impersonate: (customerId: string) => Promise<{ error?: string } | void>;
}

const SORTABLE: Partial<Record<string, CustomerSort>> = { name: "name", createdAt: "createdAt", points: "points", wallet: "wallet", orders: "orders" };
const COLUMNS = ["name", "email", "mobile", "groups", "status", "ip", "createdAt", "points", "wallet"] as const;

/** The admin customer list (C-1, C-2, C-5): keyset pages, sortable columns, selection and bulk actions. */
export function CustomerList({ filter, sort, dir, query, selectedId, groups, can, impersonate }: Props) {
  const t = useTranslations("customers.list");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const input = { filter, sort, dir, limit: 50 };
  const list = useInfiniteQuery(trpc.customers.list.infiniteQueryOptions(input, { getNextPageParam: (p) => p.next ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const link = (extra: Record<string, string | undefined>) => ({
    pathname: "/admin/customers",
    query: Object.fromEntries(Object.entries({ ...query, ...extra }).filter(([, v]) => v)) as Record<string, string>,
  });

  const header = (column: (typeof COLUMNS)[number]) => {
    const key = SORTABLE[column];
    const label = t(`columns.${column}`);
    if (!key) return label;
    const active = sort === key;
    const nextDir = active && dir === "desc" ? "asc" : "desc";
    const Icon = dir === "desc" ? ArrowDown : ArrowUp;
    return (
      <Link href={link({ sort: key, dir: nextDir, c: undefined })} className="inline-flex items-center gap-1 hover:text-slate-900" aria-label={t("sortBy", { column: label })}>
        {label}
        {active && <Icon className="size-3" aria-hidden />}
      </Link>
    );
  };

  return (
    <div className="flex flex-col gap-3">
      {can.write && rows.length > 0 && (
        <BulkBar
          ids={allMatching ? undefined : [...selected]}
          filter={filter}
          groups={groups}
          allMatching={allMatching}
          onAllMatching={setAllMatching}
          onDone={() => {
            setSelected(new Set());
            setAllMatching(false);
          }}
        />
      )}
      <Card className="overflow-x-auto p-0 sm:p-0">
        {list.isPending ? (
          <div className="flex flex-col gap-2 p-5" aria-busy="true" data-testid="customers-loading">
            <span className="sr-only">{t("loading")}</span>
            {Array.from({ length: 6 }, (_, i) => (
              <div key={i} className="h-8 animate-pulse rounded bg-slate-100" />
            ))}
          </div>
        ) : list.isError ? (
          <div className="p-5" data-testid="customers-error">
            <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
            <Button variant="secondary" className="mt-3" onClick={() => list.refetch()}>{t("retry")}</Button>
          </div>
        ) : rows.length === 0 ? (
          <div className="p-4">
            <EmptyState title={t("emptyTitle")} description={Object.keys(query).some((k) => k !== "sort" && k !== "dir") ? t("emptyFiltered") : t("empty")} />
          </div>
        ) : (
          <table className="w-full text-sm" data-testid="customers-table">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {can.write && (
                  <th className="w-8 px-3 py-3">
                    <input
                      type="checkbox"
                      aria-label={t("selectPage")}
                      checked={allOnPage}
                      onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                      className="size-4 rounded border-slate-300"
                    />
                  </th>
                )}
                {COLUMNS.map((c) => (
                  <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{header(c)}</th>
                ))}
                <th className="px-3 py-3"><span className="sr-only">{t("columns.actions")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} data-testid="customer-row" data-username={r.username} className={cn(selectedId === r.id && "bg-brand-50/60")}>
                  {can.write && (
                    <td className="px-3 py-2.5">
                      <input
                        type="checkbox"
                        aria-label={t("selectRow", { name: r.name })}
                        checked={allMatching || selected.has(r.id)}
                        disabled={allMatching}
                        onChange={() => toggle(r.id)}
                        className="size-4 rounded border-slate-300"
                      />
                    </td>
                  )}
                  <td className="px-3 py-2.5">
                    <Link href={link({ c: r.id })} scroll={false} className="font-medium text-slate-900 hover:text-brand-700">{r.name}</Link>
                    <span className="block text-xs text-slate-500" dir="ltr">{r.username}</span>
                  </td>
                  <td className="px-3 py-2.5 text-slate-600" dir="ltr">{r.email ?? "—"}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600" dir="ltr">{r.mobile ?? "—"}</td>
                  <td className="px-3 py-2.5">
                    <span className="flex flex-wrap gap-1">
                      {r.groups.length ? r.groups.map((g) => (
                        <span key={g.id} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{g.name}</span>
                      )) : <span className="text-slate-400">—</span>}
                    </span>
                  </td>
                  <td className="px-3 py-2.5">
                    <StatusBadge status={r.status} />
                    {r.blockReason && <span className="mt-0.5 block text-xs text-rose-700">{t(`blockReasons.${r.blockReason}`)}</span>}
                  </td>
                  <td className="px-3 py-2.5 text-xs text-slate-500" dir="ltr">{r.lastSignInIp ?? "—"}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{formatDate(r.createdAt, locale)}</td>
                  <td className="px-3 py-2.5 text-slate-600">{formatNumber(Number(r.pointsBalance) / 100, locale)}</td>
                  <td className="px-3 py-2.5 text-slate-600">{formatNumber(r.walletBalance, locale)}</td>
                  <td className="px-3 py-2.5 text-end">
                    <CustomerActions customer={r} can={can} impersonate={impersonate} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t("loading") : t("more")}
        </Button>
      )}
    </div>
  );
}

/** Bulk actions (C-5) on the chosen rows or on every customer matching the filter; one transaction. */
function BulkBar({
  ids,
  filter,
  groups,
  allMatching,
  onAllMatching,
  onDone,
}: {
  ids?: string[];
  filter: CustomerFilterInput;
  groups: { id: string; name: string }[];
  allMatching: boolean;
  onAllMatching: (v: boolean) => void;
  onDone: () => void;
}) {
  const t = useTranslations("customers.bulk");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<(typeof BULK_ACTIONS)[number] | "">("");
  const [groupId, setGroupId] = useState("");
  const count = useQuery(trpc.customers.count.queryOptions({ filter }, { enabled: allMatching }));
  const bulk = useMutation(
    trpc.customers.bulk.mutationOptions({
      onSuccess: (r) => {
        toast.success(t("done", { count: r.changed }));
        void queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() });
        setAction("");
        onDone();
      },
      onError: (e) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected")),
    }),
  );
  const needsGroup = action === "addToGroup" || action === "removeFromGroup";
  const target = allMatching ? t("allMatching", { count: count.data ? formatNumber(count.data.count, locale) : "…" }) : t("selected", { count: ids?.length ?? 0 });
  const ready = action !== "" && (!needsGroup || groupId) && (allMatching || (ids?.length ?? 0) > 0);

  return (
    <Card className="flex flex-wrap items-end gap-3 p-3 sm:p-3" >
      <form
        className="flex flex-wrap items-end gap-3"
        aria-label={t("label")}
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          if (allMatching && !window.confirm(t("confirmAll", { count: count.data?.count ?? 0 }))) return;
          bulk.mutate({ action: action as (typeof BULK_ACTIONS)[number], groupId: needsGroup ? groupId : undefined, ...(allMatching ? { filter } : { ids }) });
        }}
      >
        <span className="text-sm text-slate-700" data-testid="bulk-target">{target}</span>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={allMatching} onChange={(e) => onAllMatching(e.target.checked)} className="size-4 rounded border-slate-300" />
          {t("applyToAll")}
        </label>
        <select aria-label={t("action")} value={action} onChange={(e) => setAction(e.target.value as typeof action)} className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm">
          <option value="">{t("chooseAction")}</option>
          {BULK_ACTIONS.map((a) => (
            <option key={a} value={a}>{t(`actions.${a}`)}</option>
          ))}
        </select>
        {needsGroup && (
          <select aria-label={t("group")} value={groupId} onChange={(e) => setGroupId(e.target.value)} className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="">{t("chooseGroup")}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>{g.name}</option>
            ))}
          </select>
        )}
        <Button type="submit" disabled={!ready || bulk.isPending}>{t("apply")}</Button>
      </form>
      {action === "activate" && <p className="basis-full text-xs text-slate-500">{t("activateHelp")}</p>}
    </Card>
  );
}
