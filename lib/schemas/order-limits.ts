import { z } from "zod";
import { idField, requiredText, wholeNumberInRange as wholeNumber } from "./common";

// Order limits (R-2, seed 003 محدودیت سفارش): "at most maxItems of these items in windowHours hours"
// for one customer group. The form and the procedures share these schemas.

export const MAX_WINDOW_HOURS = 8760; // one year
const MAX_ITEMS = 1_000_000;


const idList = z
  .array(idField)
  .max(500)
  .transform((ids) => [...new Set(ids)]);

const fields = {
  name: requiredText(120),
  active: z.boolean(),
  groupId: z.string().min(1, "validation.pickGroup").pipe(idField),
  maxItems: wholeNumber(1, MAX_ITEMS, "validation.limitMaxItems"),
  windowHours: wholeNumber(1, MAX_WINDOW_HOURS, "validation.limitWindowHours"),
  productIds: idList,
  categoryIds: idList,
  brandIds: idList,
};

/** A limit needs items: at least one product, category or brand (the error goes on "items"). */
const needsItems = (v: { productIds: string[]; categoryIds: string[]; brandIds: string[] }, ctx: z.RefinementCtx) => {
  if (v.productIds.length + v.categoryIds.length + v.brandIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["items"], message: "validation.limitItemsRequired" });
  }
};

export const orderLimitSchema = z.object(fields).strict().superRefine(needsItems);
export type OrderLimitInput = z.input<typeof orderLimitSchema>;
export type OrderLimitData = z.output<typeof orderLimitSchema>;

export const orderLimitUpdateSchema = z.object({ id: idField, ...fields }).strict().superRefine(needsItems);
export type OrderLimitUpdateData = z.output<typeof orderLimitUpdateSchema>;

export const orderLimitIdSchema = z.object({ id: idField }).strict();
export const orderLimitActiveSchema = z.object({ id: idField, active: z.boolean() }).strict();

export const orderLimitListSchema = z
  .object({
    groupId: idField.optional(),
    active: z.boolean().optional(),
    /** The (createdAt, id) of the last row of the previous page. */
    cursor: z.object({ createdAt: z.date(), id: idField }).strict().nullish(),
    limit: z.number().int().min(1).max(100).default(50),
    /** Sent by tRPC's infinite queries. */
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
export type OrderLimitListInput = z.input<typeof orderLimitListSchema>;

export const productSearchSchema = z.object({ q: z.string().max(100) }).strict();

/** The form field names, in the order the form shows them (server errors go beside these). */
export const ORDER_LIMIT_FIELDS = ["name", "active", "groupId", "maxItems", "windowHours", "items", "productIds", "categoryIds", "brandIds"] as const;
