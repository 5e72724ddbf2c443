import { z } from "zod";
import { localizedNameSchema } from "../localized";
import { CURRENCY_CODES, moneyField, type Currency } from "../money";
import { normalizeText, toLatinDigits } from "../normalize";
import { idField } from "./common";

// The catalog (issue 5 point 3): warehouses, shipping and payment methods, categories, brands and
// products. One schema per form and procedure, shared by both. Money fields stay decimal strings
// here: the server converts them with the store's currency (lib/money.ts).

export const PAYMENT_KINDS = ["ONLINE", "BANK_SLIP", "CASH_ON_DELIVERY", "WALLET"] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** A short stable code staff recognise: lower-case latin letters and digits joined by dashes. */
export const codeField = z
  .string()
  .trim()
  .min(1, "validation.required")
  .transform((v) => toLatinDigits(v).toLowerCase())
  .pipe(z.string().max(40, "validation.tooLong").regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "validation.slugFormat"));

/** A stock-keeping unit: case does not tell two apart, so it is stored upper-cased. */
export const skuField = z
  .string()
  .trim()
  .min(1, "validation.required")
  .transform((v) => toLatinDigits(v).toUpperCase())
  .pipe(z.string().max(40, "validation.tooLong").regex(/^[A-Z0-9][A-Z0-9._-]*$/, "validation.skuFormat"));

/** A whole number from 0 to max, typed in any digits (forms send strings, callers numbers). */
export const wholeNumberField = (max = 1_000_000_000) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    const s = toLatinDigits(String(v)).replace(/[,٬\s]/g, "");
    if (s === "") {
      ctx.addIssue({ code: "custom", message: "validation.required" });
      return z.NEVER;
    }
    if (!/^\d+$/.test(s)) {
      ctx.addIssue({ code: "custom", message: "validation.wholeNumber" });
      return z.NEVER;
    }
    const n = Number(s);
    if (n > max) {
      ctx.addIssue({ code: "custom", message: "validation.tooLarge" });
      return z.NEVER;
    }
    return n;
  });

/** Points with up to two decimals ("5", "2.5", "۲٫۵") → hundredths of a point; empty means none. */
export const pointValueField = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const s = toLatinDigits(String(v)).replace(/[,٬\s]/g, "").replace(/٫/g, ".");
  if (s === "") return 0n;
  if (!/^\d+(\.\d{1,2})?$/.test(s)) {
    ctx.addIssue({ code: "custom", message: "validation.pointsInvalid" });
    return z.NEVER;
  }
  const [whole, fraction = ""] = s.split(".");
  if (whole!.length > 12) {
    ctx.addIssue({ code: "custom", message: "validation.tooLarge" });
    return z.NEVER;
  }
  return BigInt(whole!) * 100n + BigInt((fraction + "00").slice(0, 2));
});

/** Hundredths of a point → the decimal a form shows ("2.5" for 250, "5" for 500). */
export const pointsToDecimal = (hundredths: bigint): string => {
  const whole = hundredths / 100n;
  const fraction = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : whole.toString();
};

/** A select whose empty option means none. */
const optionalId = z.union([idField, z.literal("")]).nullish().transform((v) => v || null);

const position = wholeNumberField(100_000);

// ——— Warehouses, shipping methods, payment methods.

export const warehouseSchema = z
  .object({ code: codeField, name: localizedNameSchema(), active: z.boolean(), position })
  .strict();
export type WarehouseInput = z.input<typeof warehouseSchema>;
export type WarehouseData = z.output<typeof warehouseSchema>;

export const shippingMethodSchema = z
  .object({ code: codeField, name: localizedNameSchema(), price: moneyField, active: z.boolean(), position })
  .strict();
export type ShippingMethodInput = z.input<typeof shippingMethodSchema>;
export type ShippingMethodData = z.output<typeof shippingMethodSchema>;

