"use client";

import { useState } from "react";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { ChartPie, ExternalLink, MoreHorizontal } from "lucide-react";
import { toast } from "sonner";
import { Link, useRouter } from "@/i18n/navigation";
import { applyServerErrors } from "@/lib/form-errors";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import { POLL_STATUSES, type PollStatusValue } from "@/lib/schemas/polls";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { ActionMenu, type MenuAction } from "@/components/ui/menu";
import { SelectField } from "@/components/ui/select-field";
import { PollStatusBadge } from "./poll-status-badge";

interface Props {
  canWrite: boolean;
  canDelete: boolean;
}

const COLUMNS = ["question", "status", "expiresAt", "responses", "audience"] as const;

/** The polls, newest first, a page at a time, with their results link and actions (seed 003: ⋯ menu). */
export function PollList({ canWrite, canDelete }: Props) {
  const t = useTranslations("polls.admin");
  const tStatus = useTranslations("polls.status");
  const tAudience = useTranslations("polls.audience");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<PollStatusValue | "">("");
  const [deleting, setDeleting] = useState<{ id: string; question: string; responses: number } | null>(null);
  const list = useInfiniteQuery(
    trpc.polls.list.infiniteQueryOptions({ ...(status ? { status } : {}), limit: 30 }, { getNextPageParam: (p) => p.next ?? undefined }),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.polls.list.pathKey() });
  const failed = (e: unknown) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"));
  const setPollStatus = useMutation(
    trpc.polls.setStatus.mutationOptions({
      onSuccess: () => {
        toast.success(t("statusChanged"));
        void refresh();
      },
      onError: failed,
    }),
  );
  const remove = useMutation(
    trpc.polls.delete.mutationOptions({
      onSuccess: () => {
        toast.success(t("deleted"));
        setDeleting(null);
        void refresh();
      },
      onError: failed,
    }),
  );
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const publicPath = (id: string) => `/polls/${id}`;

  const actionsOf = (r: (typeof rows)[number]): MenuAction[] => [
    ...(canWrite ? [{ id: "edit", label: t("actions.edit") }] : []),
    ...(canWrite && r.status !== "OPEN" ? [{ id: "open", label: t("actions.open") }] : []),
    ...(canWrite && r.status === "OPEN" ? [{ id: "close", label: t("actions.close") }] : []),
    { id: "copy", label: t("actions.copyLink") },
    ...(canDelete ? [{ id: "delete", label: t("actions.delete"), danger: true }] : []),
  ];
  const act = (r: (typeof rows)[number], action: string) => {
    if (action === "edit") router.push(`/admin/polls/${r.id}/edit`);
    else if (action === "open") setPollStatus.mutate({ id: r.id, status: "OPEN" });
    else if (action === "close") setPollStatus.mutate({ id: r.id, status: "CLOSED" });
    else if (action === "delete") setDeleting({ id: r.id, question: r.question, responses: r.responseCount });
    else if (action === "copy") {
      void navigator.clipboard?.writeText(`${window.location.origin}/${locale}${publicPath(r.id)}`).then(() => toast.success(t("linkCopied")));
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <Card className="flex flex-wrap items-end gap-3">
        <SelectField name="status" label={t("filterStatus")} className="min-w-40" value={status} onChange={(e) => setStatus(e.target.value as PollStatusValue | "")}>
          <option value="">{t("anyStatus")}</option>
          {POLL_STATUSES.map((s) => (
            <option key={s} value={s}>{tStatus(s)}</option>
          ))}
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
          <table className="w-full text-sm" data-testid="polls-table">
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
                <tr key={r.id} data-testid="poll-row" data-id={r.id}>
                  <td className="max-w-md px-3 py-2.5 font-medium text-slate-900">
                    <Link href={publicPath(r.id)} className="inline-flex items-start gap-1 hover:underline" aria-label={t("publicPageNamed", { question: r.question })} data-testid="poll-public-link">
                      <span>{r.question}</span>
                      <ExternalLink className="mt-0.5 size-3.5 shrink-0 text-slate-400" aria-hidden />
                    </Link>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5"><PollStatusBadge status={r.status} expired={r.expired} /></td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">{formatDate(r.expiresAt, locale, true)}</td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-slate-700" data-testid="poll-responses">{formatNumber(r.responseCount, locale)}</td>
                  <td className="px-3 py-2.5 text-slate-700">
                    {tAudience(r.audience)}
                    {r.audience === "GROUPS" && r.groups.length > 0 && <span className="block text-xs text-slate-500">{r.groups.join(t("listSeparator"))}</span>}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2.5 text-end">
                    <div className="flex items-center justify-end gap-1">
                      <Link href={`/admin/polls/${r.id}/results`} className="inline-flex items-center gap-1 rounded-lg px-2 py-1.5 text-brand-700 hover:bg-brand-50" data-testid="poll-results-link">
                        <ChartPie className="size-4" aria-hidden />
                        {t("results")}
                      </Link>
                      <ActionMenu label={t("actionsNamed", { question: r.question })} trigger={<MoreHorizontal className="size-4" aria-hidden />} actions={actionsOf(r)} onAction={(a) => act(r, a)} />
                    </div>
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
      <ConfirmDialog
        open={deleting !== null}
        title={t("deleteTitle")}
        confirm={t("delete")}
        cancel={t("cancel")}
        pending={remove.isPending}
        testId="poll-delete-confirm"
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
        onClose={() => setDeleting(null)}
      >
        {t("deleteHelp", { question: deleting?.question ?? "", count: deleting?.responses ?? 0, shown: formatNumber(deleting?.responses ?? 0, locale) })}
      </ConfirmDialog>
    </div>
  );
}
