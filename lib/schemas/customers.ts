import { z } from "zod";
import { isValidNationalCode } from "../national-code";
import { TIME_ZONE, isCalendarDay } from "../format";
import { normalizeText, toLatinDigits } from "../normalize";
import { idField, optionalEmailField, optionalMobileField, passwordField, requiredText, usernameField } from "./common";

// Customers (C-1 … C-8): one schema per form and procedure, shared by both.

export const CUSTOMER_STATUSES = ["ACTIVE", "INACTIVE", "BLOCKED", "PENDING"] as const;
export const GENDERS = ["MALE", "FEMALE"] as const;
/** Why a customer is blocked: the list the block dialog offers; details go with it. */
export const BLOCK_REASONS = ["fraud", "abuse", "nonPayment", "fakeOrders", "spam", "other"] as const;
export const CUSTOMER_SORTS = ["createdAt", "name", "points", "wallet", "orders"] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** An optional text: empty means none. */
const optionalText = (max = 120) =>
  z.string().trim().max(max, "validation.tooLong").transform((v) => (v === "" ? null : v));

export const nationalCodeField = z
  .string()
  .trim()
  .transform((v) => toLatinDigits(v).replace(/[\s-]/g, ""))
  .refine((v) => v === "" || isValidNationalCode(v), "validation.nationalCodeInvalid")
  .transform((v) => (v === "" ? null : v));

/** A calendar day as yyyy-mm-dd (Gregorian; the picker shows the locale's calendar), not in the future. */
export const birthDateField = z
  .string()
  .trim()
  .refine((v) => v === "" || isCalendarDay(v), "validation.dateInvalid")
  .refine((v) => v === "" || (v >= "1900-01-01" && Date.parse(v) <= Date.now()), "validation.birthDateRange")
  .transform((v) => (v === "" ? null : v));

const genderField = z.union([z.enum(GENDERS), z.literal("")]).transform((v) => (v === "" ? null : v));

/** Custom field values are checked against their definitions in the service (lib/custom-fields.ts). */
const customFieldsField = z.record(z.string(), z.unknown()).default({});

const profileFields = {
  name: requiredText(120),
  gender: genderField,
  mobile: optionalMobileField,
  email: optionalEmailField,
  city: optionalText(80),
  nationalCode: nationalCodeField,
  birthDate: birthDateField,
  active: z.boolean(),
  groupIds: z.array(idField).max(50).transform((ids) => [...new Set(ids)]),
  customFields: customFieldsField,
};

export const customerCreateSchema = z
  .object({ username: usernameField, password: passwordField, ...profileFields })
  .strict();
export type CustomerCreateInput = z.input<typeof customerCreateSchema>;
export type CustomerCreateData = z.output<typeof customerCreateSchema>;

export const customerUpdateSchema = z.object({ id: idField, ...profileFields }).strict();
export type CustomerUpdateInput = z.input<typeof customerUpdateSchema>;
export type CustomerUpdateData = z.output<typeof customerUpdateSchema>;

export const customerIdSchema = z.object({ id: idField }).strict();

export const customerPasswordSchema = z.object({ id: idField, password: passwordField }).strict();
export const customerUsernameSchema = z.object({ id: idField, username: usernameField }).strict();

export const customerBlockSchema = z
  .object({
    id: idField,
    reason: z.enum(BLOCK_REASONS, "validation.required"),
    details: z.string().trim().max(500, "validation.tooLong"),
  })
  .strict()
  .refine((v) => v.reason !== "other" || v.details !== "", { path: ["details"], message: "validation.detailsRequired" });
export type CustomerBlockInput = z.input<typeof customerBlockSchema>;

export const customerNoteSchema = z.object({ customerId: idField, body: requiredText(2000) }).strict();
export type CustomerNoteInput = z.input<typeof customerNoteSchema>;

export const customerSmsSchema = z.object({ customerId: idField, body: requiredText(480) }).strict();
export type CustomerSmsInput = z.input<typeof customerSmsSchema>;

// ——— The list: filters and sort, as the URL holds them (strings) and as the procedure takes them.

/** The filters' names in the URL, in the order the filter form shows them. */
export const CUSTOMER_FILTER_KEYS = [
  "q", "status", "group", "from", "to", "city", "gender", "orders", "pointsMin", "pointsMax", "walletMin", "walletMax", "field", "option",
] as const;

const optionalDay = z.string().regex(isoDay).optional().catch(undefined);
const optionalAmount = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => {
    if (v === undefined || v === "") return undefined;
    const n = Number(toLatinDigits(String(v)).replace(/[,٬]/g, "").replace(/٫/g, ".").trim());
    // Beyond any balance (and beyond PostgreSQL's bigint once in hundredths): dropped like any stale value.
    return Number.isFinite(n) && Math.abs(n) <= 1e15 ? n : undefined;
  });

/**
 * A wallet bound in minor units, as the wallet column shows them: money is never a float (a fraction
 * of a minor unit, or a number beyond any balance, is dropped like any stale value).
 */
const optionalMinorUnits = z
  .union([z.string(), z.number(), z.bigint()])
  .optional()
  .transform((v) => {
    if (v === undefined || v === "") return undefined;
    const s = toLatinDigits(String(v)).replace(/[,٬\s]/g, "");
    return /^-?\d{1,15}$/.test(s) ? BigInt(s) : undefined;
  });

