"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { PAYMENT_KINDS, paymentMethodSchema, type PaymentMethodInput } from "@/lib/schemas/catalog";
import { useTRPC } from "@/components/providers/trpc";
import { SelectField } from "@/components/ui/select-field";
import { ActiveBadge } from "./active-badge";
import { ActivePositionFields, ItemForm } from "./item-form";
import { ReferenceManager } from "./reference-manager";

/** Payment methods, each of a kind checkout knows how to take. */
export function PaymentMethodsManager({ canWrite }: { canWrite: boolean }) {
  const t = useTranslations("catalog");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.paymentMethods.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.paymentMethods.list.queryKey() });
  const create = useMutation(trpc.paymentMethods.create.mutationOptions());
  const update = useMutation(trpc.paymentMethods.update.mutationOptions());
  const remove = useMutation(trpc.paymentMethods.delete.mutationOptions());

  return (
    <ReferenceManager
      ns="paymentMethods"
      rows={list.data}
      error={list.error}
      canWrite={canWrite}
      columns={[
        { key: "kind", header: t("paymentMethods.kind"), cell: (r) => t(`paymentMethods.kinds.${r.kind}`) },
        { key: "position", header: t("common.position"), cell: (r) => r.position },
        { key: "active", header: t("common.status"), cell: (r) => <ActiveBadge active={r.active} /> },
      ]}
      renderForm={(row, done, cancel) => (
        <ItemForm<PaymentMethodInput>
          schema={paymentMethodSchema}
          label={row ? t("paymentMethods.edit") : t("paymentMethods.add")}
          defaultValues={
            row
              ? { code: row.code, name: row.name, kind: row.kind, active: row.active, position: String(row.position) }
              : { code: "", name: { fa: "", ar: "", en: "" }, kind: "ONLINE", active: true, position: "0" }
          }
          fields={["kind", "active", "position"]}
          save={(v) => (row ? update.mutateAsync({ id: row.id, ...v }) : create.mutateAsync(v))}
          onDone={() => {
            done();
            void refresh();
          }}
          onCancel={cancel}
        >
          {(form) => (
            <>
              <SelectField label={`${t("paymentMethods.kind")} *`} error={form.formState.errors.kind?.message} {...form.register("kind")}>
                {PAYMENT_KINDS.map((k) => (
                  <option key={k} value={k}>{t(`paymentMethods.kinds.${k}`)}</option>
                ))}
              </SelectField>
              <p className="-mt-2 text-xs text-slate-500">{t("paymentMethods.kindHelp")}</p>
              <ActivePositionFields form={form} />
            </>
          )}
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
