import { z } from "zod";
import { idField, optionalEmailField, optionalMobileField, passwordField, requiredText, usernameField } from "./common";

export const staffCreateSchema = z
  .object({
    name: requiredText(120),
    username: usernameField,
    email: optionalEmailField,
    mobile: optionalMobileField,
    password: passwordField,
    roleIds: z.array(idField).min(1, "validation.pickRole").max(50),
  })
  .strict();
export type StaffCreateInput = z.input<typeof staffCreateSchema>;
export type StaffCreateData = z.output<typeof staffCreateSchema>;

export const staffActiveSchema = z.object({ userId: idField, active: z.boolean() }).strict();

export const staffListSchema = z
  .object({
    cursor: z.object({ createdAt: z.date(), id: idField }).strict().nullish(),
    limit: z.number().int().min(1).max(100).default(25),
    /** Sent by tRPC's infinite queries. */
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
