import "server-only";
import { router, adminProcedure } from "../trpc";
import {
  defaultGroupSchema,
  groupCandidatesSchema,
  groupCreateSchema,
  groupDeleteSchema,
  groupIdSchema,
  groupListSchema,
  groupMemberChangeSchema,
  groupMembersSchema,
  groupUpdateSchema,
} from "@/lib/schemas/groups";
import {
  createGroup,
  deleteGroup,
  groupDeletePreview,
  groupForEdit,
  groupOptions,
  groupsSummary,
  listGroups,
  setDefaultGroup,
  updateGroup,
} from "../services/groups";
import { addMembers, listMembers, memberCandidates, removeMembers } from "../services/group-members";

// Customer groups and their members (G-1, G-2). Each procedure names the permission it needs.

const read = adminProcedure("groups.read");
const write = adminProcedure("groups.write");

export const groupsRouter = router({
  list: read.input(groupListSchema).query(({ ctx, input }) => listGroups(ctx.db, input)),
  options: read.query(({ ctx }) => groupOptions(ctx.db)),
  summary: read.query(({ ctx }) => groupsSummary(ctx.db)),
  forEdit: read.input(groupIdSchema).query(({ ctx, input }) => groupForEdit(ctx.db, input.id)),
  deletePreview: read.input(groupIdSchema).query(({ ctx, input }) => groupDeletePreview(ctx.db, input.id)),
  create: write.input(groupCreateSchema).mutation(({ ctx, input }) => createGroup(ctx.db, ctx.actor, input)),
  update: write.input(groupUpdateSchema).mutation(({ ctx, input }) => updateGroup(ctx.db, ctx.actor, input)),
  setDefault: write.input(defaultGroupSchema).mutation(({ ctx, input }) => setDefaultGroup(ctx.db, ctx.actor, input.groupId)),
  delete: adminProcedure("groups.delete").input(groupDeleteSchema).mutation(({ ctx, input }) => deleteGroup(ctx.db, ctx.actor, input)),
  /** Members by name and username; their mobile numbers only for staff who may read customers. */
  members: read.input(groupMembersSchema).query(async ({ ctx, input }) => {
    const page = await listMembers(ctx.db, input);
    if (ctx.session.permissions.includes("customers.read")) return page;
    return { ...page, rows: page.rows.map((r) => ({ ...r, mobile: null })) };
  }),
  /** The "add user" picker: it lists customers, so only those who may add them search it. */
  candidates: write.input(groupCandidatesSchema).query(({ ctx, input }) => memberCandidates(ctx.db, input.groupId, input.q)),
  addMembers: write.input(groupMemberChangeSchema).mutation(({ ctx, input }) => addMembers(ctx.db, ctx.actor, input.groupId, input.customerIds)),
  removeMembers: write.input(groupMemberChangeSchema).mutation(({ ctx, input }) => removeMembers(ctx.db, ctx.actor, input.groupId, input.customerIds)),
});