/**
 * The filter of the list and of bulk actions. Lenient on purpose: it is read from a bookmarked URL,
 * so a value that no longer makes sense is dropped rather than failing the page.
 */
export const customerFilterSchema = z
  .object({
    q: z.string().max(100).optional().transform((v) => (v ? normalizeText(v) : undefined) || undefined),
    status: z.enum(CUSTOMER_STATUSES).optional().catch(undefined),
    group: idField.optional().catch(undefined),
    /** Days of the reader's calendar: from 00:00 of `from` to the end of `to`, in `timeZone`. */
    from: optionalDay,
    to: optionalDay,
    timeZone: z.enum(Object.values(TIME_ZONE) as [string, ...string[]]).optional().catch(undefined),
    city: z.string().max(80).optional().transform((v) => (v ? normalizeText(v) : undefined) || undefined),
    gender: z.enum(GENDERS).optional().catch(undefined),
    orders: z.enum(["yes", "no"]).optional().catch(undefined),
    pointsMin: optionalAmount,
    pointsMax: optionalAmount,
    walletMin: optionalMinorUnits,
    walletMax: optionalMinorUnits,
    /** A select-type custom field and one of its option values. */
    field: idField.optional().catch(undefined),
    option: z.string().max(100).optional(),
  })
  .strip();
export type CustomerFilterInput = z.input<typeof customerFilterSchema>;
export type CustomerFilter = z.output<typeof customerFilterSchema>;

export const customerSortSchema = z.object({
  sort: z.enum(CUSTOMER_SORTS).default("createdAt").catch("createdAt"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
});

export const customerListSchema = z
  .object({
    filter: customerFilterSchema.prefault({}),
    sort: z.enum(CUSTOMER_SORTS).default("createdAt"),
    dir: z.enum(["asc", "desc"]).default("desc"),
    /** The sort value and id of the last row of the previous page (keyset paging). */
    cursor: z.object({ value: z.string().max(200), id: idField }).strict().nullish(),
    limit: z.number().int().min(1).max(100).default(50),
    /** Sent by tRPC's infinite queries. */
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
export type CustomerListInput = z.input<typeof customerListSchema>;

export const BULK_ACTIONS = ["addToGroup", "removeFromGroup", "activate", "deactivate"] as const;

export const customerBulkSchema = z
  .object({
    action: z.enum(BULK_ACTIONS),
    groupId: idField.optional(),
    /** The chosen rows, or every row matching `filter` when `ids` is absent. */
    ids: z.array(idField).min(1).max(1000).optional(),
    filter: customerFilterSchema.optional(),
  })
  .strict()
  .refine((v) => (v.action !== "addToGroup" && v.action !== "removeFromGroup") || v.groupId, {
    path: ["groupId"],
    message: "validation.pickGroup",
  })
  .refine((v) => v.ids || v.filter, { path: ["ids"], message: "validation.required" });
export type CustomerBulkInput = z.input<typeof customerBulkSchema>;

// ——— Custom field definitions (C-6).

const labelSchema = z
  .object({ fa: requiredText(80), ar: z.string().trim().max(80, "validation.tooLong"), en: z.string().trim().max(80, "validation.tooLong") })
  .strict();

export const customFieldSchema = z
  .object({
    label: labelSchema,
    type: z.enum(["TEXT", "NUMBER", "DATE", "SELECT", "MULTI_SELECT", "BOOLEAN"]),
    options: z
      .array(z.object({ value: z.string().trim().min(1, "validation.required").max(60, "validation.tooLong"), label: labelSchema }).strict())
      .max(50)
      .default([]),
    required: z.boolean(),
    showAtSignUp: z.boolean(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const select = v.type === "SELECT" || v.type === "MULTI_SELECT";
    if (select && v.options.length < 2) ctx.addIssue({ code: "custom", path: ["options"], message: "validation.optionsTooFew" });
    const seen = new Set<string>();
    v.options.forEach((o, i) => {
      if (seen.has(o.value)) ctx.addIssue({ code: "custom", path: ["options", i, "value"], message: "validation.optionDuplicate" });
      seen.add(o.value);
    });
  })
  .transform((v) => ({ ...v, options: v.type === "SELECT" || v.type === "MULTI_SELECT" ? v.options : [] }));
export type CustomFieldInput = z.input<typeof customFieldSchema>;

export const customFieldUpdateSchema = z.object({ id: idField, field: customFieldSchema }).strict();
export const customFieldOrderSchema = z.object({ ids: z.array(idField).min(1).max(200) }).strict();

// ——— Settings (C-8).

export const ADDRESS_CAPTURE = ["national", "map"] as const;
export type AddressCapture = (typeof ADDRESS_CAPTURE)[number];

export const customerSettingsSchema = z
  .object({ signUpApproval: z.boolean(), addressCapture: z.enum(ADDRESS_CAPTURE) })
  .strict();
export type CustomerSettings = z.output<typeof customerSettingsSchema>;

export const visitSchema = z.object({ source: z.enum(["WEB", "APP"]) }).strict();
