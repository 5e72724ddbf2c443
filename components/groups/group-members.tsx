"use client";

import { useState } from "react";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Search, UserPlus } from "lucide-react";
import { toast } from "sonner";
import { useRouter } from "@/i18n/navigation";
import { formatDate, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { AddMembers } from "./add-members";

/** "Manage users" (seed 003): the group's members, searched and paged; add and remove customers. */
export function GroupMembers({ group, canWrite }: { group: { id: string; name: string }; canWrite: boolean }) {
  const t = useTranslations("groups.members");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState("");
  const [q, setQ] = useState("");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const list = useInfiniteQuery(
    trpc.groups.members.infiniteQueryOptions({ groupId: group.id, q: q || undefined, limit: 50 }, { getNextPageParam: (p) => p.next ?? undefined }),
  );
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const refresh = () => {
    setSelected(new Set());
    void queryClient.invalidateQueries({ queryKey: trpc.groups.pathKey() });
    router.refresh();
  };
  const remove = useMutation(
    trpc.groups.removeMembers.mutationOptions({
      onSuccess: (r) => {
        toast.success(t("removed", { count: r.removed }));
        refresh();
      },
      onError: (e) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected")),
    }),
  );
  const removeIds = (ids: string[]) => {
    if (ids.length > 1 && !window.confirm(t("confirmRemove", { count: ids.length }))) return;
    remove.mutate({ groupId: group.id, customerIds: ids });
  };
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.id));

  return (
    <div className="flex flex-col gap-3">
      <Card className="flex flex-wrap items-end justify-between gap-3 p-3 sm:p-3">
        <form
          role="search"
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            setSelected(new Set());
            setQ(draft.trim());
          }}
        >
          <label className="flex flex-col gap-1.5 text-sm font-medium text-slate-700">
            {t("search")}
            <input
              type="search"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              placeholder={t("searchPlaceholder")}
              className="w-64 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-normal shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
            />
          </label>
          <Button type="submit" variant="secondary">
            <Search className="size-4" aria-hidden />
            {t("searchSubmit")}
          </Button>
        </form>
        {canWrite && (
          <div className="flex flex-wrap gap-2">
            {selected.size > 0 && (
              <Button variant="danger" disabled={remove.isPending} onClick={() => removeIds([...selected])}>
                {t("removeSelected", { count: selected.size })}
              </Button>
            )}
            <Button onClick={() => setAdding(true)}>
              <UserPlus className="size-4" aria-hidden />
              {t("add")}
            </Button>
          </div>
        )}
      </Card>
      <Card className="overflow-x-auto p-0 sm:p-0">
        {list.isPending ? (
          <p className="p-5 text-sm text-slate-500" aria-busy="true">{t("loading")}</p>
        ) : list.isError ? (
          <div className="p-5">
            <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
            <Button variant="secondary" className="mt-3" onClick={() => list.refetch()}>{t("retry")}</Button>
          </div>
        ) : rows.length === 0 ? (
          <div className="p-4">
            <EmptyState title={t("emptyTitle")} description={q ? t("emptySearch") : t("empty")} />
          </div>
        ) : (
          <table className="w-full text-sm" data-testid="group-members">
            <thead className="bg-slate-50 text-xs text-slate-500">
              <tr>
                {canWrite && (
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
                {(["name", "username", "mobile", "addedAt"] as const).map((c) => (
                  <th key={c} className="whitespace-nowrap px-3 py-3 text-start font-medium">{t(`columns.${c}`)}</th>
                ))}
                {canWrite && <th className="px-3 py-3"><span className="sr-only">{t("columns.actions")}</span></th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((m) => (
                <tr key={m.id} data-testid="member-row" data-username={m.username}>
                  {canWrite && (
                    <td className="px-3 py-2.5">
                      <input
                        type="checkbox"
                        aria-label={t("selectRow", { name: m.name })}
                        checked={selected.has(m.id)}
                        onChange={() => toggle(m.id)}
                        className="size-4 rounded border-slate-300"
                      />
                    </td>
                  )}
                  <td className="px-3 py-2.5 font-medium text-slate-900">{m.name}</td>
                  <td className="px-3 py-2.5 text-slate-600" dir="ltr">{m.username}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600" dir="ltr">{m.mobile ?? "—"}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{formatDate(m.addedAt, locale)}</td>
                  {canWrite && (
                    <td className="px-3 py-2.5 text-end">
                      <Button variant="ghost" className="text-rose-700" disabled={remove.isPending} onClick={() => removeIds([m.id])} aria-label={t("removeOne", { name: m.name })}>
                        {t("remove")}
                      </Button>
                    </td>
                  )}
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
      {canWrite && (
        <Dialog open={adding} onOpenChange={setAdding} title={t("addTitle", { name: group.name })}>
          {adding && (
            <AddMembers
              groupId={group.id}
              onCancel={() => setAdding(false)}
              onDone={(added) => {
                setAdding(false);
                toast.success(t("added", { count: added }));
                refresh();
              }}
            />
          )}
        </Dialog>
      )}
    </div>
  );
}
