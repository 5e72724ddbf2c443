"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { CircleCheck, Vote } from "lucide-react";
import { Link } from "@/i18n/navigation";
import { formatDate, type AppLocale } from "@/lib/format";
import { useTRPC } from "@/components/providers/trpc";
import { Button, buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";

/** The polls open to the signed-in customer, each saying whether they answered it (account area). */
export function MyPolls() {
  const t = useTranslations("polls.account");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const list = useInfiniteQuery(trpc.pollVoting.mine.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];

  return (
    <div className="flex flex-col gap-4">
      {list.isPending ? (
        <p className="text-sm text-slate-500">{t("loading")}</p>
      ) : list.isError ? (
        <FormAlert message="errors.unexpected" />
      ) : rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("empty")} />
      ) : (
        <ul className="flex flex-col gap-3" data-testid="my-polls">
          {rows.map((p) => (
            <li key={p.id} data-testid="my-poll" data-answered={p.answeredAt ? "true" : "false"} className="flex flex-wrap items-center justify-between gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <div className="min-w-0 flex-1">
                <p className="font-medium text-slate-900">{p.question}</p>
                <p className="mt-1 text-xs text-slate-500">
                  {p.answeredAt ? t("answeredAt", { date: formatDate(p.answeredAt, locale) }) : t("expiresAt", { date: formatDate(p.expiresAt, locale, true) })}
                </p>
              </div>
              {p.answeredAt ? (
                <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-3 py-1 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200">
                  <CircleCheck className="size-4" aria-hidden />
                  {t("answered")}
                </span>
              ) : (
                <Link href={`/polls/${p.id}`} className={buttonClass("primary")}>
                  <Vote className="size-4" aria-hidden />
                  {t("answer")}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {t("more")}
        </Button>
      )}
    </div>
  );
}
