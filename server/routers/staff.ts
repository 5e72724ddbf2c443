import "server-only";
import { router, adminProcedure } from "../trpc";
import { staffActiveSchema, staffCreateSchema, staffListSchema } from "@/lib/schemas/staff";
import { createStaff, listStaff, setStaffActive } from "../services/staff";


export const staffRouter = router({
  list: adminProcedure("staff.read").input(staffListSchema).query(({ ctx, input }) => listStaff(ctx.db, input.limit, input.cursor ?? undefined)),
  create: adminProcedure("staff.write").input(staffCreateSchema).mutation(async ({ ctx, input }) => {
    const user = await createStaff(ctx.db, ctx.actor, input);
    return { id: user.id };
  }),
  setActive: adminProcedure("staff.write")
    .input(staffActiveSchema)
    .mutation(({ ctx, input }) => setStaffActive(ctx.db, ctx.actor, input.userId, input.active)),
});
