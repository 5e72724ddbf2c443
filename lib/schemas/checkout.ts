import { z } from "zod";
import { moneyField } from "../money";
import { idField } from "./common";

// Checkout (issue 6): the form and checkout.place share this schema. payNow is typed in major units
// (as people write amounts); empty means "the least the group allows". The server converts it to
// minor units in the store's currency and checks its bounds.

const chosen = z.string("validation.required").trim().min(1, "validation.required").pipe(idField);

export const checkoutSchema = z
  .object({
    addressId: chosen,
    warehouseId: chosen,
    shippingMethodId: chosen,
    paymentMethodId: chosen,
    payNow: z
      .union([z.string(), z.number()])
      .optional()
      .transform((v) => (v === undefined || String(v).trim() === "" ? undefined : v))
      .pipe(moneyField.optional()),
  })
  .strict();
export type CheckoutInput = z.input<typeof checkoutSchema>;
export type CheckoutData = z.output<typeof checkoutSchema>;

export const orderIdSchema = z.object({ orderId: idField }).strict();

/** The simulated gateway's answer (the test provider); a real gateway sends its own callback fields. */
export const paymentConfirmSchema = z
  .object({ paymentId: idField, outcome: z.enum(["succeeded", "failed"]).default("succeeded") })
  .strict();
