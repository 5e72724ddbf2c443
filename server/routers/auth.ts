import "server-only";
import { router, publicProcedure } from "../trpc";
import { listCustomFields } from "../services/custom-fields";
import { signUpSchema } from "@/lib/schemas/auth";
import { signUp } from "../services/users";
import { LIMITS, consume } from "../services/rate-limit";

export const authRouter = router({
  /** A visitor creates their account: user, customer and the default role at once. */
  signUp: publicProcedure.input(signUpSchema).mutation(async ({ ctx, input }) => {
    // Without a forwarded address (no proxy in front) there is no one to count.
    if (ctx.ip) await consume(ctx.db, LIMITS.signUpPerIp, ctx.ip);
    const { customerId, pending } = await signUp(ctx.db, input);
    return { customerId, pending };
  }),
  /** The custom fields the sign-up form asks for (C-6). */
  signUpFields: publicProcedure.query(({ ctx }) => listCustomFields(ctx.db, { signUpOnly: true })),
});
