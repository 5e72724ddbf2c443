import "server-only";
import { router, adminProcedure } from "../trpc";
import { inboxSettingsSchema } from "@/lib/schemas/inbox-settings";
import { inboxSettings, updateInboxSettings } from "../services/inbox-settings";

// Settings → inbox: response targets per priority and the attachment rules (issue 10).
export const inboxSettingsRouter = router({
  get: adminProcedure("settings.read").query(({ ctx }) => inboxSettings(ctx.db)),
  update: adminProcedure("settings.write")
    .input(inboxSettingsSchema)
    .mutation(({ ctx, input }) => updateInboxSettings(ctx.db, ctx.actor, input)),
});
