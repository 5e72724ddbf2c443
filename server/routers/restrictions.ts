import "server-only";
import { router, adminProcedure } from "../trpc";
import { effectiveRulesSchema, restrictionGroupSchema, restrictionUpdateSchema } from "@/lib/schemas/restrictions";
import { customerEffectiveRules, groupRestrictions, listGroups, updateRestrictions } from "../services/restrictions";

// Per-group switches for checkout options, and the rules a customer ends up with.

const read = adminProcedure("restrictions.read");

export const restrictionsRouter = router({
  /** The groups to pick from. */
  groups: read.query(({ ctx }) => listGroups(ctx.db)),
  get: read.input(restrictionGroupSchema).query(({ ctx, input }) => groupRestrictions(ctx.db, input.groupId)),
  update: adminProcedure("restrictions.write")
    .input(restrictionUpdateSchema)
    .mutation(({ ctx, input }) => updateRestrictions(ctx.db, ctx.actor, input)),
  /** What a customer's groups decide for them, for the customer card. */
  effective: adminProcedure("customers.read")
    .input(effectiveRulesSchema)
    .query(({ ctx, input }) => customerEffectiveRules(ctx.db, input.customerId)),
});
