"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { toMajorUnits, type Currency } from "@/lib/money";
import { shippingMethodSchema, type ShippingMethodInput } from "@/lib/schemas/catalog";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { ActiveBadge } from "./active-badge";
import { ActivePositionFields, ItemForm } from "./item-form";
import { ReferenceManager } from "./reference-manager";
import { useCurrencyName, useMoney } from "./use-money";

/** Shipping methods and their price, in the store's currency. */
export function ShippingMethodsManager({ canWrite, currency }: { canWrite: boolean; currency: Currency }) {
  const t = useTranslations("catalog");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.shippingMethods.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.shippingMethods.list.queryKey() });
  const create = useMutation(trpc.shippingMethods.create.mutationOptions());
  const update = useMutation(trpc.shippingMethods.update.mutationOptions());
  const remove = useMutation(trpc.shippingMethods.delete.mutationOptions());
  const money = useMoney(list.data?.currency ?? currency);
  const currencyName = useCurrencyName(list.data?.currency ?? currency);

  return (
    <ReferenceManager
      ns="shippingMethods"
      rows={list.data?.rows}
      error={list.error}
      canWrite={canWrite}
      columns={[
        { key: "price", header: t("shippingMethods.price"), cell: (r) => money(r.price) },
        { key: "position", header: t("common.position"), cell: (r) => r.position },
        { key: "active", header: t("common.status"), cell: (r) => <ActiveBadge active={r.active} /> },
      ]}
      renderForm={(row, done, cancel) => (
        <ItemForm<ShippingMethodInput>
          schema={shippingMethodSchema}
          label={row ? t("shippingMethods.edit") : t("shippingMethods.add")}
          defaultValues={
            row
              ? { code: row.code, name: row.name, price: toMajorUnits(row.price, currency), active: row.active, position: String(row.position) }
              : { code: "", name: { fa: "", ar: "", en: "" }, price: "0", active: true, position: "0" }
          }
          fields={["price", "active", "position"]}
          save={(v) => (row ? update.mutateAsync({ id: row.id, ...v }) : create.mutateAsync(v))}
          onDone={() => {
            done();
            void refresh();
          }}
          onCancel={cancel}
        >
          {(form) => (
            <>
              <TextField
                label={`${t("shippingMethods.priceIn", { currency: currencyName })} *`}
                inputMode="decimal"
                dir="ltr"
                error={form.formState.errors.price?.message}
                {...form.register("price")}
              />
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
