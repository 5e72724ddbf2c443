import "server-only";
import { router, adminProcedure } from "../trpc";
import {
  defaultRoleSchema,
  memberAddSchema,
  memberRemoveSchema,
  roleDeleteSchema,
  roleFormSchema,
  roleMembersSchema,
  roleUpdateSchema,
  userRolesSchema,
} from "@/lib/schemas/roles";
import { idField } from "@/lib/schemas/common";
import { z } from "zod";
import {
  addMember,
  createRole,
  deleteRole,
  getRole,
  listMembers,
  listRoles,
  removeMember,
  setDefaultRole,
  setUserRoles,
  updateRole,
} from "../services/role-admin";

const read = adminProcedure("roles.read");
const write = adminProcedure("roles.write");

export const rolesRouter = router({
  list: read.query(({ ctx }) => listRoles(ctx.db)),
  get: read.input(z.object({ id: idField }).strict()).query(({ ctx, input }) => getRole(ctx.db, input.id)),
  members: read.input(roleMembersSchema).query(({ ctx, input }) => listMembers(ctx.db, input.roleId, input.limit, input.cursor ?? undefined)),

  create: write.input(roleFormSchema).mutation(({ ctx, input }) => createRole(ctx.db, ctx.actor, input)),
  update: write.input(roleUpdateSchema).mutation(({ ctx, input: { id, ...data } }) => updateRole(ctx.db, ctx.actor, id, data)),
  delete: write.input(roleDeleteSchema).mutation(({ ctx, input }) => deleteRole(ctx.db, ctx.actor, input.id, input.moveToRoleId)),
  setDefault: write.input(defaultRoleSchema).mutation(({ ctx, input }) => setDefaultRole(ctx.db, ctx.actor, input.roleId)),
  addMember: write.input(memberAddSchema).mutation(({ ctx, input }) => addMember(ctx.db, ctx.actor, input.roleId, input.identifier)),
  removeMember: write.input(memberRemoveSchema).mutation(({ ctx, input }) => removeMember(ctx.db, ctx.actor, input.roleId, input.userId)),
  /** A user's roles, staff or customer. */
  setUserRoles: write.input(userRolesSchema).mutation(({ ctx, input }) => setUserRoles(ctx.db, ctx.actor, input.userId, input.roleIds)),
});
