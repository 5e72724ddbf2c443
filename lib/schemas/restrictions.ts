import { z } from "zod";
import { idField } from "./common";

// Group restrictions: the checkout options a group has switched off. Everything is on unless
// listed here; the form and the procedure share these schemas.

const idList = z
  .array(idField)
  .max(500)
  .transform((ids) => [...new Set(ids)]);

export const restrictionGroupSchema = z.object({ groupId: idField }).strict();

/** The options of one group switched off, per kind; whatever is not listed is allowed. */
export const restrictionUpdateSchema = z
  .object({
    groupId: idField,
    disabled: z.object({ warehouses: idList, shippingMethods: idList, paymentMethods: idList }).strict(),
  })
  .strict();
export type RestrictionUpdateInput = z.input<typeof restrictionUpdateSchema>;
export type RestrictionUpdateData = z.output<typeof restrictionUpdateSchema>;

/** The kinds of option, as the form names them and as GroupRestriction.target stores them. */
export const RESTRICTION_KINDS = {
  warehouses: "WAREHOUSE",
  shippingMethods: "SHIPPING_METHOD",
  paymentMethods: "PAYMENT_METHOD",
} as const;
export type RestrictionKind = keyof typeof RESTRICTION_KINDS;
export const RESTRICTION_KIND_KEYS = Object.keys(RESTRICTION_KINDS) as RestrictionKind[];

export const effectiveRulesSchema = z.object({ customerId: idField }).strict();
