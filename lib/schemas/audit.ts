import { z } from "zod";
import { idField } from "./common";

const optionalText = z.string().trim().max(120, "validation.tooLong").optional().transform((v) => v || undefined);
/** A day as yyyy-mm-dd (the date input's value); "" means no limit. */
const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null;
    if (!day || Number.isNaN(day.getTime())) {
      ctx.addIssue({ code: "custom", message: "validation.dateInvalid" });
      return z.NEVER;
    }
    return day;
  });

export const auditFilterSchema = z
  .object({
    actor: optionalText,
    action: optionalText,
    targetType: optionalText,
    target: optionalText,
    from: optionalDay,
    /** Inclusive: the whole day. */
    to: optionalDay,
    cursor: z.object({ createdAt: z.date(), id: idField }).strict().optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .strict();
export type AuditFilterInput = z.input<typeof auditFilterSchema>;
