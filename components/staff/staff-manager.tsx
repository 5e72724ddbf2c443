"use client";

import { useState } from "react";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { formatDate, type AppLocale } from "@/lib/format";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { cn } from "@/lib/cn";
import { RoleChecklist } from "./role-checklist";
import { StaffCreateForm } from "./staff-create-form";

interface Props {
  roles: { id: string; key: string | null; label: string }[];
  canWrite: boolean;
  canEditRoles: boolean;
  selfId: string;
}

/** Staff accounts: create them with roles, change their roles, deactivate and reactivate them. */
export function StaffManager({ roles, canWrite, canEditRoles, selfId }: Props) {
  const t = useTranslations("staff");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(trpc.staff.list.infiniteQueryOptions({ limit: 25 }, { getNextPageParam: (p) => p.next ?? undefined }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.list.pathKey() });
  const setActive = useMutation(trpc.staff.setActive.mutationOptions({ onSuccess: refresh }));
  const setRoles = useMutation(trpc.roles.setUserRoles.mutationOptions({ onSuccess: refresh }));
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<{ userId: string; roleIds: string[] } | null>(null);
  const labelOf = (role: { id: string; name: string }) => roles.find((r) => r.id === role.id)?.label ?? role.name;
  const error = setActive.error ?? setRoles.error;
  const rows = list.data?.pages.flatMap((p) => p.rows) ?? [];

  return (
    <div className="flex flex-col gap-6">
      {canWrite && (
        <Card>
          <div className="flex items-center justify-between gap-3">
            <h2 className="font-semibold">{t("create.title")}</h2>
            <Button variant={creating ? "ghost" : "primary"} onClick={() => setCreating(!creating)} aria-expanded={creating}>
              {creating ? t("create.close") : t("create.open")}
            </Button>
          </div>
          {creating && (
            <div className="mt-4">
              <StaffCreateForm roles={roles} onCreated={refresh} />
            </div>
          )}
        </Card>
      )}
      <FormAlert message={error ? applyServerErrors(error, () => undefined, []) : null} />
      <Card className="p-0 sm:p-0">
        {list.isPending ? (
          <p className="p-5 text-sm text-slate-500">{t("list.loading")}</p>
        ) : list.isError ? (
          <div className="p-5"><FormAlert message="errors.unexpected" /></div>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="staff-list">
            {rows.map((s) => (
              <li key={s.id} className="flex flex-col gap-3 px-4 py-4 sm:px-6">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <p className="font-medium text-slate-900">
                      {s.name}{" "}
                      <span className={cn("ms-1 rounded-full px-2 py-0.5 text-xs", s.status === "ACTIVE" ? "bg-emerald-50 text-emerald-700" : "bg-slate-100 text-slate-600")}>
                        {t(`status.${s.status}`)}
                      </span>
                    </p>
                    <p className="text-xs text-slate-500" dir="ltr">{s.username}{s.email ? ` · ${s.email}` : ""}</p>
                    <p className="mt-1 text-xs text-slate-500">
                      {s.lastSignInAt ? t("list.lastSignIn", { date: formatDate(s.lastSignInAt, locale, true) }) : t("list.neverSignedIn")}
                    </p>
                    <p className="mt-2 flex flex-wrap gap-1">
                      {s.roles.map((r) => (
                        <span key={r.id} className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700">{labelOf(r)}</span>
                      ))}
                    </p>
                  </div>
                  <div className="flex gap-2">
                    {canEditRoles && (
                      <Button variant="secondary" onClick={() => setEditing(editing?.userId === s.id ? null : { userId: s.id, roleIds: s.roles.map((r) => r.id) })}>
                        {t("list.editRoles")}
                      </Button>
                    )}
                    {canWrite && s.id !== selfId && (
                      <Button
                        variant={s.status === "ACTIVE" ? "ghost" : "secondary"}
                        className={s.status === "ACTIVE" ? "text-rose-700" : undefined}
                        disabled={setActive.isPending}
                        onClick={() => setActive.mutate({ userId: s.id, active: s.status !== "ACTIVE" })}
                      >
                        {s.status === "ACTIVE" ? t("list.deactivate") : t("list.activate")}
                      </Button>
                    )}
                  </div>
                </div>
                {editing?.userId === s.id && (
                  <form
                    method="post"
                    className="flex flex-col gap-3 rounded-xl bg-slate-50 p-4"
                    onSubmit={(e) => {
                      e.preventDefault();
                      setRoles.mutate({ userId: s.id, roleIds: editing.roleIds }, { onSuccess: () => setEditing(null) });
                    }}
                  >
                    <RoleChecklist
                      legend={t("list.rolesOf", { name: s.name })}
                      roles={roles}
                      value={editing.roleIds}
                      onChange={(roleIds) => setEditing({ userId: s.id, roleIds })}
                    />
                    <div>
                      <Button type="submit" disabled={setRoles.isPending || editing.roleIds.length === 0}>{t("list.saveRoles")}</Button>
                    </div>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {list.hasNextPage && (
        <Button variant="secondary" className="self-start" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {t("list.more")}
        </Button>
      )}
    </div>
  );
}
