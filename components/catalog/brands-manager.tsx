"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber, type AppLocale } from "@/lib/format";
import { brandSchema, type BrandInput } from "@/lib/schemas/catalog";
import { useTRPC } from "@/components/providers/trpc";
import { ItemForm } from "./item-form";
import { ReferenceManager } from "./reference-manager";

/** Product brands. */
export function BrandsManager({ canWrite }: { canWrite: boolean }) {
  const t = useTranslations("catalog");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.brands.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.brands.list.queryKey() });
  const create = useMutation(trpc.brands.create.mutationOptions());
  const update = useMutation(trpc.brands.update.mutationOptions());
  const remove = useMutation(trpc.brands.delete.mutationOptions());

  return (
    <ReferenceManager
      ns="brands"
      rows={list.data}
      error={list.error}
      canWrite={canWrite}
      columns={[{ key: "products", header: t("common.products"), cell: (r) => formatNumber(r.products, locale) }]}
      renderForm={(row, done, cancel) => (
        <ItemForm<BrandInput>
          schema={brandSchema}
          label={row ? t("brands.edit") : t("brands.add")}
          defaultValues={row ? { code: row.code, name: row.name } : { code: "", name: { fa: "", ar: "", en: "" } }}
          fields={[]}
          save={(v) => (row ? update.mutateAsync({ id: row.id, ...v }) : create.mutateAsync(v))}
          onDone={() => {
            done();
            void refresh();
          }}
          onCancel={cancel}
        />
      )}
      deleteBlocked={(r) => (r.products > 0 ? t("brands.hasProducts", { count: r.products }) : null)}
      onDelete={async (r) => {
        try {
          await remove.mutateAsync({ id: r.id });
        } finally {
          await refresh();
        }
      }}
    />
  );
}
