"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { memberAddSchema, type MemberAddInput } from "@/lib/schemas/roles";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

/** Who holds the role: add a user by username, e-mail or mobile; remove one. */
export function RoleMembers({ roleId }: { roleId: string }) {
  const t = useTranslations("roles.members");
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const members = useInfiniteQuery(
    trpc.roles.members.infiniteQueryOptions({ roleId, limit: 25 }, { getNextPageParam: (page) => page.next ?? undefined }),
  );
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.roles.members.pathKey() });
    router.refresh();
  };
  const add = useMutation(trpc.roles.addMember.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(trpc.roles.removeMember.mutationOptions({ onSuccess: refresh }));
  const [alert, setAlert] = useState<string | null>(null);
  const { register, handleSubmit, getValues, setError, reset, formState } = useForm<MemberAddInput>({
    resolver: zodResolver(memberAddSchema),
    defaultValues: { roleId, identifier: "" },
  });

  const onAdd = handleSubmit(async () => {
    setAlert(null);
    try {
      await add.mutateAsync(getValues());
      reset({ roleId, identifier: "" });
    } catch (e) {
      setAlert(applyServerErrors(e, setError, ["identifier"]));
    }
  });

  const rows = members.data?.pages.flatMap((p) => p.rows) ?? [];
  return (
    <div className="flex flex-col gap-4">
      <form method="post" onSubmit={onAdd} noValidate className="flex flex-wrap items-start gap-3">
        <TextField className="min-w-64 flex-1" label={t("identifier")} hint={t("identifierHint")} error={formState.errors.identifier?.message} {...register("identifier")} />
        <SubmitButton className="mt-7" pending={formState.isSubmitting}>
          {t("add")}
        </SubmitButton>
      </form>
      <FormAlert message={alert ?? (remove.error ? applyServerErrors(remove.error, () => undefined, []) : null)} />
      {members.isPending ? (
        <p className="text-sm text-slate-500">{t("loading")}</p>
      ) : members.isError ? (
        <FormAlert message="errors.unexpected" />
      ) : rows.length === 0 ? (
        <p className="text-sm text-slate-500">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl ring-1 ring-slate-200" data-testid="role-members">
          {rows.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div>
                <p className="font-medium text-slate-900">{u.name}</p>
                <p className="text-xs text-slate-500" dir="ltr">
                  {u.username}
                  {u.mobile ? ` · ${u.mobile}` : ""}
                </p>
              </div>
              <div className="flex items-center gap-3">
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{t(u.isCustomer ? "customer" : "staff")}</span>
                <Button variant="ghost" className="text-rose-700" disabled={remove.isPending} onClick={() => remove.mutate({ roleId, userId: u.id })}>
                  {t("remove")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {members.hasNextPage && (
        <Button variant="secondary" className="self-start" disabled={members.isFetchingNextPage} onClick={() => members.fetchNextPage()}>
          {t("more")}
        </Button>
      )}
    </div>
  );
}
