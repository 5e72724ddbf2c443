"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { ORDER_STATUSES } from "@/lib/schemas/orders";
import { ORDER_FILTER_KEYS } from "@/lib/schemas/order-list";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";

const INPUT = "w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
const LABEL = "flex flex-col gap-1 text-xs font-medium text-slate-600";

type FilterKey = (typeof ORDER_FILTER_KEYS)[number];

/** The orders list's filters; applying them puts them in the URL, so the view can be bookmarked. */
export function OrderFilters({ values }: { values: Partial<Record<FilterKey, string>> }) {
  const t = useTranslations("orders.filters");
  const tStatus = useTranslations("checkout.status");
  const router = useRouter();
  const [v, setV] = useState(values);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    router.push({ pathname: "/admin/orders", query: Object.fromEntries(Object.entries(v).filter(([, x]) => x)) as Record<string, string> });
  };
  return (
    <form onSubmit={apply} role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-3">
      <label className={`${LABEL} min-w-56 flex-1`}>
        {t("q")}
        <input type="search" name="q" value={v.q ?? ""} onChange={(e) => setV((s) => ({ ...s, q: e.target.value }))} placeholder={t("qPlaceholder")} className={INPUT} />
      </label>
      <label className={LABEL}>
        {t("status")}
        <select name="status" value={v.status ?? ""} onChange={(e) => setV((s) => ({ ...s, status: e.target.value }))} className={INPUT}>
          <option value="">{t("any")}</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>{tStatus(s)}</option>
          ))}
        </select>
      </label>
      <DateField name="from" label={t("from")} value={v.from ?? ""} onChange={(x) => setV((s) => ({ ...s, from: x }))} />
      <DateField name="to" label={t("to")} value={v.to ?? ""} onChange={(x) => setV((s) => ({ ...s, to: x }))} />
      <Button type="submit">{t("apply")}</Button>
      <Button variant="ghost" onClick={() => { setV({}); router.push("/admin/orders"); }}>{t("clear")}</Button>
    </form>
  );
}
