import "server-only";
import type { Db, Tx } from "../../db";
import type { Prisma, PollStatus } from "../../generated/prisma/client";
import { FieldErrors } from "../../errors";
import { expiresAtOf, type PollFormData, type PollStatusValue } from "@/lib/schemas/polls";
import { diff, recordAudit, type Actor } from "../audit";
import { pollState } from "./audience";

// Polls as the admin keeps them (V-1, V-3 delete; seed 003 نظرسنجی). Once an answer or a respondent
// type has responses it can no longer be removed, only closed: the results keep pointing at it. Every
// write runs in one transaction with its audit record.

const invalid = (path: string, message: string) => new FieldErrors([{ path, message }], "invalid");
const notFound = () => invalid("id", "errors.notFound");

/** The audit log's label of a poll: its question, shortened. */
const labelOf = (question: string) => (question.length > 120 ? `${question.slice(0, 119)}…` : question);

export interface PollListFilter {
  status?: PollStatus;
  cursor?: { createdAt: Date; id: string } | null;
  limit: number;
}

/** Newest first, keyset-paged on (createdAt, id); each row with its answer count and audience. */
export async function listPolls(db: Db, f: PollListFilter) {
  const and: Prisma.PollWhereInput[] = [];
  if (f.status) and.push({ status: f.status });
  if (f.cursor) and.push({ OR: [{ createdAt: { lt: f.cursor.createdAt } }, { createdAt: f.cursor.createdAt, id: { lt: f.cursor.id } }] });
  const rows = await db.poll.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: f.limit + 1,
    select: {
      id: true,
      question: true,
      status: true,
      expiresAt: true,
      audience: true,
      createdAt: true,
      groups: { select: { group: { select: { name: true } } }, orderBy: { group: { name: "asc" } } },
      _count: { select: { responses: true } },
    },
  });
  const now = new Date();
  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  return {
    rows: page.map(({ groups, _count, ...p }) => ({
      ...p,
      expired: pollState(p, now) === "expired",
      groups: groups.map((g) => g.group.name),
      responseCount: _count.responses,
    })),
    next: rows.length > f.limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}

/** The groups the audience picker offers. */
export const pollGroupOptions = (db: Db) =>
  db.customerGroup.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });

const choiceSelect = { id: true, label: true, closed: true, position: true, _count: { select: { responses: true } } } as const;

/** One poll for the edit form: its choices in order, each saying whether responses use it. */
export async function pollForEdit(db: Db, id: string) {
  const poll = await db.poll.findUnique({
    where: { id },
    select: {
      id: true,
      question: true,
      expiresAt: true,
      allowMessage: true,
      audience: true,
      status: true,
      options: { orderBy: [{ position: "asc" }, { id: "asc" }], select: choiceSelect },
      respondentTypes: { orderBy: [{ position: "asc" }, { id: "asc" }], select: choiceSelect },
      groups: { select: { groupId: true } },
      _count: { select: { responses: true } },
    },
  });
  if (!poll) throw notFound();
  const choice = ({ _count, position: _position, ...c }: { id: string; label: string; closed: boolean; position: number; _count: { responses: number } }) => ({
    ...c,
    used: _count.responses > 0,
  });
  return {
    id: poll.id,
    question: poll.question,
    expiresAt: poll.expiresAt,
    allowMessage: poll.allowMessage,
    audience: poll.audience,
    status: poll.status,
    options: poll.options.map(choice),
    respondentTypes: poll.respondentTypes.map(choice),
    groupIds: poll.groups.map((g) => g.groupId),
    responseCount: poll._count.responses,
  };
}

