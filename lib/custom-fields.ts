import { z } from "zod";
import { toLatinDigits } from "./normalize";
import { isCalendarDay } from "./format";

// Custom fields (C-6) are defined by admins, so the schema of their values is built from the
// definitions — the same function on the form and in the service.

export const CUSTOM_FIELD_TYPES = ["TEXT", "NUMBER", "DATE", "SELECT", "MULTI_SELECT", "BOOLEAN"] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
export type LocalizedLabel = { fa: string; ar: string; en: string };

export interface CustomFieldDef {
  id: string;
  label: LocalizedLabel;
  type: CustomFieldType;
  options: { value: string; label: LocalizedLabel }[];
  required: boolean;
  showAtSignUp: boolean;
}

export type CustomFieldValue = string | number | boolean | string[];
export type CustomFieldValues = Record<string, CustomFieldValue>;

/** Empty means "no value": blank text, null, undefined, [] (and false for an optional yes/no). */
const isEmpty = (v: unknown) =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);

function valueSchema(def: CustomFieldDef) {
  const values = def.options.map((o) => o.value);
  switch (def.type) {
    case "TEXT":
      return z.string().trim().max(500, "validation.tooLong");
    case "NUMBER":
      return z
        .union([z.number(), z.string()])
        // Thousands separators (, ٬) are dropped and the Persian decimal mark (٫) is a point, as in the list's filters.
        .transform((v) => (typeof v === "number" ? v : Number(toLatinDigits(v).trim().replace(/[,٬]/g, "").replace(/٫/g, "."))))
        .pipe(z.number("validation.numberInvalid").finite("validation.numberInvalid").min(-1e12).max(1e12, "validation.numberInvalid"));
    case "DATE":
      return z.string().refine(isCalendarDay, "validation.dateInvalid");
    case "SELECT":
      return z.string().refine((v) => values.includes(v), "validation.optionInvalid");
    case "MULTI_SELECT":
      return z.array(z.string().refine((v) => values.includes(v), "validation.optionInvalid")).max(100, "validation.optionInvalid").transform((a) => [...new Set(a)]);
    case "BOOLEAN":
      return z.boolean("validation.invalid");
  }
}

/**
 * The values object for these definitions: unknown keys are refused, a required field must have a
 * value, and empty optional values are dropped (so "no value" is stored as absence).
 */
export function customFieldValuesSchema(defs: CustomFieldDef[]) {
  return z
    .record(z.string(), z.unknown())
    .default({})
    .transform((raw, ctx) => {
      const out: CustomFieldValues = {};
      for (const key of Object.keys(raw)) {
        if (!defs.some((d) => d.id === key)) ctx.addIssue({ code: "custom", path: [key], message: "validation.invalid" });
      }
      for (const def of defs) {
        const v = raw[def.id];
        if (isEmpty(v) || (def.type === "BOOLEAN" && v === false && !def.required)) {
          if (def.required && def.type !== "BOOLEAN") ctx.addIssue({ code: "custom", path: [def.id], message: "validation.required" });
          if (def.type === "BOOLEAN" && def.required) out[def.id] = false;
          continue;
        }
        const parsed = valueSchema(def).safeParse(v);
        if (!parsed.success) {
          ctx.addIssue({ code: "custom", path: [def.id], message: parsed.error.issues[0]?.message ?? "validation.invalid" });
          continue;
        }
        if (def.type === "TEXT" && parsed.data === "") {
          if (def.required) ctx.addIssue({ code: "custom", path: [def.id], message: "validation.required" });
          continue;
        }
        out[def.id] = parsed.data as CustomFieldValue;
      }
      return out;
    });
}

export const labelIn = (label: LocalizedLabel, locale: string) =>
  label[locale as keyof LocalizedLabel] || label.fa || label.en || label.ar;
