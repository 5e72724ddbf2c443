"use client";

import { useRef } from "react";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Copy } from "lucide-react";
import { toast } from "sonner";
import { Link } from "@/i18n/navigation";
import { formatDate, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { useLoyaltyFormat } from "./use-loyalty-format";
import type { Currency } from "@/lib/money";

interface ReferredRow {
  id: string;
  name: string;
  signedUpAt: Date;
  points: bigint;
  wallet: bigint;
  /** Staff only. */
  username?: string;
  deleted?: boolean;
}

interface Referred {
  currency: Currency;
  totals: { points: bigint; wallet: bigint } | null;
  rows: ReferredRow[];
}

/** The referred customers with what each earned the referrer, and the totals over all of them. */
function ReferredTable({ pages, staff }: { pages: Referred[]; staff: boolean }) {
  const t = useTranslations("loyalty.referrals");
  const f = useLoyaltyFormat(pages[0]?.currency ?? "IRT");
  const rows = pages.flatMap((p) => p.rows);
  const totals = pages[0]?.totals;
  if (rows.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      {totals && (
        <dl className="grid grid-cols-2 gap-2 text-center" data-testid="referred-totals">
          <div className="rounded-lg bg-slate-50 p-2">
            <dt className="text-xs text-slate-500">{t("totalPoints")}</dt>
            <dd className="font-semibold text-slate-900" data-testid="referred-total-points" data-amount={String(totals.points)}>{f.points(totals.points)}</dd>
          </div>
          <div className="rounded-lg bg-slate-50 p-2">
            <dt className="text-xs text-slate-500">{t("totalWallet")}</dt>
            <dd className="font-semibold text-slate-900" data-testid="referred-total-wallet" data-amount={String(totals.wallet)}>{f.money(totals.wallet)}</dd>
          </div>
        </dl>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="referred-table">
          <thead className="bg-slate-50 text-xs text-slate-500">
            <tr>
              {(["name", "signedUpAt", "points", "wallet"] as const).map((c) => (
                <th key={c} className="whitespace-nowrap px-3 py-2 text-start font-medium">{t(`columns.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} data-testid="referred-row" data-name={r.name} data-points={String(r.points)} data-wallet={String(r.wallet)}>
                <td className="px-3 py-2">
                  {staff && !r.deleted ? (
                    <Link href={`/admin/customers/${r.id}`} className="font-medium text-slate-900 hover:text-brand-700">{r.name}</Link>
                  ) : (
                    <span className="font-medium text-slate-900">{r.name}</span>
                  )}
                  {staff && r.username && <span className="ms-1 text-xs text-slate-500" dir="ltr">{r.username}</span>}
                  {r.deleted && <span className="ms-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{t("deleted")}</span>}
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatDate(r.signedUpAt, f.locale)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-800">{f.points(r.points)}</td>
                <td className="whitespace-nowrap px-3 py-2 text-slate-800">{f.money(r.wallet)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The card's referrals (issue 7 point 5): this customer's code, who referred them, whom they referred. */
export function CustomerReferrals({ customerId }: { customerId: string }) {
  const t = useTranslations("loyalty.referrals");
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.loyalty.referrals.infiniteQueryOptions({ customerId, limit: 10 }, { getNextPageParam: (p) => p.referred.next ?? undefined }),
  );
  if (list.isPending) return <p className="text-sm text-slate-500" aria-busy="true">{t("loading")}</p>;
  if (list.isError) return <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />;
  const first = list.data.pages[0]!;
  const pages = list.data.pages.map((p) => p.referred);
  return (
    <div className="flex flex-col gap-3" data-testid="referrals">
      <dl>
        <div className="flex justify-between gap-3 py-1 text-sm">
          <dt className="text-slate-500">{t("code")}</dt>
          <dd className="font-mono text-slate-900" dir="ltr" data-testid="card-referral-code">{first.referralCode}</dd>
        </div>
        <div className="flex justify-between gap-3 py-1 text-sm">
          <dt className="text-slate-500">{t("referredBy")}</dt>
          <dd className="text-end text-slate-900" data-testid="card-referrer">
            {first.referrer ? (
              <Link href={`/admin/customers/${first.referrer.id}`} className="hover:text-brand-700">
                {first.referrer.name} <span className="text-xs text-slate-500" dir="ltr">{first.referrer.username}</span>
              </Link>
            ) : (
              t("nobody")
            )}
          </dd>
        </div>
      </dl>
      <h4 className="text-xs font-semibold text-slate-700">{t("referredTitle")}</h4>
      {pages[0]!.rows.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : <ReferredTable pages={pages} staff />}
      {list.hasNextPage && (
        <Button variant="ghost" className="self-start" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {list.isFetchingNextPage ? t("loading") : t("more")}
        </Button>
      )}
    </div>
  );
}

/**
 * The signed-in customer's referral code and link (P-5). Every customer has them (account.profile),
 * on the account overview and the referrals page; a store that gives account.referrals also shows
 * whom they referred.
 */
export function ReferralLinkCard({ title }: { title?: string }) {
  const t = useTranslations("loyalty.mine.referrals");
  const tList = useTranslations("loyalty.referrals");
  const trpc = useTRPC();
  const locale = useLocale() as AppLocale;
  const link = useRef<HTMLInputElement>(null);
  const mine = useQuery(trpc.myLoyalty.referral.queryOptions());
  const url = mine.data?.urls[locale] ?? "";

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      toast.success(t("copied"));
    } catch {
      // No clipboard (an insecure origin, a refused permission): select it for the reader to copy.
      link.current?.select();
      toast.error(t("copyFailed"));
    }
  };

  return (
    <Card className="flex flex-col gap-4" data-testid="referral-card">
      {title && <h2 className="font-semibold text-slate-900">{title}</h2>}
      {mine.isPending ? (
        <p className="text-sm text-slate-500" aria-busy="true">{tList("loading")}</p>
      ) : mine.isError ? (
        <FormAlert message={applyServerErrors(mine.error, () => undefined, []) ?? "errors.unexpected"} />
      ) : (
        <>
          <div>
            <p className="text-sm font-medium text-slate-700">{t("code")}</p>
            <p className="mt-1 font-mono text-2xl font-bold tracking-wider text-slate-900" dir="ltr" data-testid="referral-code">{mine.data.code}</p>
          </div>
          <div className="flex flex-col gap-1.5">
            <label htmlFor="referral-link" className="text-sm font-medium text-slate-700">{t("link")}</label>
            <div className="flex flex-wrap gap-2">
              <input
                ref={link}
                id="referral-link"
                readOnly
                dir="ltr"
                value={url}
                data-testid="referral-link"
                onFocus={(e) => e.currentTarget.select()}
                className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2.5 text-sm text-slate-800"
              />
              <Button variant="secondary" data-testid="referral-copy" onClick={() => void copy()}>
                <Copy className="size-4" aria-hidden />
                {t("copy")}
              </Button>
            </div>
            <p className="text-xs text-slate-500">{t("help")}</p>
          </div>
        </>
      )}
    </Card>
  );
}

/** The referrals page: the code and link, and the customers they referred with what each earned. */
export function MyReferrals() {
  const t = useTranslations("loyalty.mine.referrals");
  const tList = useTranslations("loyalty.referrals");
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.myLoyalty.referred.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (p) => p.next ?? undefined }));

  return (
    <div className="flex flex-col gap-4">
      <ReferralLinkCard />
      <Card className="flex flex-col gap-3">
        <h2 className="font-semibold text-slate-900">{t("referredTitle")}</h2>
        {list.isPending ? (
          <p className="text-sm text-slate-500" aria-busy="true">{tList("loading")}</p>
        ) : list.isError ? (
          <FormAlert message={applyServerErrors(list.error, () => undefined, []) ?? "errors.unexpected"} />
        ) : list.data.pages[0]!.rows.length === 0 ? (
          <EmptyState title={t("emptyTitle")} description={t("empty")} />
        ) : (
          <ReferredTable pages={list.data.pages} staff={false} />
        )}
        {list.hasNextPage && (
          <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
            {list.isFetchingNextPage ? tList("loading") : tList("more")}
          </Button>
        )}
      </Card>
    </div>
  );
}