/** The named groups exist (locked FOR SHARE until the poll is saved, so a deletion waits for it). */
async function assertGroups(tx: Tx, groupIds: string[]) {
  if (!groupIds.length) return new Map<string, string>();
  const rows = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT "id", "name" FROM "CustomerGroup" WHERE "id" = ANY(${groupIds}::uuid[]) FOR SHARE`;
  if (rows.length !== groupIds.length) throw invalid("groupIds", "errors.notFound");
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A poll as the audit log shows it: the expiry as an ISO instant, closed choices marked. */
function auditFields(p: {
  question: string;
  expiresAt: Date;
  allowMessage: boolean;
  audience: string;
  status: string;
  options: { label: string; closed: boolean }[];
  respondentTypes: { label: string; closed: boolean }[];
  groups: string[];
}) {
  const choices = (list: { label: string; closed: boolean }[]) => list.map((c) => (c.closed ? `${c.label} (closed)` : c.label));
  return {
    question: p.question,
    expiresAt: p.expiresAt.toISOString(),
    allowMessage: p.allowMessage,
    audience: p.audience,
    status: p.status,
    options: choices(p.options),
    respondentTypes: choices(p.respondentTypes),
    groups: p.audience === "GROUPS" ? p.groups : [],
  };
}

const pollValues = (data: PollFormData) => ({
  question: data.question,
  expiresAt: expiresAtOf(data),
  allowMessage: data.allowMessage,
  audience: data.audience,
  status: data.status,
});

export async function createPoll(db: Db, actor: Actor, data: PollFormData) {
  return db.$transaction(async (tx) => {
    const groupIds = data.audience === "GROUPS" ? data.groupIds : [];
    const names = await assertGroups(tx, groupIds);
    // New rows only: a savedId sent with a new poll means nothing.
    const choices = (list: PollFormData["options"]) => list.map((c, position) => ({ label: c.label, closed: c.closed, position }));
    const values = pollValues(data);
    const poll = await tx.poll.create({
      data: {
        ...values,
        options: { create: choices(data.options) },
        respondentTypes: { create: choices(data.respondentTypes) },
        groups: { create: groupIds.map((groupId) => ({ groupId })) },
      },
      select: { id: true },
    });
    const after = auditFields({ ...values, options: data.options, respondentTypes: data.respondentTypes, groups: groupIds.map((id) => names.get(id)!) });
    await recordAudit(tx, actor, "poll.create", { type: "poll", id: poll.id, label: labelOf(data.question) }, diff({}, after));
    return poll;
  });
}

type ChoiceTable = "pollOption" | "pollRespondentType";

/**
 * Brings a poll's answers or respondent types to the form's list: updates the saved ones, creates
 * the new ones, removes the dropped ones unless responses use them (then the field says so).
 */
async function syncChoices(
  tx: Tx,
  table: ChoiceTable,
  path: "options" | "respondentTypes",
  pollId: string,
  saved: { id: string; label: string; closed: boolean; used: boolean }[],
  wanted: PollFormData["options"],
) {
  const byId = new Map(saved.map((s) => [s.id, s]));
  wanted.forEach((w, i) => {
    if (w.savedId && !byId.has(w.savedId)) throw invalid(`${path}.${i}.label`, "errors.notFound");
  });
  const kept = new Set(wanted.map((w) => w.savedId).filter(Boolean));
  const dropped = saved.filter((s) => !kept.has(s.id));
  if (dropped.some((s) => s.used)) throw invalid(path, path === "options" ? "polls.validation.answerInUse" : "polls.validation.typeInUse");
  const model = tx[table] as unknown as {
    deleteMany(a: object): Promise<unknown>;
    update(a: object): Promise<unknown>;
    create(a: object): Promise<unknown>;
  };
  if (dropped.length) await model.deleteMany({ where: { id: { in: dropped.map((s) => s.id) }, pollId } });
  for (const [position, w] of wanted.entries()) {
    if (w.savedId) await model.update({ where: { id: w.savedId }, data: { label: w.label, closed: w.closed, position } });
    else await model.create({ data: { pollId, label: w.label, closed: w.closed, position } });
  }
}

/** Responses use these choices: the foreign key (ON DELETE RESTRICT) refused a removal that raced an answer. */
const isForeignKeyViolation = (e: unknown) => (e as { code?: string } | null)?.code === "P2003";

export async function updatePoll(db: Db, actor: Actor, id: string, data: PollFormData) {
  try {
    return await db.$transaction(async (tx) => {
      // The row lock orders concurrent edits of one poll.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Poll" WHERE "id" = ${id}::uuid FOR UPDATE`;
      if (!locked.length) throw notFound();
      const before = await pollForEdit(tx as Db, id);
      const groupIds = data.audience === "GROUPS" ? data.groupIds : [];
      const names = await assertGroups(tx, [...new Set([...groupIds, ...before.groupIds])]);
      await syncChoices(tx, "pollOption", "options", id, before.options, data.options);
      await syncChoices(tx, "pollRespondentType", "respondentTypes", id, before.respondentTypes, data.respondentTypes);
      const values = pollValues(data);
      await tx.poll.update({ where: { id }, data: values });
      await tx.pollGroup.deleteMany({ where: { pollId: id, groupId: { notIn: groupIds } } });
      if (groupIds.length) await tx.pollGroup.createMany({ data: groupIds.map((groupId) => ({ pollId: id, groupId })), skipDuplicates: true });
      const changes = diff(
        auditFields({ ...before, groups: before.groupIds.map((g) => names.get(g) ?? g) }),
        auditFields({ ...values, options: data.options, respondentTypes: data.respondentTypes, groups: groupIds.map((g) => names.get(g)!) }),
      );
      await recordAudit(tx, actor, "poll.update", { type: "poll", id, label: labelOf(data.question) }, changes);
    });
  } catch (e) {
    if (isForeignKeyViolation(e)) throw invalid("options", "polls.validation.answerInUse");
    throw e;
  }
}

/** Opens, closes or returns a poll to draft from the list. */
export async function setPollStatus(db: Db, actor: Actor, id: string, status: PollStatusValue) {
  return db.$transaction(async (tx) => {
    const before = await tx.poll.findUnique({ where: { id }, select: { question: true, status: true } });
    if (!before) throw notFound();
    if (before.status === status) return;
    await tx.poll.update({ where: { id }, data: { status } });
    await recordAudit(tx, actor, "poll.update", { type: "poll", id, label: labelOf(before.question) }, { status: { from: before.status, to: status } });
  });
}

/** Deletes a poll with its answers (V-3). The count of deleted answers goes in the audit record. */
export async function deletePoll(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Poll" WHERE "id" = ${id}::uuid FOR UPDATE`;
    if (!locked.length) throw notFound();
    const before = await pollForEdit(tx as Db, id);
    const groups = await tx.customerGroup.findMany({ where: { id: { in: before.groupIds } }, select: { name: true } });
    // Responses first: they hold their answer with ON DELETE RESTRICT.
    const { count } = await tx.pollResponse.deleteMany({ where: { pollId: id } });
    await tx.poll.delete({ where: { id } });
    await recordAudit(
      tx,
      actor,
      "poll.delete",
      { type: "poll", id, label: labelOf(before.question) },
      { ...diff(auditFields({ ...before, groups: groups.map((g) => g.name) }), {}), responses: { from: count, to: 0 } },
    );
    return { deletedResponses: count };
  });
}
