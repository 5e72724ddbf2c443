"use client";

import { useState } from "react";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Pencil, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { Link, useRouter } from "@/i18n/navigation";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/select-field";
import { Switch } from "./switch";

interface Props {
  groups: { id: string; name: string }[];
  filter: { groupId?: string; active?: boolean };
  canWrite: boolean;
}

const COLUMNS = ["name", "group", "rule", "items", "active"] as const;

/** The order limits, newest first, a page at a time; filtered by group and status through the URL. */
export function OrderLimitList({ groups, filter, canWrite }: Props) {
  const t = useTranslations("rules.limits");
  const tAll = useTranslations();
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(trpc.orderLimits.list.infiniteQueryOptions({ ...filter, limit: 50 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.orderLimits.list.pathKey() });
  const failed = (e: unknown) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"));
  const setActive = useMutation(trpc.orderLimits.setActive.mutationOptions({ onSuccess: refresh, onError: failed }));
  const remove = useMutation(
    trpc.orderLimits.delete.mutationOptions({
      onSuccess: () => {
        toast.success(t("deleted"));
        setDeleting(null);
        void refresh();
      },
      onError: failed,
    }),
  );
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const go = (next: { group?: string; active?: string }) => {
    const merged = { group: filter.groupId, active: filter.active === undefined ? undefined : String(filter.active), ...next };
    const query = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => !!e[1]));
    router.replace(query.size ? `/admin/order-limits?${query}` : "/admin/order-limits");
  };

  return (
    <div className="flex flex-col gap-3">
      <Card className="flex flex-wrap items-end gap-3">
        <SelectField name="group" label={t("filterGroup")} className="min-w-48" value={filter.groupId ?? ""} onChange={(e) => go({ group: e.target.value })}>
          <option value="">{t("allGroups")}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>{g.name}</option>
          ))}
        </SelectField>
        <SelectField name="active" label={t("filterStatus")} className="min-w-40" value={filter.active === undefined ? "" : String(filter.active)} onChange={(e) => go({ active: e.target.value })}>
          <option value="">{t("anyStatus")}</option>
          <option value="true">{t("activeOnly")}</option>
          <option value="false">{t("inactiveOnly")}</option>
        </SelectField>
      </Card>
      <Card className="overflow-x-auto p-0 sm:p-0">
        {list.isPending ? (
          <p className="p-5 text-sm text-slate-500" aria-busy="true">{t("loading")}</p>
        ) : list.isError ? (
          <div className="p-5">
            <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
          </div>
        ) : rows.length === 0 ? (
          <div className="p-4">
            <EmptyState title={t("emptyTitle")} description={t("empty")} />
          </div>
        ) : (
          <table className="w-full text-sm" data-testid="order-limits-table">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{t(`columns.${c}`)}</th>
                ))}
                <th className="px-3 py-3"><span className="sr-only">{t("columns.actions")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id} data-testid="order-limit-row" data-name={r.name}>
                  <td className="px-3 py-2.5 font-medium text-slate-900">{r.name}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">{r.group.name}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">{t("ruleText", { max: r.maxItems, hours: r.windowHours })}</td>
                  <td className="px-3 py-2.5 text-slate-600">
                    {[
                      r.productIds.length && t("productsCount", { count: r.productIds.length }),
                      r.categoryIds.length && t("categoriesCount", { count: r.categoryIds.length }),
                      r.brandIds.length && t("brandsCount", { count: r.brandIds.length }),
                    ]
                      .filter(Boolean)
                      .join(t("listSeparator"))}
                  </td>
                  <td className="px-3 py-2.5">
                    <Switch
                      checked={r.active}
                      disabled={!canWrite || setActive.isPending}
                      label={t("activeSwitch", { name: r.name })}
                      onChange={(active) => setActive.mutate({ id: r.id, active })}
                    />
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-end">
                    {canWrite && (
                      <div className="flex justify-end gap-1">
                        <Link href={`/admin/order-limits/${r.id}`} className="rounded-lg p-2 text-slate-600 hover:bg-slate-100" aria-label={t("editNamed", { name: r.name })}>
                          <Pencil className="size-4" aria-hidden />
                        </Link>
                        <Button variant="ghost" className="px-2 text-rose-700" aria-label={t("deleteNamed", { name: r.name })} onClick={() => setDeleting({ id: r.id, name: r.name })}>
                          <Trash2 className="size-4" aria-hidden />
                        </Button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {t("more")}
        </Button>
      )}
      <Dialog open={deleting !== null} onOpenChange={(o) => !o && setDeleting(null)} title={t("deleteTitle")}>
        <p className="text-sm text-slate-700">{t("deleteHelp", { name: deleting?.name ?? "" })}</p>
        <div className="mt-4 flex gap-2">
          <Button variant="danger" disabled={remove.isPending} onClick={() => deleting && remove.mutate({ id: deleting.id })}>{t("delete")}</Button>
          <Button variant="ghost" onClick={() => setDeleting(null)}>{t("cancel")}</Button>
        </div>
      </Dialog>
    </div>
  );
}
