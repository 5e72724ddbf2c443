import { z } from "zod";
import { normalizeText } from "../normalize";
import { idField } from "./common";

// A poll's results (issue 9, V-3): the summary, the details list (keyset on createdAt desc, id desc)
// and its .xlsx export, which share one filter.

/** The respondent-type filter's value for answers given without a respondent type. */
export const NO_RESPONDENT_TYPE = "none";

/** At most this many rows per exported file: a bigger export would be a backup, not a report. */
export const EXPORT_ROW_CAP = 100_000;

/** The filters' names in the export link's query string. */
export const POLL_RESULTS_FILTER_KEYS = ["optionId", "respondentTypeId", "message", "q"] as const;

/** Lenient on purpose: the export link reads it from a query string, so a stale value is dropped. */
export const pollResultsFilterSchema = z
  .object({
    optionId: idField.optional().catch(undefined),
    /** A respondent type's id, or NO_RESPONDENT_TYPE for answers without one. */
    respondentTypeId: z.union([idField, z.literal(NO_RESPONDENT_TYPE)]).optional().catch(undefined),
    /** Only answers with a message, or only those without. */
    message: z.enum(["with", "without"]).optional().catch(undefined),
    /** Words of the message, matched after the shared normaliser (ي/ی, digits…). */
    q: z.string().max(100).optional().catch(undefined).transform((v) => (v ? normalizeText(v) : undefined) || undefined),
  })
  .strip();
export type PollResultsFilterInput = z.input<typeof pollResultsFilterSchema>;
export type PollResultsFilter = z.output<typeof pollResultsFilterSchema>;

/** The last row of the previous page: its createdAt (ISO) and id. */
export const pollResponseCursorSchema = z.object({ createdAt: z.iso.datetime(), id: idField }).strict();
export type PollResponseCursor = z.output<typeof pollResponseCursorSchema>;

export const pollResultsSummarySchema = z.object({ pollId: idField }).strict();

export const pollResponsesListSchema = z
  .object({
    pollId: idField,
    filter: pollResultsFilterSchema.prefault({}),
    cursor: pollResponseCursorSchema.nullish(),
    limit: z.number().int().min(1).max(100).default(30),
    /** Sent by tRPC's infinite queries. */
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
export type PollResponsesListInput = z.input<typeof pollResponsesListSchema>;

/** The export link of a poll's details with the current filter (an empty filter value is left out). */
export function pollExportHref(pollId: string, locale: string, filter: Partial<Record<(typeof POLL_RESULTS_FILTER_KEYS)[number], string>>) {
  const query = new URLSearchParams({ locale });
  for (const key of POLL_RESULTS_FILTER_KEYS) if (filter[key]) query.set(key, filter[key]);
  return `/api/admin/polls/${pollId}/export?${query.toString()}`;
}
