import "server-only";
import { router, adminProcedure } from "../trpc";
import { customerSettingsSchema } from "@/lib/schemas/customers";
import { customerSettings, updateCustomerSettings } from "../services/customer-settings";

export const customerSettingsRouter = router({
  get: adminProcedure("settings.read").query(({ ctx }) => customerSettings(ctx.db)),
  update: adminProcedure("settings.write")
    .input(customerSettingsSchema)
    .mutation(async ({ ctx, input }) => {
      await updateCustomerSettings(ctx.db, ctx.actor, input);
      return customerSettings(ctx.db);
    }),
});
