import { z } from "zod";

/**
 * The honeypot every public form carries (issue 9): a field hidden from people (components/ui/
 * honeypot-field.tsx) that form-filling bots fill. The schema accepts any short value so a bot gets
 * the normal "thank you"; the server stores nothing when it is filled (isBot).
 */
export const HONEYPOT_FIELD = "website";
export const honeypotField = z.string().max(200, "validation.tooLong").default("");

export const isBot = (honeypot: string | undefined) => !!honeypot && honeypot.trim() !== "";
