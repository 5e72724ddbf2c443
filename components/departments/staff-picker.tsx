"use client";

import { useEffect, useId, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Plus, X } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";

export interface StaffMember {
  id: string;
  name: string;
  username: string;
}

/** The staff members responsible for a department, chosen by searching staff users by name or username. */
export function StaffPicker({ value, onChange, initial, error }: {
  value: string[];
  onChange: (ids: string[]) => void;
  /** The members already chosen (from the edited department), to show their names. */
  initial: StaffMember[];
  /** A message key. */
  error?: string;
}) {
  const t = useTranslations("departments.form");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const inputId = useId();
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  const [known, setKnown] = useState(() => new Map(initial.map((s) => [s.id, s])));
  // Ask the server once typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const results = useQuery({ ...trpc.departments.staffOptions.queryOptions({ query: q }), enabled: q.length > 0 });
  const add = (s: StaffMember) => {
    setKnown((m) => new Map(m).set(s.id, s));
    if (!value.includes(s.id)) onChange([...value, s.id]);
  };

  return (
    <fieldset className="flex flex-col gap-2" data-testid="department-staff" aria-describedby={error ? `${inputId}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-700">{t("staff")}</legend>
      <p className="text-xs text-slate-500">{t("staffHint")}</p>
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t("chosenStaff")}>
          {value.map((id) => {
            const s = known.get(id);
            const label = s ? s.name : id;
            return (
              <li key={id} data-testid="chosen-staff" className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 pe-1 ps-3 text-sm text-brand-900 ring-1 ring-brand-200">
                {label}
                {s && <span className="text-xs text-brand-700" dir="ltr">{s.username}</span>}
                <button type="button" className="rounded-full p-1 hover:bg-brand-100" aria-label={t("removeStaff", { name: label })} onClick={() => onChange(value.filter((x) => x !== id))}>
                  <X className="size-3.5" aria-hidden />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label htmlFor={inputId} className="text-xs text-slate-600">{t("staffSearch")}</label>
      <input
        id={inputId}
        type="search"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        autoComplete="off"
        className="w-full rounded-lg border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
      />
      {q && (
        <div aria-live="polite" className="rounded-lg ring-1 ring-slate-200">
          {results.isPending ? (
            <p className="px-3 py-2 text-sm text-slate-500">{t("searching")}</p>
          ) : (results.data ?? []).length === 0 ? (
            <p className="px-3 py-2 text-sm text-slate-500">{t("noStaff")}</p>
          ) : (
            <ul className="max-h-56 divide-y divide-slate-100 overflow-y-auto" data-testid="staff-results">
              {results.data!.map((s) => {
                const chosen = value.includes(s.id);
                return (
                  <li key={s.id} className="flex items-center justify-between gap-2 px-3 py-2 text-sm">
                    <span>
                      {s.name} <span className="text-xs text-slate-500" dir="ltr">{s.username}</span>
                    </span>
                    <button
                      type="button"
                      disabled={chosen}
                      onClick={() => add(s)}
                      aria-label={t("addStaff", { name: s.name })}
                      className="inline-flex items-center gap-1 rounded-lg px-2 py-1 text-brand-700 hover:bg-brand-50 disabled:text-slate-400"
                    >
                      <Plus className="size-4" aria-hidden />
                      {chosen ? t("added") : t("add")}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
      {error && (
        <p id={`${inputId}-error`} data-field-error="staffIds" className="text-xs font-medium text-rose-600">
          {tAll(error)}
        </p>
      )}
    </fieldset>
  );
}
