"use client";

import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { labelIn, type CustomFieldDef } from "@/lib/custom-fields";
import { CUSTOMER_STATUSES, CUSTOMER_FILTER_KEYS as FILTER_KEYS, GENDERS } from "@/lib/schemas/customers";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";

const INPUT = "w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
const LABEL = "flex flex-col gap-1 text-xs font-medium text-slate-600";

type FilterKey = (typeof FILTER_KEYS)[number];

interface Props {
  values: Partial<Record<FilterKey, string>>;
  /** Kept across a new search: the sort. */
  keep: Record<string, string>;
  groups: { id: string; name: string }[];
  fields: CustomFieldDef[];
}

/** The list's search and filters (C-2); applying them puts them in the URL, so the view can be bookmarked. */
export function CustomerFilters({ values, keep, groups, fields }: Props) {
  const t = useTranslations("customers.filters");
  const locale = useLocale();
  const router = useRouter();
  const [v, setV] = useState<Partial<Record<FilterKey, string>>>(values);
  const [more, setMore] = useState(FILTER_KEYS.slice(3).some((k) => values[k]));
  const set = (k: FilterKey) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }));
  const selectFields = fields.filter((f) => f.type === "SELECT" || f.type === "MULTI_SELECT");
  const field = selectFields.find((f) => f.id === v.field);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const query = Object.fromEntries(Object.entries({ ...keep, ...v }).filter(([, x]) => x)) as Record<string, string>;
    router.push({ pathname: "/admin/customers", query });
  };

  return (
    <form onSubmit={apply} role="search" aria-label={t("label")} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className={`${LABEL} min-w-56 flex-1`}>
          {t("q")}
          <input type="search" name="q" value={v.q ?? ""} onChange={set("q")} placeholder={t("qPlaceholder")} className={INPUT} />
        </label>
        <label className={LABEL}>
          {t("status")}
          <select name="status" value={v.status ?? ""} onChange={set("status")} className={INPUT}>
            <option value="">{t("any")}</option>
            {CUSTOMER_STATUSES.map((s) => (
              <option key={s} value={s}>{t(`statuses.${s}`)}</option>
            ))}
          </select>
        </label>
        <label className={LABEL}>
          {t("group")}
          <select name="group" value={v.group ?? ""} onChange={set("group")} className={INPUT}>
            <option value="">{t("any")}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>{g.name}</option>
            ))}
          </select>
        </label>
        <Button type="submit">{t("apply")}</Button>
        <Button variant="ghost" onClick={() => setMore(!more)} aria-expanded={more}>{more ? t("fewer") : t("more")}</Button>
        <Button variant="ghost" onClick={() => { setV({}); router.push({ pathname: "/admin/customers", query: keep }); }}>{t("clear")}</Button>
      </div>
      {more && (
        <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
          <DateField name="from" label={t("from")} value={v.from ?? ""} onChange={(x) => setV((s) => ({ ...s, from: x }))} />
          <DateField name="to" label={t("to")} value={v.to ?? ""} onChange={(x) => setV((s) => ({ ...s, to: x }))} />
          <label className={LABEL}>
            {t("city")}
            <input name="city" value={v.city ?? ""} onChange={set("city")} className={INPUT} />
          </label>
          <label className={LABEL}>
            {t("gender")}
            <select name="gender" value={v.gender ?? ""} onChange={set("gender")} className={INPUT}>
              <option value="">{t("any")}</option>
              {GENDERS.map((g) => (
                <option key={g} value={g}>{t(`genders.${g}`)}</option>
              ))}
            </select>
          </label>
          <label className={LABEL}>
            {t("orders")}
            <select name="orders" value={v.orders ?? ""} onChange={set("orders")} className={INPUT}>
              <option value="">{t("any")}</option>
              <option value="yes">{t("hasOrders")}</option>
              <option value="no">{t("noOrders")}</option>
            </select>
          </label>
          <div />
          {(["pointsMin", "pointsMax", "walletMin", "walletMax"] as const).map((k) => (
            <label key={k} className={LABEL}>
              {t(k)}
              <input name={k} inputMode="decimal" value={v[k] ?? ""} onChange={set(k)} className={INPUT} dir="ltr" />
            </label>
          ))}
          {selectFields.length > 0 && (
            <>
              <label className={LABEL}>
                {t("field")}
                <select name="field" value={v.field ?? ""} onChange={(e) => setV((s) => ({ ...s, field: e.target.value, option: "" }))} className={INPUT}>
                  <option value="">{t("any")}</option>
                  {selectFields.map((f) => (
                    <option key={f.id} value={f.id}>{labelIn(f.label, locale)}</option>
                  ))}
                </select>
              </label>
              {field && (
                <label className={LABEL}>
                  {t("option")}
                  <select name="option" value={v.option ?? ""} onChange={set("option")} className={INPUT}>
                    <option value="">{t("any")}</option>
                    {field.options.map((o) => (
                      <option key={o.value} value={o.value}>{labelIn(o.label, locale)}</option>
                    ))}
                  </select>
                </label>
              )}
            </>
          )}
        </div>
      )}
    </form>
  );
}
