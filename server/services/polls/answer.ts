import "server-only";
import type { Db } from "../../db";
import { FieldErrors } from "../../errors";
import { isBot } from "@/lib/schemas/public-form";
import type { PollAnswerData } from "@/lib/schemas/polls";
import { LIMITS, consume } from "../rate-limit";
import { openToCustomer, pollAccess, pollState, type PollAccess, type PollState } from "./audience";
import { newVisitorId, type VisitorJar } from "./visitor-cookie";

// Answering a poll (V-2): one answer per customer, or per visitor device when the poll is open to
// anyone. The UNIQUE (pollId, customerId) and (pollId, visitorId) constraints decide between two
// submissions at once; nothing here checks for an earlier answer before inserting.

/** Who is answering: the signed-in customer (if any), the device cookie and the address. */
export interface Respondent {
  customerId: string | null;
  visitor?: VisitorJar;
  ip: string | null;
}

const refuse = (message: string, path = "pollId", kind: "invalid" | "conflict" = "invalid") => new FieldErrors([{ path, message }], kind);

/** The message a poll that takes no answers shows, by its state. */
export const STATE_MESSAGE: Record<Exclude<PollState, "open">, string> = {
  draft: "polls.public.draft",
  closed: "polls.public.closed",
  expired: "polls.public.expired",
};

const ACCESS_MESSAGE: Record<Exclude<PollAccess, "allowed">, string> = {
  signIn: "polls.public.signInRequired",
  notMember: "polls.public.notMember",
};

async function loadPoll(db: Db, id: string) {
  return db.poll.findUnique({
    where: { id },
    select: {
      id: true,
      question: true,
      status: true,
      expiresAt: true,
      allowMessage: true,
      audience: true,
      options: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, label: true, closed: true } },
      respondentTypes: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, label: true, closed: true } },
    },
  });
}

/**
 * The public page's view of a poll: the question and the choices still open, whether it takes
 * answers, whether this respondent may answer and whether they already did. Never other answers.
 */
export async function viewPoll(db: Db, id: string, who: Respondent) {
  const poll = await loadPoll(db, id);
  if (!poll) return null;
  const state = pollState(poll);
  // A draft is not published: its question stays with the admins.
  if (state === "draft") return { id: poll.id, state, access: "allowed" as PollAccess, answered: false, question: null, expiresAt: null, allowMessage: false, options: [], respondentTypes: [] };
  const access = await pollAccess(db, poll, who.customerId);
  const answered = await hasAnswered(db, poll.id, who);
  const open = <T extends { closed: boolean }>(rows: T[]) => rows.filter((r) => !r.closed).map(({ closed: _closed, ...r }) => r);
  return {
    id: poll.id,
    state,
    access,
    answered,
    question: poll.question,
    expiresAt: poll.expiresAt,
    allowMessage: poll.allowMessage,
    options: open(poll.options),
    respondentTypes: open(poll.respondentTypes),
  };
}

/** Whether this customer (signed in) or this device (the cookie) has answered the poll. */
async function hasAnswered(db: Db, pollId: string, who: Respondent): Promise<boolean> {
  const visitorId = who.visitor?.id ?? null;
  if (!who.customerId && !visitorId) return false;
  const found = await db.pollResponse.findFirst({
    where: who.customerId ? { pollId, customerId: who.customerId } : { pollId, visitorId },
    select: { id: true },
  });
  return !!found;
}

/**
 * Records one answer. Refused (with the reason) when the poll is not open, expired, not for this
 * respondent, or already answered by them; a filled honeypot gets the same success but stores nothing.
 */
export async function answerPoll(db: Db, who: Respondent, input: PollAnswerData): Promise<{ recorded: true }> {
  const poll = await loadPoll(db, input.pollId);
  if (!poll) throw refuse("errors.notFound");
  const state = pollState(poll);
  if (state !== "open") throw refuse(STATE_MESSAGE[state]);
  const access = await pollAccess(db, poll, who.customerId);
  if (access !== "allowed") throw refuse(ACCESS_MESSAGE[access]);

  // A device without a customer counts against its address too: a cleared cookie is a new device.
  const asVisitor = !who.customerId;
  if (asVisitor) await consume(db, LIMITS.pollAnswerPerIp, `${poll.id}:${who.ip ?? "unknown"}`);

  const option = poll.options.find((o) => o.id === input.optionId);
  if (!option) throw refuse("validation.optionInvalid", "optionId");
  if (option.closed) throw refuse("polls.public.optionClosed", "optionId");
  const openTypes = poll.respondentTypes.filter((t) => !t.closed);
  let respondentTypeId: string | null = null;
  if (input.respondentTypeId) {
    const type = poll.respondentTypes.find((t) => t.id === input.respondentTypeId);
    if (!type) throw refuse("validation.optionInvalid", "respondentTypeId");
    if (type.closed) throw refuse("polls.public.optionClosed", "respondentTypeId");
    respondentTypeId = type.id;
  } else if (openTypes.length > 0) {
    throw refuse("validation.optionInvalid", "respondentTypeId");
  }

  // The trap for bots: the normal thank-you, nothing stored.
  if (isBot(input.website)) return { recorded: true };

  let visitorId: string | null = null;
  if (asVisitor) {
    if (!who.visitor) throw new Error("a visitor's answer needs the visitor cookie");
    visitorId = who.visitor.id;
    if (!visitorId) {
      visitorId = newVisitorId();
      who.visitor.remember(visitorId);
    }
  }
  // ON CONFLICT DO NOTHING (skipDuplicates): the unique constraint decides between concurrent or
  // repeated submissions without an error, which would cost the pool its connection.
  const inserted = await db.pollResponse.createManyAndReturn({
    data: [
      {
        pollId: poll.id,
        optionId: option.id,
        respondentTypeId,
        customerId: who.customerId,
        visitorId,
        message: poll.allowMessage && input.message ? input.message : null,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (inserted.length === 0) throw refuse("polls.public.alreadyAnswered", "pollId", "conflict");
  return { recorded: true };
}

/** The polls open to this customer now, newest first (keyset), with whether they answered each. */
export async function myPolls(db: Db, customerId: string, cursor: { createdAt: Date; id: string } | null | undefined, limit: number) {
  const after = cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {};
  const rows = await db.poll.findMany({
    where: { AND: [openToCustomer(customerId), after] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      question: true,
      expiresAt: true,
      createdAt: true,
      responses: { where: { customerId }, select: { createdAt: true }, take: 1 },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page.map(({ responses, ...p }) => ({ ...p, answeredAt: responses[0]?.createdAt ?? null })),
    next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
