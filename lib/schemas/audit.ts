import { z } from "zod";
import { TIME_ZONE } from "../format";
import { idField } from "./common";

const optionalText = z.string().trim().max(120, "validation.tooLong").optional().transform((v) => v || undefined);
/** A day as yyyy-mm-dd (the date input's value); "" means no limit. */
const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), "validation.dateInvalid");

const zones = Object.values(TIME_ZONE) as [string, ...string[]];

export const auditFilterSchema = z
  .object({
    actor: optionalText,
    action: optionalText,
    targetType: optionalText,
    target: optionalText,
    /** Days are the reader's: from 00:00 of `from` to the end of `to`, in `timeZone`. */
    from: optionalDay,
    to: optionalDay,
    timeZone: z.enum(zones).default("UTC"),
    cursor: z.object({ createdAt: z.date(), id: idField }).strict().optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .strict();