export const paymentMethodSchema = z
  .object({
    code: codeField,
    name: localizedNameSchema(),
    kind: z.enum(PAYMENT_KINDS, "validation.optionInvalid"),
    active: z.boolean(),
    position,
  })
  .strict();
export type PaymentMethodInput = z.input<typeof paymentMethodSchema>;
export type PaymentMethodData = z.output<typeof paymentMethodSchema>;

// ——— Categories and brands.

export const categorySchema = z
  .object({ code: codeField, name: localizedNameSchema(), parentId: optionalId, position })
  .strict();
export type CategoryInput = z.input<typeof categorySchema>;
export type CategoryData = z.output<typeof categorySchema>;

export const brandSchema = z.object({ code: codeField, name: localizedNameSchema() }).strict();
export type BrandInput = z.input<typeof brandSchema>;
export type BrandData = z.output<typeof brandSchema>;

// ——— Products.

const localizedDescription = z
  .object({
    fa: z.string().trim().max(4000, "validation.tooLong"),
    ar: z.string().trim().max(4000, "validation.tooLong"),
    en: z.string().trim().max(4000, "validation.tooLong"),
  })
  .strict();

export const stockRowSchema = z.object({ warehouseId: idField, quantity: wholeNumberField() }).strict();

export const productSchema = z
  .object({
    sku: skuField,
    name: localizedNameSchema(200),
    description: localizedDescription,
    price: moneyField,
    pointValue: pointValueField,
    categoryId: optionalId,
    brandId: optionalId,
    active: z.boolean(),
    /** One row per warehouse the form shows; a warehouse left out keeps its stock. */
    stock: z
      .array(stockRowSchema)
      .max(200)
      .superRefine((rows, ctx) => {
        const seen = new Set<string>();
        rows.forEach((r, i) => {
          if (seen.has(r.warehouseId)) ctx.addIssue({ code: "custom", path: [i, "warehouseId"], message: "validation.duplicate" });
          seen.add(r.warehouseId);
        });
      }),
  })
  .strict();
export type ProductInput = z.input<typeof productSchema>;
export type ProductData = z.output<typeof productSchema>;

// ——— Updates, deletes and the product list.

export const catalogIdSchema = z.object({ id: idField }).strict();
export const withId = <T extends z.ZodRawShape>(schema: z.ZodObject<T>) => schema.extend({ id: idField }).strict();

export const warehouseUpdateSchema = withId(warehouseSchema);
export const shippingMethodUpdateSchema = withId(shippingMethodSchema);
export const paymentMethodUpdateSchema = withId(paymentMethodSchema);
export const categoryUpdateSchema = withId(categorySchema);
export const brandUpdateSchema = withId(brandSchema);
export const productUpdateSchema = withId(productSchema);

export const productSetActiveSchema = z.object({ id: idField, active: z.boolean() }).strict();

/** The list's filters, as the URL holds them: a stale value is dropped rather than failing the page. */
export const productFilterSchema = z
  .object({
    q: z.string().max(100).optional().transform((v) => (v ? normalizeText(v) : undefined) || undefined),
    category: idField.optional().catch(undefined),
    brand: idField.optional().catch(undefined),
  })
  .strip();
export type ProductFilterInput = z.input<typeof productFilterSchema>;

export const productListSchema = z
  .object({
    filter: productFilterSchema.prefault({}),
    /** The createdAt and id of the last row of the previous page (keyset paging). */
    cursor: z.object({ createdAt: z.date(), id: idField }).strict().nullish(),
    limit: z.number().int().min(1).max(100).default(50),
    /** Sent by tRPC's infinite queries. */
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
export type ProductListInput = z.input<typeof productListSchema>;

// ——— Store settings.

export const storeSettingsSchema = z.object({ currency: z.enum(CURRENCY_CODES as [Currency, ...Currency[]], "validation.optionInvalid") }).strict();
export type StoreSettings = z.output<typeof storeSettingsSchema>;
