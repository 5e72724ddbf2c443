"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { nameIn, type LocalizedText } from "@/lib/localized";
import type { Currency } from "@/lib/money";
import { productSchema, type ProductInput } from "@/lib/schemas/catalog";
import { useTRPC } from "@/components/providers/trpc";
import { TextField } from "@/components/ui/text-field";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAlert } from "@/components/ui/use-form-alert";
import { NameFields } from "./name-fields";
import { categoryTree } from "./category-tree";
import { useCurrencyName } from "./use-money";

type Option = { id: string; name: LocalizedText };

interface Props {
  categories: (Option & { parentId: string | null })[];
  brands: Option[];
  warehouses: Option[];
  currency: Currency;
  /** Editing a product; absent when creating one. */
  edit?: { id: string; values: ProductInput };
}

const FIELDS = ["sku", "name.fa", "name.ar", "name.en", "description.fa", "description.ar", "description.en", "price", "pointValue", "categoryId", "brandId", "active"];

/** Create or edit a product, with its stock in every warehouse, saved together. */
export function ProductForm({ categories, brands, warehouses, currency, edit }: Props) {
  const t = useTranslations("catalog.products.form");
  const tAll = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.products.create.mutationOptions());
  const update = useMutation(trpc.products.update.mutationOptions());
  const currencyName = useCurrencyName(currency);
  const form = useForm<ProductInput>({
    resolver: zodResolver(productSchema) as never,
    defaultValues: edit?.values ?? {
      sku: "",
      name: { fa: "", ar: "", en: "" },
      description: { fa: "", ar: "", en: "" },
      price: "",
      pointValue: "0",
      categoryId: "",
      brandId: "",
      active: true,
      stock: warehouses.map((w) => ({ warehouseId: w.id, quantity: "0" })),
    },
  });
  const stockFields = warehouses.map((_, i) => [`stock.${i}.quantity`, `stock.${i}.warehouseId`]).flat();
  const { alert, submit } = useFormAlert(form.setError, [...FIELDS, ...stockFields]);
  const onSubmit = form.handleSubmit(() =>
    submit(async () => {
      const values = form.getValues();
      if (edit) await update.mutateAsync({ id: edit.id, ...values });
      else await create.mutateAsync(values);
      // The list keeps its pages in the query cache: drop them so it shows this change.
      await queryClient.invalidateQueries({ queryKey: trpc.products.pathKey() });
      router.push("/admin/products");
      router.refresh();
    }),
  );
  const e = form.formState.errors;
  // The stock rows follow the warehouses the page was given, in order.
  const stockRows = edit?.values.stock ?? warehouses.map((w) => ({ warehouseId: w.id, quantity: "0" }));
  const warehouseName = (id: string) => nameIn(warehouses.find((w) => w.id === id)?.name, locale);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label={edit ? t("editTitle") : t("createTitle")}>
      <FormAlert message={alert?.message ?? null} tone={alert?.tone} values={alert?.values} />
      <TextField className="max-w-xs" label={`${t("sku")} *`} dir="ltr" autoComplete="off" hint={t("skuHint")} error={e.sku?.message} {...form.register("sku")} />
      <NameFields register={form.register} errors={e} />
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium text-slate-700">{t("description")}</legend>
        {(["fa", "ar", "en"] as const).map((l) => (
          <label key={l} className="flex flex-col gap-1.5 text-sm font-medium text-slate-700">
            {t(`descriptionIn.${l}`)}
            <textarea
              rows={3}
              dir={l === "en" ? "ltr" : "rtl"}
              aria-invalid={e.description?.[l] ? true : undefined}
              className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-100"
              {...form.register(`description.${l}`)}
            />
            {e.description?.[l]?.message && <span data-field-error={`description.${l}`} className="text-xs text-rose-600">{tAll(e.description[l]!.message!)}</span>}
          </label>
        ))}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={`${t("price", { currency: currencyName })} *`} inputMode="decimal" dir="ltr" error={e.price?.message} {...form.register("price")} />
        <TextField label={t("pointValue")} inputMode="decimal" dir="ltr" hint={t("pointValueHint")} error={e.pointValue?.message} {...form.register("pointValue")} />
        <SelectField label={t("category")} error={e.categoryId?.message} {...form.register("categoryId")}>
          <option value="">{t("none")}</option>
          {categoryTree(categories).map((c) => (
            <option key={c.id} value={c.id}>{"— ".repeat(c.depth)}{nameIn(c.name, locale)}</option>
          ))}
        </SelectField>
        <SelectField label={t("brand")} error={e.brandId?.message} {...form.register("brandId")}>
          <option value="">{t("none")}</option>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>{nameIn(b.name, locale)}</option>
          ))}
        </SelectField>
      </div>
      <label className="flex items-center gap-2 text-sm font-medium text-slate-700">
        <input type="checkbox" className="size-4 rounded border-slate-300" {...form.register("active")} />
        {t("active")}
      </label>
      <fieldset className="flex flex-col gap-3 border-t border-slate-100 pt-4">
        <legend className="pt-4 text-sm font-medium text-slate-700">{t("stock")}</legend>
        <p className="text-xs text-slate-500">{warehouses.length ? t("stockHelp") : t("noWarehouses")}</p>
        <div className="grid gap-3 sm:grid-cols-3">
          {stockRows.map((row, i) => (
            <div key={row.warehouseId}>
              <input type="hidden" {...form.register(`stock.${i}.warehouseId`)} />
              <TextField
                label={warehouseName(row.warehouseId)}
                inputMode="numeric"
                dir="ltr"
                error={e.stock?.[i]?.quantity?.message ?? e.stock?.[i]?.warehouseId?.message}
                {...form.register(`stock.${i}.quantity`)}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <SubmitButton className="self-start" pending={form.formState.isSubmitting}>{t("save")}</SubmitButton>
    </form>
  );
}
