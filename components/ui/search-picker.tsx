"use client";

import { useEffect, useId, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Plus, X } from "lucide-react";

// Why: the staff of a department and the products of an order limit are picked the same way
// (chips of the chosen, a debounced search, a result list with "add"/"added"); one component keeps
// the two from drifting apart. The wrappers only say what is searched and how an item reads.

export interface SearchPickerTexts {
  legend: string;
  /** A line under the legend. */
  hint?: string;
  /** The search box's label. */
  search: string;
  searching: string;
  /** No result for the search. */
  empty: string;
  /** The list of chosen items. */
  chosen: string;
  /** The remove button of a chosen item, given its label. */
  remove: (name: string) => string;
  add: string;
  added: string;
  /** When set, each result has its own add button named with this; otherwise the whole result row is the button. */
  addNamed?: (name: string) => string;
}

export interface SearchPickerProps<T extends { id: string }, R extends T = T> {
  /** The chosen ids. */
  value: string[];
  onChange: (ids: string[]) => void;
  /** The items already chosen (from the edited record), to show their labels. */
  initial: T[];
  /** A hook giving the results for the (debounced, trimmed) query; it should not fetch for "". Must be stable (a module-level hook). */
  useResults: (q: string) => { isPending: boolean; data?: R[] };
  label: (item: T) => string;
  /** Shown beside the label (left to right), e.g. a SKU or username. */
  subLabel: (item: T) => string;
  /** A remark on a result, shown in parentheses (e.g. "inactive"); nothing when falsy. */
  note?: (item: R) => string | null | undefined | false;
  texts: SearchPickerTexts;
  testIds: { root: string; results: string; chip?: string };
  /** A message key. */
  error?: string;
  /** The form field the error belongs to (data-field-error). */
  errorField: string;
}

export function SearchPicker<T extends { id: string }, R extends T = T>({
  value, onChange, initial, useResults, label, subLabel, note, texts, testIds, error, errorField,
}: SearchPickerProps<T, R>) {
  const tAll = useTranslations();
  const inputId = useId();
  const [typed, setTyped] = useState("");
  const [q, setQ] = useState("");
  const [known, setKnown] = useState(() => new Map<string, T>(initial.map((item) => [item.id, item])));
  // Ask the server once typing pauses, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const results = useResults(q);
  const add = (item: R) => {
    setKnown((m) => new Map(m).set(item.id, item));
    if (!value.includes(item.id)) onChange([...value, item.id]);
  };

  return (
    <fieldset className="flex flex-col gap-2" data-testid={testIds.root} aria-describedby={error ? `${inputId}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-700">{texts.legend}</legend>
      {texts.hint && <p className="text-xs text-slate-500">{texts.hint}</p>}
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={texts.chosen}>
          {value.map((id) => {
            const item = known.get(id);
            const name = item ? label(item) : id;
            return (
              <li key={id} data-testid={testIds.chip} className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 pe-1 ps-3 text-sm text-brand-900 ring-1 ring-brand-200">
                {name}
                {item && <span className="text-xs text-brand-700" dir="ltr">{subLabel(item)}</span>}
                <button type="button" className="rounded-full p-1 hover:bg-brand-100" aria-label={texts.remove(name)} onClick={() => onChange(value.filter((x) => x !== id))}>
                  <X className="size-3.5" aria-hidden />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label htmlFor={inputId} className="text-xs text-slate-600">{texts.search}</label>
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
            <p className="px-3 py-2 text-sm text-slate-500">{texts.searching}</p>
          ) : (results.data ?? []).length === 0 ? (
            <p className="px-3 py-2 text-sm text-slate-500">{texts.empty}</p>
          ) : (
            <ul className="max-h-56 divide-y divide-slate-100 overflow-y-auto" data-testid={testIds.results}>
              {results.data!.map((item) => (
                <ResultRow key={item.id} item={item} chosen={value.includes(item.id)} onAdd={() => add(item)} label={label} subLabel={subLabel} note={note} texts={texts} />
              ))}
            </ul>
          )}
        </div>
      )}
      {error && (
        <p id={`${inputId}-error`} data-field-error={errorField} className="text-xs font-medium text-rose-600">
          {tAll(error)}
        </p>
      )}
    </fieldset>
  );
}

/** One search result: either the whole row is the add button, or the row carries its own named add button (texts.addNamed). */
function ResultRow<T extends { id: string }, R extends T>({ item, chosen, onAdd, label, subLabel, note, texts }: {
  item: R;
  chosen: boolean;
  onAdd: () => void;
  label: (item: T) => string;
  subLabel: (item: T) => string;
  note?: (item: R) => string | null | undefined | false;
  texts: SearchPickerTexts;
}): ReactNode {
  const remark = note?.(item);
  const text = (
    <span>
      {label(item)} <span className="text-xs text-slate-500" dir="ltr">{subLabel(item)}</span>
      {remark && <span className="ms-2 text-xs text-slate-500">({remark})</span>}
    </span>
  );
  if (texts.addNamed) {
    return (
      <li className="flex items-center justify-between gap-2 px-3 py-2 text-sm">
        {text}
        <button
          type="button"
          disabled={chosen}
          onClick={onAdd}
          aria-label={texts.addNamed(label(item))}
          className="inline-flex items-center gap-1 rounded-lg px-2 py-1 text-brand-700 hover:bg-brand-50 disabled:text-slate-400"
        >
          <Plus className="size-4" aria-hidden />
          {chosen ? texts.added : texts.add}
        </button>
      </li>
    );
  }
  return (
    <li>
      <button
        type="button"
        disabled={chosen}
        onClick={onAdd}
        className="flex w-full items-center justify-between gap-3 px-3 py-2 text-start text-sm hover:bg-slate-50 disabled:text-slate-400"
      >
        {text}
        {chosen ? <span className="text-xs">{texts.added}</span> : <Plus className="size-4 shrink-0" aria-label={texts.add} />}
      </button>
    </li>
  );
}
