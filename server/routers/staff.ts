import "server-only";
import { router, adminProcedure } from "../trpc";
import { staffActiveSchema, staffCreateSchema, staffListSchema } from "@/lib/schemas/staff";
import { createStaff, listStaff, setStaffActive } from "../services/staff";

const actorOf = (ctx: { userId: string; ip: string | null }) => ({ userId: ctx.userId, ip: ctx.ip });

export const staffRouter = router({
  list: adminProcedure("staff.read").input(staffListSchema).query(({ ctx, input }) => listStaff(ctx.db, input.limit, input.cursor ?? undefined)),
  create: adminProcedure("staff.write").input(staffCreateSchema).mutation(async ({ ctx, input }) => {
    const user = await createStaff(ctx.db, actorOf(ctx), input);
    return { id: user.id };
  }),
  setActive: adminProcedure("staff.write")
    .input(staffActiveSchema)
    .mutation(({ ctx, input }) => setStaffActive(ctx.db, actorOf(ctx), input.userId, input.active)),
});
