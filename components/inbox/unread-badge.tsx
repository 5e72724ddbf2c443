"use client";

import { useEffect, useRef } from "react";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { usePathname } from "@/i18n/navigation";
import { formatNumber, type AppLocale } from "@/lib/format";
import { useTRPC } from "@/components/providers/trpc";

/** How often an open page asks for the count again, so a new message shows without a reload. */
const REFRESH_MS = 60_000;

/**
 * The inbox's unread-thread count in the navigation. The layout renders it with the count it read;
 * a layout is not rendered again on client-side navigation, so the badge asks again itself: on every
 * page change (opening a thread reads it), when the window regains focus, and once a minute.
 */
export function UnreadBadge({ side, initial }: { side: "staff" | "customer"; initial: number }) {
  const t = useTranslations("inbox");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const pathname = usePathname();
  const options = side === "staff" ? trpc.inbox.unread.queryOptions() : trpc.myInbox.unread.queryOptions();
  // The layout's count is fresh: no request on mount, only on the events below.
  const { data: count = initial, refetch } = useQuery({
    ...options,
    initialData: initial,
    staleTime: REFRESH_MS,
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: "always",
  });
  const shownAt = useRef(pathname);
  useEffect(() => {
    if (shownAt.current === pathname) return;
    shownAt.current = pathname;
    void refetch();
  }, [pathname, refetch]);
  if (count <= 0) return null;
  return (
    <span data-testid="nav-badge" aria-label={t("unreadBadge", { count })} className="ms-auto rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">
      {formatNumber(count, locale)}
    </span>
  );
}
