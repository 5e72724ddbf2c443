import { z } from "zod";
import { idField } from "./common";

// The customer's cart (issue 6). A quantity of 0 removes the line.

export const MAX_LINE_QUANTITY = 99;

export const cartQuantityField = z.coerce
  .number("validation.invalid")
  .int("validation.wholeNumber")
  .min(0, "validation.cartQuantityRange")
  .max(MAX_LINE_QUANTITY, "validation.cartQuantityRange");

export const cartSetSchema = z.object({ productId: idField, quantity: cartQuantityField }).strict();
export type CartSetInput = z.input<typeof cartSetSchema>;

export const cartProductSchema = z.object({ productId: idField }).strict();

/** For calls without arguments: strict, so stray fields (another customer's id) are refused, not ignored. */
export const noInputSchema = z.object({}).strict().optional();
