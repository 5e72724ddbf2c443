"use client";

import { useEffect, useState } from "react";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { formatList, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

interface Props {
  groupId: string;
  onDone: (added: number) => void;
  onCancel: () => void;
}

/** "Add user": find customers by username, name or mobile (any spelling, any digits) and add the chosen ones. */
export function AddMembers({ groupId, onDone, onCancel }: Props) {
  const t = useTranslations("groups.members");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const [draft, setDraft] = useState("");
  const [q, setQ] = useState("");
  // Chosen customers are kept by id with their names, so they stay chosen across searches.
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    const timer = setTimeout(() => setQ(draft.trim()), 300);
    return () => clearTimeout(timer);
  }, [draft]);
  const found = useQuery(trpc.groups.candidates.queryOptions({ groupId, q: q || undefined }, { enabled: q !== "", placeholderData: keepPreviousData }));
  const add = useMutation(trpc.groups.addMembers.mutationOptions({ onSuccess: (r) => onDone(r.added) }));
  const toggle = (id: string, name: string) =>
    setChosen((c) => {
      const next = new Map(c);
      if (next.has(id)) next.delete(id);
      else next.set(id, name);
      return next;
    });
  const rows = q ? (found.data ?? []) : [];

  return (
    <div className="flex flex-col gap-4">
      <label className="flex flex-col gap-1.5 text-sm font-medium text-slate-700">
        {t("pickerSearch")}
        <input
          type="search"
          autoFocus
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder={t("searchPlaceholder")}
          aria-describedby="picker-hint"
          className="rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-sm font-normal shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100"
        />
        <span id="picker-hint" className="text-xs font-normal text-slate-500">{t("pickerHint")}</span>
      </label>
      <div className="max-h-72 overflow-y-auto rounded-xl ring-1 ring-slate-200" aria-live="polite" aria-busy={found.isFetching || undefined}>
        {!q ? (
          <p className="p-4 text-sm text-slate-500">{t("pickerStart")}</p>
        ) : found.isError ? (
          <div className="p-3"><FormAlert message={applyServerErrors(found.error, () => undefined, []) ?? "errors.unexpected"} /></div>
        ) : found.isPending ? (
          <p className="p-4 text-sm text-slate-500">{t("loading")}</p>
        ) : rows.length === 0 ? (
          <p className="p-4 text-sm text-slate-500">{t("pickerEmpty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="member-candidates">
            {rows.map((c) => (
              <li key={c.id}>
                <label className="flex cursor-pointer items-center gap-3 px-4 py-2.5 text-sm has-[:disabled]:cursor-default">
                  <input
                    type="checkbox"
                    className="size-4 rounded border-slate-300"
                    disabled={c.isMember}
                    checked={c.isMember || chosen.has(c.id)}
                    onChange={() => toggle(c.id, c.name)}
                  />
                  <span className="flex-1">
                    <span className="block font-medium text-slate-900">{c.name}</span>
                    <span className="block text-xs text-slate-500" dir="ltr">
                      {c.username}
                      {c.mobile ? ` · ${c.mobile}` : ""}
                    </span>
                  </span>
                  {c.isMember && <span className="text-xs text-slate-500">{t("alreadyMember")}</span>}
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
      {chosen.size > 0 && <p className="text-sm text-slate-700">{t("chosen", { names: formatList([...chosen.values()], locale) })}</p>}
      {add.error && <FormAlert message={applyServerErrors(add.error, () => undefined, []) ?? "errors.unexpected"} />}
      <div className="flex gap-2">
        <Button disabled={chosen.size === 0 || add.isPending} onClick={() => add.mutate({ groupId, customerIds: [...chosen.keys()] })}>
          {t("addSelected", { count: chosen.size })}
        </Button>
        <Button variant="ghost" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </div>
  );
}
