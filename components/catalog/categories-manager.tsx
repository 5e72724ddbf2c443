"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { nameIn } from "@/lib/localized";
import { formatNumber, type AppLocale } from "@/lib/format";
import { categorySchema, type CategoryInput } from "@/lib/schemas/catalog";
import { useTRPC } from "@/components/providers/trpc";
import { SelectField } from "@/components/ui/select-field";
import { ActivePositionFields, ItemForm } from "./item-form";
import { ReferenceManager } from "./reference-manager";
import { categoryTree } from "./category-tree";

/** Product categories, drawn as a tree (a sub-category under its parent). */
export function CategoriesManager({ canWrite }: { canWrite: boolean }) {
  const t = useTranslations("catalog");
  const locale = useLocale() as AppLocale;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.categories.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.categories.list.queryKey() });
  const create = useMutation(trpc.categories.create.mutationOptions());
  const update = useMutation(trpc.categories.update.mutationOptions());
  const remove = useMutation(trpc.categories.delete.mutationOptions());
  const tree = list.data ? categoryTree(list.data) : undefined;
  const depth = new Map(tree?.map((c) => [c.id, c.depth]));

  return (
    <ReferenceManager
      ns="categories"
      rows={tree}
      error={list.error}
      canWrite={canWrite}
      nameCell={(r) => (
        <span style={{ paddingInlineStart: `${(depth.get(r.id) ?? 0) * 1.25}rem` }}>
          {(depth.get(r.id) ?? 0) > 0 && <span className="text-slate-400" aria-hidden>↳ </span>}
          {nameIn(r.name, locale)}
        </span>
      )}
      columns={[
        { key: "products", header: t("common.products"), cell: (r) => formatNumber(r.products, locale) },
        { key: "position", header: t("common.position"), cell: (r) => r.position },
      ]}
      renderForm={(row, done, cancel) => {
        // A category cannot move under itself or its own descendants.
        const below = row && tree ? new Set(tree.filter((c) => c.path.includes(row.id)).map((c) => c.id)) : new Set<string>();
        return (
          <ItemForm<CategoryInput>
            schema={categorySchema}
            label={row ? t("categories.edit") : t("categories.add")}
            defaultValues={
              row
                ? { code: row.code, name: row.name, parentId: row.parentId ?? "", position: String(row.position) }
                : { code: "", name: { fa: "", ar: "", en: "" }, parentId: "", position: "0" }
            }
            fields={["parentId", "position"]}
            save={(v) => (row ? update.mutateAsync({ id: row.id, ...v }) : create.mutateAsync(v))}
            onDone={() => {
              done();
              void refresh();
            }}
            onCancel={cancel}
          >
            {(form) => (
              <>
                <SelectField label={t("categories.parent")} error={form.formState.errors.parentId?.message} {...form.register("parentId")}>
                  <option value="">{t("categories.noParent")}</option>
                  {(tree ?? []).filter((c) => !below.has(c.id)).map((c) => (
                    <option key={c.id} value={c.id}>{"— ".repeat(c.depth)}{nameIn(c.name, locale)}</option>
                  ))}
                </SelectField>
                <ActivePositionFields form={form} withActive={false} />
              </>
            )}
          </ItemForm>
        );
      }}
      deleteBlocked={(r) =>
        r.children > 0 ? t("categories.hasChildren", { count: r.children }) : r.products > 0 ? t("categories.hasProducts", { count: r.products }) : null
      }
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
