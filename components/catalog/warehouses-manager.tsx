"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { warehouseSchema, type WarehouseInput } from "@/lib/schemas/catalog";
import { useTRPC } from "@/components/providers/trpc";
import { ActiveBadge } from "./active-badge";
import { ActivePositionFields, ItemForm } from "./item-form";
import { ReferenceManager } from "./reference-manager";

/** Warehouses: where stock is kept. */
export function WarehousesManager({ canWrite }: { canWrite: boolean }) {
  const t = useTranslations("catalog");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.warehouses.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.warehouses.list.queryKey() });
  const create = useMutation(trpc.warehouses.create.mutationOptions());
  const update = useMutation(trpc.warehouses.update.mutationOptions());
  const remove = useMutation(trpc.warehouses.delete.mutationOptions());

  return (
    <ReferenceManager
      ns="warehouses"
      rows={list.data}
      error={list.error}
      canWrite={canWrite}
      columns={[
        { key: "position", header: t("common.position"), cell: (r) => r.position },
        { key: "active", header: t("common.status"), cell: (r) => <ActiveBadge active={r.active} /> },
      ]}
      renderForm={(row, done, cancel) => (
        <ItemForm<WarehouseInput>
          schema={warehouseSchema}
          label={row ? t("warehouses.edit") : t("warehouses.add")}
          defaultValues={row ? { code: row.code, name: row.name, active: row.active, position: String(row.position) } : { code: "", name: { fa: "", ar: "", en: "" }, active: true, position: "0" }}
          fields={["active", "position"]}
          save={(v) => (row ? update.mutateAsync({ id: row.id, ...v }) : create.mutateAsync(v))}
          onDone={() => {
            done();
            void refresh();
          }}
          onCancel={cancel}
        >
          {(form) => <ActivePositionFields form={form} />}
        </ItemForm>
      )}
      deleteBlocked={() => null}
      onDelete={async (r) => {
        await remove.mutateAsync({ id: r.id });
        await refresh();
      }}
    />
  );
}
