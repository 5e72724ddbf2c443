"use client";

import { useEffect } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";

const KEY = "bashgah.source";

/**
 * Counts each account-area page view for the card's visit statistics (C-4). The store's app opens
 * the account area with `?source=app` (or a user agent naming BashgahApp); the tab remembers it.
 */
export function VisitBeacon() {
  const pathname = usePathname();
  const search = useSearchParams();
  const trpc = useTRPC();
  const { mutate } = useMutation(trpc.visits.record.mutationOptions());
  const fromParam = search.get("source");
  useEffect(() => {
    if (fromParam === "app" || fromParam === "web") sessionStorage.setItem(KEY, fromParam);
    const app = sessionStorage.getItem(KEY) === "app" || /BashgahApp/i.test(navigator.userAgent);
    mutate({ source: app ? "APP" : "WEB" });
  }, [pathname, fromParam, mutate]);
  return null;
}
