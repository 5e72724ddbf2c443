import "server-only";
import { router, adminProcedure } from "../trpc";
import { auditFilterSchema } from "@/lib/schemas/audit";
import { nextDay, startOfDayIn } from "@/lib/format";
import { listAudit } from "../services/audit";

export const auditRouter = router({
  list: adminProcedure("audit.read")
    .input(auditFilterSchema)
    .query(({ ctx, input: { from, to, timeZone, ...filter } }) =>
      listAudit(ctx.db, {
        ...filter,
        from: from ? startOfDayIn(from, timeZone) : undefined,
        to: to ? startOfDayIn(nextDay(to), timeZone) : undefined,
      }),
    ),
});
