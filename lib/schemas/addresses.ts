import { z } from "zod";
import { toLatinDigits } from "../normalize";
import { idField, mobileField, requiredText } from "./common";
import type { AddressCapture } from "./customers";

// The account area's address book (C-8). The store's address-capture setting decides the form:
// national address fields (Iran's 10-digit postal code, or the Saudi national address with its
// 5-digit postal code and 4-digit building and additional numbers) or a location picked on a map.

const optional = (max: number) => z.string().trim().max(max, "validation.tooLong").transform((v) => (v === "" ? null : v));
const digits = (pattern: RegExp, message: string, required: boolean) =>
  z
    .string()
    .trim()
    .transform((v) => toLatinDigits(v).replace(/[\s-]/g, ""))
    .superRefine((v, ctx) => {
      if (v === "" ? required : !pattern.test(v)) ctx.addIssue({ code: "custom", message: v === "" ? "validation.required" : message });
    })
    .transform((v) => (v === "" ? null : v));

const coordinate = (min: number, max: number, required: boolean) =>
  z
    .union([z.number(), z.string()])
    .transform((v) => (typeof v === "number" ? v : v.trim() === "" ? null : Number(toLatinDigits(v).replace("٫", "."))))
    .superRefine((v, ctx) => {
      if (v === null ? required : !(Number.isFinite(v) && v >= min && v <= max)) {
        ctx.addIssue({ code: "custom", message: v === null ? "validation.required" : "validation.coordinateInvalid" });
      }
    });

const common = {
  title: requiredText(60),
  recipientName: requiredText(120),
  mobile: mobileField,
  isDefault: z.boolean().default(false),
};

export function addressSchema(mode: AddressCapture) {
  const national = mode === "national";
  return z
    .object({
      ...common,
      province: optional(80),
      city: national ? requiredText(80) : optional(80),
      district: optional(80),
      street: national ? requiredText(160) : optional(160),
      buildingNumber: optional(20),
      unit: optional(20),
      postalCode: digits(/^(\d{10}|\d{5})$/, "validation.postalCodeInvalid", national),
      additionalNumber: digits(/^\d{4}$/, "validation.additionalNumberInvalid", false),
      details: national ? optional(300) : requiredText(300),
      latitude: coordinate(-90, 90, !national),
      longitude: coordinate(-180, 180, !national),
    })
    .strict();
}
export type AddressInput = z.input<ReturnType<typeof addressSchema>>;
export type AddressData = z.output<ReturnType<typeof addressSchema>>;

/** The procedure's input: the mode is checked against the setting on the server. */
export const addressWriteSchema = z.object({ id: idField.optional(), address: z.record(z.string(), z.unknown()) }).strict();
export const addressIdSchema = z.object({ id: idField }).strict();
