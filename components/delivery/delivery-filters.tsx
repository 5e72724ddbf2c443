"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { DELIVERY_CHANNELS, DELIVERY_FILTER_KEYS, DELIVERY_STATUSES, DELIVERY_TEMPLATES } from "@/lib/schemas/delivery";
import { Button } from "@/components/ui/button";

const INPUT = "w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
const LABEL = "flex flex-col gap-1 text-xs font-medium text-slate-600";

type Key = (typeof DELIVERY_FILTER_KEYS)[number];

/** The delivery log's filters, kept in the URL. */
export function DeliveryFilters({ values }: { values: Partial<Record<Key, string>> }) {
  const t = useTranslations("delivery");
  const router = useRouter();
  const [v, setV] = useState(values);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    router.push({ pathname: "/admin/deliveries", query: Object.fromEntries(Object.entries(v).filter(([, x]) => x)) as Record<string, string> });
  };
  const select = (key: Exclude<Key, "q">, options: readonly string[], label: (o: string) => string) => (
    <label className={LABEL}>
      {t(`filters.${key}`)}
      <select name={key} value={v[key] ?? ""} onChange={(e) => setV((s) => ({ ...s, [key]: e.target.value }))} className={INPUT}>
        <option value="">{t("filters.any")}</option>
        {options.map((o) => (
          <option key={o} value={o}>{label(o)}</option>
        ))}
      </select>
    </label>
  );
  return (
    <form onSubmit={apply} role="search" aria-label={t("filters.label")} className="flex flex-wrap items-end gap-3">
      <label className={`${LABEL} min-w-56 flex-1`}>
        {t("filters.q")}
        <input type="search" name="q" value={v.q ?? ""} onChange={(e) => setV((s) => ({ ...s, q: e.target.value }))} placeholder={t("filters.qPlaceholder")} className={INPUT} />
      </label>
      {select("status", DELIVERY_STATUSES, (o) => t(`status.${o}`))}
      {select("channel", DELIVERY_CHANNELS, (o) => t(`channel.${o}`))}
      {select("template", DELIVERY_TEMPLATES, (o) => t(`template.${o}`))}
      <Button type="submit">{t("filters.apply")}</Button>
      <Button variant="ghost" onClick={() => { setV({}); router.push("/admin/deliveries"); }}>{t("filters.clear")}</Button>
    </form>
  );
}
