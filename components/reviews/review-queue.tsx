"use client";

import { useState } from "react";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Check, Pencil, Trash2, X } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { formatDate, formatNumber, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { nameIn, type LocalizedText } from "@/lib/localized";
import type { ReviewFilterInput } from "@/lib/schemas/review-moderation";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { EditForm, RejectForm } from "./review-forms";
import { Stars } from "./stars";
import { ReviewStatusBadge } from "./status-badge";

interface Row {
  id: string;
  rating: number;
  comment: string;
  status: "PENDING" | "APPROVED" | "REJECTED";
  rejectReason: string | null;
  editedAt: Date | null;
  createdAt: Date;
  orderNumber: number;
  product: { id: string; sku: string; name: LocalizedText };
  customer: { id: string; name: string; username: string };
}

type Acting = { kind: "reject" | "edit" | "delete"; row: Row } | null;

/**
 * The moderation queue: keyset pages of the filter in the URL, newest first. Approve (one row or the
 * ticked ones), reject with a reason, edit the text, delete after a confirmation.
 */
export function ReviewQueue({ filter, query, filtered, canWrite, canDelete }: {
  filter: ReviewFilterInput;
  /** The URL's filter values, to link a customer's name to "only this customer". */
  query: Record<string, string>;
  filtered: boolean;
  canWrite: boolean;
  canDelete: boolean;
}) {
  const t = useTranslations("reviews");
  const tAll = useTranslations();
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(trpc.reviews.list.infiniteQueryOptions({ filter, limit: 30 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const rows: Row[] = list.data?.pages.flatMap((p) => p.rows) ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [acting, setActing] = useState<Acting>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.reviews.pathKey() });
  const failed = (e: unknown) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected"));
  const approve = useMutation(trpc.reviews.approve.mutationOptions({ onSuccess: () => { toast.success(t("actions.approvedToast")); void refresh(); }, onError: failed }));
  const approveMany = useMutation(
    trpc.reviews.approveMany.mutationOptions({
      onSuccess: (r) => {
        toast.success(t("actions.bulkApprovedToast", { count: r.approved, n: formatNumber(r.approved, locale) }));
        setSelected(new Set());
        void refresh();
      },
      onError: failed,
    }),
  );
  const remove = useMutation(
    trpc.reviews.delete.mutationOptions({
      onSuccess: () => {
        toast.success(t("actions.deletedToast"));
        setActing(null);
        void refresh();
      },
      onError: failed,
    }),
  );
  const done = (message: string) => {
    toast.success(message);
    setActing(null);
    void refresh();
  };
  // Only rows that approval would change can be ticked; a ticked row no longer in the list is dropped.
  const selectable = rows.filter((r) => r.status !== "APPROVED");
  const ticked = selectable.filter((r) => selected.has(r.id)).map((r) => r.id);
  const toggle = (id: string, on: boolean) => setSelected((s) => { const n = new Set(s); if (on) n.add(id); else n.delete(id); return n; });

  return (
    <div className="flex flex-col gap-3">
      {canWrite && selectable.length > 0 && (
        <div className="flex flex-wrap items-center gap-3" data-testid="review-bulk">
          <label className="inline-flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              className="size-4"
              checked={ticked.length === selectable.length}
              onChange={(e) => setSelected(e.target.checked ? new Set(selectable.map((r) => r.id)) : new Set())}
            />
            {t("list.selectAll")}
          </label>
          <Button variant="secondary" disabled={ticked.length === 0 || approveMany.isPending} onClick={() => approveMany.mutate({ reviewIds: ticked })} data-testid="review-approve-selected">
            <Check className="size-4" aria-hidden />
            {t("actions.approveSelected", { count: ticked.length, n: formatNumber(ticked.length, locale) })}
          </Button>
        </div>
      )}
      {list.isPending ? (
        <Card>
          <div className="flex flex-col gap-2" aria-busy="true">
            <span className="sr-only">{t("list.loading")}</span>
            {Array.from({ length: 4 }, (_, i) => <div key={i} className="h-16 animate-pulse rounded bg-slate-100" />)}
          </div>
        </Card>
      ) : list.isError ? (
        <Card>
          <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
          <Button variant="secondary" className="mt-3" onClick={() => list.refetch()}>{t("list.retry")}</Button>
        </Card>
      ) : rows.length === 0 ? (
        <EmptyState title={t("list.emptyTitle")} description={filtered ? t("list.emptyFiltered") : t("list.empty")} />
      ) : (
        <ul className="flex flex-col gap-3" data-testid="review-queue">
          {rows.map((r) => {
            const product = nameIn(r.product.name, locale);
            return (
              <li key={r.id} data-testid="review-row" data-id={r.id} data-status={r.status} data-sku={r.product.sku} data-username={r.customer.username}>
                <Card className="flex flex-col gap-3 p-4 sm:p-4">
                  <div className="flex flex-wrap items-start gap-3">
                    {canWrite && r.status !== "APPROVED" && (
                      <input
                        type="checkbox"
                        className="mt-1 size-4"
                        aria-label={t("list.select", { product, name: r.customer.name })}
                        checked={selected.has(r.id)}
                        onChange={(e) => toggle(r.id, e.target.checked)}
                      />
                    )}
                    <div className="flex min-w-0 flex-1 flex-col gap-1">
                      <p className="font-medium text-slate-900">
                        {product} <span className="text-xs font-normal text-slate-500" dir="ltr">{r.product.sku}</span>
                      </p>
                      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-500">
                        <Link href={{ pathname: "/admin/reviews", query: { ...query, customer: r.customer.id } }} className="text-slate-700 hover:text-brand-700" title={t("list.onlyThisCustomer")}>
                          {r.customer.name}
                        </Link>
                        <span dir="ltr">{r.customer.username}</span>
                        <span>{t("list.order", { number: formatNumber(r.orderNumber, locale) })}</span>
                        <time dateTime={new Date(r.createdAt).toISOString()}>{formatDate(r.createdAt, locale, true)}</time>
                      </p>
                    </div>
                    <Stars rating={r.rating} />
                    <ReviewStatusBadge status={r.status} />
                  </div>
                  {/* Customer text is rendered as text, never as HTML. */}
                  {r.comment ? (
                    <p className="whitespace-pre-line break-words text-sm text-slate-800" data-testid="review-comment">{r.comment}</p>
                  ) : (
                    <p className="text-sm text-slate-400">{t("list.noComment")}</p>
                  )}
                  {r.editedAt && <p className="text-xs text-slate-500">{t("list.edited", { date: formatDate(r.editedAt, locale, true) })}</p>}
                  {r.status === "REJECTED" && r.rejectReason && (
                    <p className="text-sm text-rose-700" data-testid="review-reject-reason">{t("list.rejectReason", { reason: r.rejectReason })}</p>
                  )}
                  {(canWrite || canDelete) && (
                    <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-3">
                      {canWrite && r.status !== "APPROVED" && (
                        <Button variant="secondary" className="px-3 py-1.5" disabled={approve.isPending} onClick={() => approve.mutate({ reviewId: r.id })} data-testid="review-approve">
                          <Check className="size-4 text-emerald-600" aria-hidden />
                          {t("actions.approve")}
                        </Button>
                      )}
                      {canWrite && r.status !== "REJECTED" && (
                        <Button variant="secondary" className="px-3 py-1.5" onClick={() => setActing({ kind: "reject", row: r })} data-testid="review-reject">
                          <X className="size-4 text-rose-600" aria-hidden />
                          {t("actions.reject")}
                        </Button>
                      )}
                      {canWrite && (
                        <Button variant="ghost" className="px-3 py-1.5" onClick={() => setActing({ kind: "edit", row: r })} data-testid="review-edit">
                          <Pencil className="size-4" aria-hidden />
                          {t("actions.edit")}
                        </Button>
                      )}
                      {canDelete && (
                        <Button variant="ghost" className="px-3 py-1.5 text-rose-700" onClick={() => setActing({ kind: "delete", row: r })} data-testid="review-delete">
                          <Trash2 className="size-4" aria-hidden />
                          {t("actions.delete")}
                        </Button>
                      )}
                    </div>
                  )}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t("list.loading") : t("list.more")}
        </Button>
      )}
      <Dialog open={acting?.kind === "reject"} onOpenChange={(o) => !o && setActing(null)} title={t("reject.title")}>
        {acting?.kind === "reject" && (
          <RejectForm reviewId={acting.row.id} wasApproved={acting.row.status === "APPROVED"} onDone={() => done(t("actions.rejectedToast"))} onCancel={() => setActing(null)} />
        )}
      </Dialog>
      <Dialog open={acting?.kind === "edit"} onOpenChange={(o) => !o && setActing(null)} title={t("edit.title")}>
        {acting?.kind === "edit" && <EditForm reviewId={acting.row.id} comment={acting.row.comment} onDone={() => done(t("actions.editedToast"))} onCancel={() => setActing(null)} />}
      </Dialog>
      <ConfirmDialog
        open={acting?.kind === "delete"}
        title={t("delete.title")}
        confirm={t("delete.confirm")}
        cancel={t("delete.cancel")}
        pending={remove.isPending}
        testId="review-delete-confirm"
        onConfirm={() => acting?.kind === "delete" && remove.mutate({ reviewId: acting.row.id })}
        onClose={() => setActing(null)}
      >
        {acting?.kind === "delete" && t("delete.help", { product: nameIn(acting.row.product.name, locale), name: acting.row.customer.name })}
      </ConfirmDialog>
    </div>
  );
}
