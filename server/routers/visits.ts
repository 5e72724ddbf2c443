import "server-only";
import { router, customerProcedure } from "../trpc";
import { visitSchema } from "@/lib/schemas/customers";
import { recordVisit } from "../services/visits";

export const visitsRouter = router({
  /** One account-area page view from the website or the app (C-4 visit statistics). */
  record: customerProcedure("account.profile")
    .input(visitSchema)
    .mutation(async ({ ctx, input }) => {
      // A staff member viewing as the customer is not the customer visiting.
      if (!ctx.session.impersonatorId) await recordVisit(ctx.db, ctx.customerId, input.source);
      return { ok: true };
    }),
});
