import "server-only";
import { router, publicProcedure } from "../trpc";
import { signUpSchema } from "@/lib/schemas/auth";
import { signUp } from "../services/users";

export const authRouter = router({
  /** A visitor creates their account: user, customer and the default role at once. */
  signUp: publicProcedure.input(signUpSchema).mutation(async ({ ctx, input }) => {
    const { customerId } = await signUp(ctx.db, input);
    return { customerId };
  }),
});
