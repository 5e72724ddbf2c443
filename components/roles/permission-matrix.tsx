"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { ACCOUNT_PERMISSIONS, ADMIN_PERMISSIONS } from "@/lib/permissions";

const GROUPS: [string, readonly string[]][] = [...Object.entries(ADMIN_PERMISSIONS), ...Object.entries(ACCOUNT_PERMISSIONS)];

function GroupCheckbox({ label, checked, mixed, disabled, onChange }: { label: string; checked: boolean; mixed: boolean; disabled?: boolean; onChange: (on: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = mixed;
  }, [mixed]);
  return (
    <label className="flex items-center gap-2 text-xs font-medium text-brand-700">
      <input ref={ref} type="checkbox" className="size-4 accent-brand-600" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** The permission matrix of a role: one card per area, with "select all" for the area. */
export function PermissionMatrix({ value, onChange, disabled }: { value: string[]; onChange: (next: string[]) => void; disabled?: boolean }) {
  const t = useTranslations();
  const chosen = new Set(value);
  const set = (keys: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const k of keys) (on ? next.add(k) : next.delete(k));
    onChange([...next].sort());
  };
  return (
    <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" data-testid="permission-matrix">
      {GROUPS.map(([group, actions]) => {
        const keys = actions.map((a) => `${group}.${a}`);
        const count = keys.filter((k) => chosen.has(k)).length;
        return (
          <fieldset key={group} className="rounded-xl border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold text-slate-800">{t(`permissionGroups.${group}`)}</legend>
            <GroupCheckbox
              label={t("roles.editor.selectAll", { group: t(`permissionGroups.${group}`) })}
              checked={count === keys.length}
              mixed={count > 0 && count < keys.length}
              disabled={disabled}
              onChange={(on) => set(keys, on)}
            />
            <div className="mt-2 flex flex-col gap-1.5">
              {keys.map((key) => (
                <label key={key} className="flex items-center gap-2 text-sm text-slate-700">
                  <input
                    type="checkbox"
                    className="size-4 accent-brand-600"
                    name="permissions"
                    value={key}
                    checked={chosen.has(key)}
                    disabled={disabled}
                    onChange={(e) => set([key], e.target.checked)}
                  />
                  {t(`permissions.${key}`)}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
