"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { useQueries } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { type AppLocale } from "@/lib/format";
import { nameIn, type LocalizedText } from "@/lib/localized";
import { THREAD_PRIORITIES, THREAD_STATUSES, type InboxFilterKey, type InboxFilterValues } from "@/lib/schemas/inbox";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { CustomerPicker, type PickedCustomer } from "./customer-picker";

const INPUT = "w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
const LABEL = "flex flex-col gap-1 text-xs font-medium text-slate-600";

interface Props {
  /** The filters in the URL (already parsed leniently by the page). */
  values: InboxFilterValues;
  /** The customer of values.customerId, looked up by the page. */
  customer: PickedCustomer | null;
  departments: { id: string; name: LocalizedText }[];
  me: string;
  /** Searching customers is an inbox.write procedure: without it the bar only shows the picked one. */
  canPickCustomer: boolean;
}

/**
 * The staff inbox's filters, kept in the URL so that a view can be bookmarked and back/forward
 * restore it: a select or the customer picker applies at once, the subject search on submit (as the
 * delivery log and the customer list do).
 */
export function InboxFilters({ values, customer, departments, me, canPickCustomer }: Props) {
  const t = useTranslations("inbox");
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const trpc = useTRPC();
  const [v, setV] = useState<InboxFilterValues>(values);
  const [picked, setPicked] = useState<PickedCustomer | null>(customer);
  // Back/forward and links change the URL under us: follow it without remounting (keeps focus).
  const signature = JSON.stringify([values, customer]);
  const [seen, setSeen] = useState(signature);
  if (seen !== signature) {
    setSeen(signature);
    setV(values);
    setPicked(customer);
  }

  // Who a thread can be assigned to, over the departments this staff member reads (cached).
  const assignable = useQueries({
    queries: departments.map((d) => ({ ...trpc.inbox.assignable.queryOptions({ departmentId: d.id }), staleTime: 5 * 60_000 })),
  });
  const staff = [...new Map(assignable.flatMap((q) => q.data ?? []).filter((u) => u.id !== me).map((u) => [u.id, u])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
  const assigneeUnknown = v.assignee && v.assignee !== "me" && v.assignee !== "none" && !staff.some((u) => u.id === v.assignee);

  const go = (next: InboxFilterValues) => {
    const query = Object.fromEntries(Object.entries(next).filter(([, x]) => x)) as Record<string, string>;
    router.push({ pathname: "/admin/inbox", query }, { scroll: false });
  };
  const change = (key: Exclude<InboxFilterKey, "q">, value: string) => {
    const next = { ...v, [key]: value };
    setV(next);
    go(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go(v);
  };
  const pick = (c: PickedCustomer | null) => {
    setPicked(c);
    change("customerId", c?.id ?? "");
  };
  const clear = () => {
    setV({});
    setPicked(null);
    go({});
  };

  const select = (key: Exclude<InboxFilterKey, "q" | "customerId">, label: string, options: ReactNode) => (
    <label className={LABEL}>
      {label}
      <select name={key} value={v[key] ?? ""} onChange={(e) => change(key, e.target.value)} className={INPUT}>
        {options}
      </select>
    </label>
  );

  return (
    <form onSubmit={submit} role="search" aria-label={t("list.filters")} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className={`${LABEL} min-w-56 flex-1`}>
          {t("list.search")}
          <input type="search" name="q" value={v.q ?? ""} onChange={(e) => setV((s) => ({ ...s, q: e.target.value }))} className={INPUT} />
        </label>
        <Button type="submit">{t("list.apply")}</Button>
        <Button variant="ghost" onClick={clear}>{t("list.clear")}</Button>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {select("departmentId", t("fields.department"), (
          <>
            <option value="">{t("list.allDepartments")}</option>
            {departments.map((d) => <option key={d.id} value={d.id}>{nameIn(d.name, locale)}</option>)}
          </>
        ))}
        {select("status", t("fields.status"), (
          <>
            <option value="">{t("list.allStatuses")}</option>
            {THREAD_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </>
        ))}
        {select("priority", t("fields.priority"), (
          <>
            <option value="">{t("list.allPriorities")}</option>
            {THREAD_PRIORITIES.map((p) => <option key={p} value={p}>{t(`priority.${p}`)}</option>)}
          </>
        ))}
        {select("assignee", t("fields.assignee"), (
          <>
            <option value="">{t("list.anyAssignee")}</option>
            <option value="me">{t("list.mine")}</option>
            <option value="none">{t("unassigned")}</option>
            {staff.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            {assigneeUnknown && <option value={v.assignee}>{t("list.otherAssignee")}</option>}
          </>
        ))}
      </div>
      {canPickCustomer ? (
        <CustomerPicker id="field-inboxFilterCustomer" label={t("fields.customer")} hint={t("form.customerHint")} value={picked} onChange={pick} />
      ) : (
        picked && (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span className="font-medium text-slate-700">{t("fields.customer")}:</span>
            <span data-testid="picked-customer">{picked.name} (<span dir="ltr">{picked.username}</span>)</span>
            <button type="button" className="text-brand-700 underline" onClick={() => pick(null)}>{t("actions.change")}</button>
          </div>
        )
      )}
    </form>
  );
}
