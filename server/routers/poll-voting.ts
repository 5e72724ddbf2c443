import "server-only";
import { router, customerProcedure, publicProcedure, type Context } from "../trpc";
import { myPollsSchema, pollAnswerSchema, pollIdSchema } from "@/lib/schemas/polls";
import { answerPoll, myPolls, viewPoll } from "../services/polls/answer";

// The public poll page and the customer's list of polls (V-2). A signed-in customer answers as
// themselves; anyone else as their device (the signed visitor cookie), limited per address.

const respondent = (ctx: Context) => ({
  customerId: ctx.session?.customerId ?? null,
  visitor: ctx.visitor,
  ip: ctx.ip,
});

export const pollVotingRouter = router({
  /** The question and its open choices, whether it takes answers and whether this respondent answered. */
  view: publicProcedure.input(pollIdSchema).query(({ ctx, input }) => viewPoll(ctx.db, input.id, respondent(ctx))),
  answer: publicProcedure.input(pollAnswerSchema).mutation(({ ctx, input }) => answerPoll(ctx.db, respondent(ctx), input)),
  /** The polls open to the signed-in customer, with whether they answered each. */
  mine: customerProcedure("account.polls")
    .input(myPollsSchema)
    .query(({ ctx, input }) => myPolls(ctx.db, ctx.customerId, input.cursor, input.limit)),
});
