import "server-only";
import { router, adminProcedure } from "../trpc";
import { auditFilterSchema } from "@/lib/schemas/audit";
import { listAudit } from "../services/audit";

const DAY = 24 * 60 * 60 * 1000;

export const auditRouter = router({
  list: adminProcedure("audit.read")
    .input(auditFilterSchema)
    .query(({ ctx, input }) => listAudit(ctx.db, { ...input, to: input.to && new Date(input.to.getTime() + DAY) })),
});
