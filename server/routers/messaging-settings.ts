import "server-only";
import { z } from "zod";
import { router, adminProcedure } from "../trpc";
import { messagingSettingsSchema, testSendSchema } from "@/lib/schemas/delivery";
import { messagingSettingsView, updateMessagingSettings } from "../services/delivery/settings";
import { sendTestMessage } from "../services/delivery/admin";

// Settings → e-mail and SMS (issue 10). Secrets are write-only: `get` never returns them.
const locale = z.enum(["fa", "ar", "en"]).default("fa");

export const messagingSettingsRouter = router({
  get: adminProcedure("settings.read").query(({ ctx }) => messagingSettingsView(ctx.db)),
  update: adminProcedure("settings.write")
    .input(messagingSettingsSchema)
    .mutation(({ ctx, input }) => updateMessagingSettings(ctx.db, ctx.actor, input)),
  /** Sends the test template through one transport now; answers the provider's error when it fails. */
  sendTest: adminProcedure("settings.write")
    .input(z.intersection(testSendSchema, z.object({ locale })))
    .mutation(({ ctx, input }) => sendTestMessage(ctx.db, ctx.actor, input)),
});
