import "server-only";
import { router, adminProcedure } from "../trpc";
import { pollFormSchema, pollIdSchema, pollListSchema, pollStatusSchema, pollUpdateSchema } from "@/lib/schemas/polls";
import { createPoll, deletePoll, listPolls, pollForEdit, pollGroupOptions, setPollStatus, updatePoll } from "../services/polls/admin";

// Polls as the admin keeps them (V-1, V-3 delete). The results (chart, details, export) are in
// poll-results.ts.

const read = adminProcedure("polls.read");
const write = adminProcedure("polls.write");

export const pollsRouter = router({
  list: read.input(pollListSchema).query(({ ctx, input }) => listPolls(ctx.db, input)),
  get: read.input(pollIdSchema).query(({ ctx, input }) => pollForEdit(ctx.db, input.id)),
  /** The customer groups the audience picker offers (names only). */
  groupOptions: write.query(({ ctx }) => pollGroupOptions(ctx.db)),
  create: write.input(pollFormSchema).mutation(({ ctx, input }) => createPoll(ctx.db, ctx.actor, input)),
  update: write.input(pollUpdateSchema).mutation(({ ctx, input }) => {
    const { id, ...data } = input;
    return updatePoll(ctx.db, ctx.actor, id, data);
  }),
  setStatus: write.input(pollStatusSchema).mutation(({ ctx, input }) => setPollStatus(ctx.db, ctx.actor, input.id, input.status)),
  delete: adminProcedure("polls.delete").input(pollIdSchema).mutation(({ ctx, input }) => deletePoll(ctx.db, ctx.actor, input.id)),
});
