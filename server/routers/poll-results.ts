import "server-only";
import { router, adminProcedure } from "../trpc";
import { pollResponsesListSchema, pollResultsSummarySchema } from "@/lib/schemas/poll-results";
import { listPollResponses, pollResultsSummary } from "../services/polls/results";

// A poll's results for staff (issue 9, V-3): the counts and the details list. Respondents' names are
// personal data, so both need polls.read; the .xlsx export is app/api/admin/polls/[id]/export.

const read = adminProcedure("polls.read");

export const pollResultsRouter = router({
  summary: read.input(pollResultsSummarySchema).query(({ ctx, input }) => pollResultsSummary(ctx.db, input.pollId)),
  responses: read.input(pollResponsesListSchema).query(({ ctx, input }) => listPollResponses(ctx.db, input)),
});
