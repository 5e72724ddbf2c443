"use client";

import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";

export interface PickedCustomer {
  id: string;
  name: string;
  username: string;
}

/**
 * Searches customers by username, name or mobile (two characters or more) and picks one; the picked
 * customer shows with a "change" button. Controlled: the parent keeps the pick.
 */
export function CustomerPicker({
  value,
  onChange,
  error,
  label,
  hint,
  id = "field-customerQuery",
}: {
  value: PickedCustomer | null;
  onChange: (customer: PickedCustomer | null) => void;
  /** A message key, shown translated under the search box. */
  error?: string;
  label: string;
  hint?: string;
  id?: string;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const found = useQuery({ ...trpc.inbox.customers.queryOptions({ q }), enabled: !value && q.trim().length >= 2 });

  if (value) {
    return (
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span className="font-medium text-slate-700">{label}:</span>
        <span data-testid="picked-customer">{value.name} (<span dir="ltr">{value.username}</span>)</span>
        <button type="button" className="text-brand-700 underline" onClick={() => { setQ(""); onChange(null); }}>
          {t("inbox.actions.change")}
        </button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-1.5">
      <TextField id={id} name="customerQuery" label={label} hint={hint} value={q} onChange={(e) => setQ(e.target.value)} error={error} autoComplete="off" />
      {(found.data?.length ?? 0) > 0 && (
        <ul className="rounded-lg bg-white ring-1 ring-slate-200" aria-label={t("inbox.form.customerResults")}>
          {found.data!.map((c) => (
            <li key={c.id}>
              <button type="button" className="w-full px-3 py-2 text-start text-sm hover:bg-slate-50" onClick={() => onChange({ id: c.id, name: c.name, username: c.username })}>
                {c.name} <span className="text-slate-500" dir="ltr">{c.username}{c.mobile ? ` · ${c.mobile}` : ""}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {q.trim().length >= 2 && found.isSuccess && found.data.length === 0 && (
        <p className="text-xs text-slate-500">{t("inbox.form.noCustomers")}</p>
      )}
    </div>
  );
}
