import "server-only";
import { router, adminProcedure } from "../trpc";
import { storeSettingsSchema } from "@/lib/schemas/catalog";
import { currencyLocked, storeSettings, updateStoreSettings } from "../services/store-settings";

// Settings → store: the currency prices are entered and stored in; `locked` once amounts exist.

const withLock = async (db: Parameters<typeof storeSettings>[0]) => ({ ...(await storeSettings(db)), locked: await currencyLocked(db) });

export const storeSettingsRouter = router({
  get: adminProcedure("settings.read").query(({ ctx }) => withLock(ctx.db)),
  update: adminProcedure("settings.write")
    .input(storeSettingsSchema)
    .mutation(async ({ ctx, input }) => {
      await updateStoreSettings(ctx.db, ctx.actor, input);
      return withLock(ctx.db);
    }),
});
