"use client";

import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { MoreVertical } from "lucide-react";
import { toast } from "sonner";
import { useRouter } from "@/i18n/navigation";
import { applyServerErrors } from "@/lib/form-errors";
import { useTRPC } from "@/components/providers/trpc";
import { ActionMenu, type MenuAction } from "@/components/ui/menu";
import { Dialog } from "@/components/ui/dialog";
import { DeleteGroup } from "./delete-group";

export interface GroupAbilities {
  write: boolean;
  delete: boolean;
}

interface Props {
  group: { id: string; name: string; isDefault: boolean };
  can: GroupAbilities;
}

/** The actions on one group (seed 003): edit, manage users, default for new customers, delete. */
export function GroupActions({ group, can }: Props) {
  const t = useTranslations("groups.actions");
  const tAll = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState(false);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.groups.pathKey() });
    router.refresh();
  };
  const setDefault = useMutation(
    trpc.groups.setDefault.mutationOptions({
      onSuccess: (r) => {
        toast.success(t(r.defaultGroupId ? "madeDefault" : "stoppedDefault", { name: group.name }));
        refresh();
      },
      onError: (e) => toast.error(tAll(applyServerErrors(e, () => undefined, []) ?? "errors.unexpected")),
    }),
  );

  const actions: MenuAction[] = [
    ...(can.write ? [{ id: "edit", label: t("edit") }] : []),
    { id: "members", label: t("members") },
    ...(can.write ? [{ id: "default", label: t(group.isDefault ? "stopDefault" : "makeDefault") }] : []),
    ...(can.delete ? [{ id: "delete", label: t("delete"), danger: true }] : []),
  ];

  const onAction = (id: string) => {
    if (id === "edit") router.push(`/admin/groups/${group.id}/edit`);
    else if (id === "members") router.push(`/admin/groups/${group.id}/members`);
    else if (id === "default") setDefault.mutate({ groupId: group.isDefault ? null : group.id });
    else if (id === "delete") setDeleting(true);
  };

  return (
    <>
      <ActionMenu label={t("menu", { name: group.name })} trigger={<MoreVertical className="size-4" aria-hidden />} actions={actions} onAction={onAction} />
      <Dialog open={deleting} onOpenChange={setDeleting} title={t("deleteTitle", { name: group.name })}>
        {deleting && (
          <DeleteGroup
            groupId={group.id}
            onCancel={() => setDeleting(false)}
            onDone={() => {
              setDeleting(false);
              refresh();
            }}
          />
        )}
      </Dialog>
    </>
  );
}
