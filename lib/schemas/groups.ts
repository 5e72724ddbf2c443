import { z } from "zod";
import { moneyField } from "../money";
import { normalizeText, toLatinDigits } from "../normalize";
import { idField, requiredText } from "./common";

// Customer groups (G-1, G-2): one schema per form and procedure, shared by both.

/** A whole percentage 0–100, typed in any digits ("۵۰", "50"). */
export const percentField = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const s = toLatinDigits(String(v)).trim().replace(/٫/g, ".");
  if (s === "") {
    ctx.addIssue({ code: "custom", message: "validation.required" });
    return z.NEVER;
  }
  const n = Number(s);
  if (!/^-?\d+(\.\d+)?$/.test(s) || !Number.isInteger(n) || n < 0 || n > 100) {
    ctx.addIssue({ code: "custom", message: "validation.percentRange" });
    return z.NEVER;
  }
  return n;
});

const groupFields = {
  name: requiredText(80),
  /** Shown in the panel only. */
  description: z.string().trim().max(500, "validation.tooLong"),
  paymentPercent: percentField,
  /** Major units as typed; the service converts with the store's currency (0 = no minimum). */
  minOrderAmount: moneyField,
  showPrices: z.boolean(),
};

export const groupCreateSchema = z.object(groupFields).strict();
export type GroupFormInput = z.input<typeof groupCreateSchema>;
export type GroupFormData = z.output<typeof groupCreateSchema>;

export const groupUpdateSchema = z.object({ id: idField, ...groupFields }).strict();
export type GroupUpdateData = z.output<typeof groupUpdateSchema>;

export const groupIdSchema = z.object({ id: idField }).strict();

export const groupListSchema = z
  .object({
    /** The name and id of the last row of the previous page (keyset paging by name, id). */
    cursor: z.object({ name: z.string().max(200), id: idField }).strict().nullish(),
    limit: z.number().int().min(1).max(100).default(50),
    /** Sent by tRPC's infinite queries. */
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();

/** What happens to a deleted group's members: moved to another group, or only taken out of this one. */
export const MEMBER_FATES = ["move", "remove"] as const;

export const groupDeleteSchema = z
  .object({
    id: idField,
    /** Required when the group has members. */
    members: z.enum(MEMBER_FATES, "validation.required").optional(),
    moveToGroupId: z.union([idField, z.literal("")]).optional().transform((v) => v || undefined),
  })
  .strict()
  .refine((v) => v.members !== "move" || v.moveToGroupId, { path: ["moveToGroupId"], message: "validation.pickGroup" })
  .refine((v) => v.moveToGroupId !== v.id, { path: ["moveToGroupId"], message: "validation.pickGroup" });
export type GroupDeleteInput = z.input<typeof groupDeleteSchema>;

/** The default group for new customers; null stops having one. */
export const defaultGroupSchema = z.object({ groupId: idField.nullable() }).strict();

/** A search inside customers, normalised like the customer list's (Persian/Arabic letters, digits). */
const searchField = z
  .string()
  .max(100)
  .optional()
  .transform((v) => (v ? normalizeText(v) : undefined) || undefined);

export const groupMembersSchema = z
  .object({
    groupId: idField,
    q: searchField,
    /** The last customer id of the previous page (members page by customer id, newest customers first). */
    cursor: z.object({ id: idField }).strict().nullish(),
    limit: z.number().int().min(1).max(100).default(50),
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
export type GroupMembersInput = z.input<typeof groupMembersSchema>;

export const groupMemberChangeSchema = z
  .object({
    groupId: idField,
    customerIds: z
      .array(idField)
      .min(1, "validation.pickCustomers")
      .max(200)
      .transform((ids) => [...new Set(ids)]),
  })
  .strict();
export type GroupMemberChangeInput = z.input<typeof groupMemberChangeSchema>;

export const groupCandidatesSchema = z.object({ groupId: idField, q: searchField }).strict();
