import { z } from "zod";
import { TIME_ZONE, isCalendarDay } from "../format";
import { normalizeText, toLatinDigits } from "../normalize";
import { idField, requiredText } from "./common";
import { HONEYPOT_FIELD, honeypotField } from "./public-form";

// Polls (issue 9, V-1 … V-2, seed 003 نظرسنجی): the admin's form and the public answer form share
// these schemas with their procedures.

export const POLL_STATUSES = ["DRAFT", "OPEN", "CLOSED"] as const;
export const POLL_AUDIENCES = ["ANYONE", "CUSTOMERS", "GROUPS"] as const;
export type PollStatusValue = (typeof POLL_STATUSES)[number];
export type PollAudienceValue = (typeof POLL_AUDIENCES)[number];

export const POLL_QUESTION_MAX = 500;
export const POLL_LABEL_MAX = 200;
export const POLL_MAX_OPTIONS = 20;
export const POLL_MAX_TYPES = 20;
/** The respondent's message: long enough for a few sentences, short enough to keep floods small. */
export const POLL_MESSAGE_MAX = 1000;

const zones = Object.values(TIME_ZONE) as [string, ...string[]];

/**
 * An answer or a respondent type as the form edits it. `savedId` names the stored row (absent for a
 * new one); a used row cannot be removed, only `closed`.
 */
const choiceSchema = z
  .object({
    savedId: idField.optional(),
    label: requiredText(POLL_LABEL_MAX),
    closed: z.boolean().default(false),
  })
  .strict();
export type PollChoiceInput = z.input<typeof choiceSchema>;

/** A time of day typed in any digits: "23:59", "۰۹:۳۰". */
const timeField = z
  .string()
  .trim()
  .transform((v) => toLatinDigits(v))
  .pipe(z.string().min(1, "validation.required").regex(/^([01]\d|2[0-3]):[0-5]\d$/, "polls.validation.timeInvalid"));

const dayField = z
  .string()
  .trim()
  .min(1, "validation.required")
  .refine(isCalendarDay, "validation.dateInvalid");

const fields = {
  question: requiredText(POLL_QUESTION_MAX),
  options: z.array(choiceSchema).max(POLL_MAX_OPTIONS, "polls.validation.tooManyAnswers"),
  respondentTypes: z.array(choiceSchema).max(POLL_MAX_TYPES, "polls.validation.tooManyTypes"),
  /** The expiry as the admin reads it: a Gregorian yyyy-mm-dd (the date field shows the locale's calendar) … */
  expiresDate: dayField,
  /** … a time of day … */
  expiresTime: timeField,
  /** … in the admin's locale's time zone (lib/format.ts TIME_ZONE). */
  timeZone: z.enum(zones),
  allowMessage: z.boolean(),
  audience: z.enum(POLL_AUDIENCES),
  groupIds: z
    .array(idField)
    .max(200)
    .transform((ids) => [...new Set(ids)]),
  status: z.enum(POLL_STATUSES),
};

type Choice = z.output<typeof choiceSchema>;

/** Labels must differ as people read them; the error goes on the repeated one. */
function noDuplicates(list: Choice[], path: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  list.forEach((c, i) => {
    const key = normalizeText(c.label);
    if (key && seen.has(key)) ctx.addIssue({ code: "custom", path: [path, i, "label"], message: "validation.optionDuplicate" });
    seen.add(key);
  });
}

function rules(v: { options: Choice[]; respondentTypes: Choice[]; audience: string; groupIds: string[] }, ctx: z.RefinementCtx) {
  // At least two answers a respondent can still pick (closed ones are kept for the results only).
  if (v.options.filter((o) => !o.closed).length < 2) {
    ctx.addIssue({ code: "custom", path: ["options"], message: "polls.validation.answersTooFew" });
  }
  noDuplicates(v.options, "options", ctx);
  noDuplicates(v.respondentTypes, "respondentTypes", ctx);
  if (v.audience === "GROUPS" && v.groupIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["groupIds"], message: "validation.pickGroup" });
  }
}

export const pollFormSchema = z.object(fields).strict().superRefine(rules);
export type PollFormInput = z.input<typeof pollFormSchema>;
export type PollFormData = z.output<typeof pollFormSchema>;

export const pollUpdateSchema = z
  .object({ id: idField, ...fields })
  .strict()
  .superRefine(rules);
export type PollUpdateData = z.output<typeof pollUpdateSchema>;

export const pollIdSchema = z.object({ id: idField }).strict();
export const pollStatusSchema = z.object({ id: idField, status: z.enum(POLL_STATUSES) }).strict();

const cursorSchema = z.object({ createdAt: z.date(), id: idField }).strict().nullish();

export const pollListSchema = z
  .object({
    status: z.enum(POLL_STATUSES).optional(),
    /** The (createdAt, id) of the last row of the previous page. */
    cursor: cursorSchema,
    limit: z.number().int().min(1).max(100).default(30),
    /** Sent by tRPC's infinite queries. */
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
export type PollListInput = z.input<typeof pollListSchema>;

/** The customer's list of polls open to them (account area). */
export const myPollsSchema = z
  .object({
    cursor: cursorSchema,
    limit: z.number().int().min(1).max(100).default(30),
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();

/** The form field names, in the order the form shows them (server errors go beside these). */
export const POLL_FIELDS = ["question", "options", "respondentTypes", "expiresDate", "expiresTime", "allowMessage", "audience", "groupIds", "status"] as const;

/** One answer from the public page. `website` is the honeypot (lib/schemas/public-form.ts). */
export const pollAnswerSchema = z
  .object({
    pollId: idField,
    optionId: z.string().min(1, "validation.optionInvalid").pipe(idField),
    /** "" when the poll has no respondent types. */
    respondentTypeId: z.union([z.literal(""), idField]).default(""),
    message: z.string().trim().max(POLL_MESSAGE_MAX, "validation.tooLong").default(""),
    [HONEYPOT_FIELD]: honeypotField,
  })
  .strict();
export type PollAnswerInput = z.input<typeof pollAnswerSchema>;
export type PollAnswerData = z.output<typeof pollAnswerSchema>;

export const POLL_ANSWER_FIELDS = ["optionId", "respondentTypeId", "message"] as const;

// --- Expiry: a wall-clock date and time in a time zone, and back ---------------------------------

function wallClockParts(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return parts as Record<"year" | "month" | "day" | "hour" | "minute" | "second", string>;
}

/** How far a time zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = wallClockParts(instant, timeZone);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a wall-clock date (yyyy-mm-dd) and time (HH:mm) happen in a time zone. */
export function instantIn(day: string, time: string, timeZone: string): Date {
  const guess = Date.parse(`${day}T${time}:00Z`);
  // Twice: the offset at the guess may differ from the one at the answer across a clock change.
  const first = guess - offsetAt(new Date(guess), timeZone);
  return new Date(guess - offsetAt(new Date(first), timeZone));
}

/** The wall-clock date (yyyy-mm-dd) and time (HH:mm) of an instant in a time zone. */
export function wallClockIn(instant: Date, timeZone: string): { day: string; time: string } {
  const p = wallClockParts(instant, timeZone);
  return { day: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The expiry instant of a poll form's values. */
export const expiresAtOf = (v: { expiresDate: string; expiresTime: string; timeZone: string }) => instantIn(v.expiresDate, v.expiresTime, v.timeZone);
