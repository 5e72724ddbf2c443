import "server-only";
import { router, customerProcedure } from "../trpc";
import { passwordChangeSchema, profileUpdateSchema } from "@/lib/schemas/profile";
import { changePassword, getProfile, updateProfile } from "../services/profile";

const ownProfile = customerProcedure("account.profile");

export const profileRouter = router({
  get: ownProfile.query(({ ctx }) => getProfile(ctx.db, ctx.userId)),
  update: ownProfile.input(profileUpdateSchema).mutation(async ({ ctx, input }) => {
    await updateProfile(ctx.db, ctx.userId, input);
    return getProfile(ctx.db, ctx.userId);
  }),
  changePassword: ownProfile.input(passwordChangeSchema).mutation(async ({ ctx, input }) => {
    await changePassword(ctx.db, ctx.userId, input.currentPassword, input.newPassword);
    return { changed: true };
  }),
});
