import { z } from "zod";
import { ALL_PERMISSIONS } from "../permissions";
import { idField, requiredText } from "./common";

export const roleFormSchema = z
  .object({
    name: requiredText(60),
    description: z.string().trim().max(300, "validation.tooLong"),
    permissions: z.array(z.enum(ALL_PERMISSIONS as [string, ...string[]], "validation.invalid")).max(ALL_PERMISSIONS.length),
  })
  .strict();
export type RoleFormInput = z.input<typeof roleFormSchema>;

export const roleUpdateSchema = roleFormSchema.extend({ id: idField }).strict();

export const roleDeleteSchema = z
  .object({
    id: idField,
    /** Where the role's users go; required when it still has users. */
    moveToRoleId: idField.optional(),
  })
  .strict();
export type RoleDeleteInput = z.input<typeof roleDeleteSchema>;

export const defaultRoleSchema = z.object({ roleId: idField }).strict();

export const roleMembersSchema = z
  .object({
    roleId: idField,
    cursor: z.object({ createdAt: z.date(), id: idField }).strict().nullish(),
    limit: z.number().int().min(1).max(100).default(25),
    /** Sent by tRPC's infinite queries. */
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();

export const memberAddSchema = z
  .object({
    roleId: idField,
    /** The user's username, e-mail or mobile number. */
    identifier: requiredText(254),
  })
  .strict();
export type MemberAddInput = z.input<typeof memberAddSchema>;

export const memberRemoveSchema = z.object({ roleId: idField, userId: idField }).strict();

export const userRolesSchema = z
  .object({
    userId: idField,
    roleIds: z.array(idField).min(1, "validation.pickRole").max(50),
  })
  .strict();
