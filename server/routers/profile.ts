import "server-only";
import { TRPCError } from "@trpc/server";
import { router, customerProcedure } from "../trpc";
import type { Db } from "../db";
import { passwordChangeSchema, profileUpdateSchema } from "@/lib/schemas/profile";
import { changePassword, getProfile, updateProfile } from "../services/profile";

const ownProfile = customerProcedure("account.profile");
// Every customer has a referral code (issue 7, P-5), so the profile shows it to every customer.
const profileOf = (ctx: { db: Db; userId: string }) => getProfile(ctx.db, ctx.userId, { withReferralCode: true });

export const profileRouter = router({
  get: ownProfile.query(({ ctx }) => profileOf(ctx)),
  update: ownProfile.input(profileUpdateSchema).mutation(async ({ ctx, input }) => {
    await updateProfile(ctx.db, ctx.userId, input);
    return profileOf(ctx);
  }),
  changePassword: ownProfile.input(passwordChangeSchema).mutation(async ({ ctx, input }) => {
    // Viewing as a customer never touches their password (C-4).
    if (ctx.session.impersonatorId) throw new TRPCError({ code: "FORBIDDEN", message: "errors.impersonation.password" });
    await changePassword(ctx.db, ctx.userId, input.currentPassword, input.newPassword);
    return { changed: true };
  }),
});
