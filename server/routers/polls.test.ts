// Polls in the panel (issue 9, V-1, V-3 delete): create and edit with the form's rules on the right
// fields, answers and respondent types locked once used (closing allowed), the list, status changes,
// delete with the answers, each write audited; and the permissions each procedure needs.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import { device, pollInput } from "@/test/polls";
import type { PollFormInput } from "@/lib/schemas/polls";
import { DEMO_POLL_QUESTION, seedDemoPolls } from "../demo-polls";

const getDb = useTestDb();
type Caller = ReturnType<typeof callerAs>;
let admin: Caller;

beforeEach(async () => {
  await resetDb(getDb());
  await getDb().$executeRawUnsafe(`TRUNCATE "Poll", "AuditLog" CASCADE`);
  admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
});

const auditOf = (targetId: string) =>
  getDb().auditLog.findMany({ where: { targetType: "poll", targetId }, orderBy: { createdAt: "asc" }, select: { action: true, changes: true } });

/** The edit form's values of a saved poll, as the page fills it. */
async function formOf(id: string): Promise<PollFormInput & { id: string }> {
  const p = await admin.polls.get({ id });
  const choice = (c: { id: string; label: string; closed: boolean }) => ({ savedId: c.id, label: c.label, closed: c.closed });
  return { ...pollInput(), id, question: p.question, options: p.options.map(choice), respondentTypes: p.respondentTypes.map(choice), status: p.status, audience: p.audience, groupIds: p.groupIds };
}

describe("creating a poll", () => {
  it("stores the question, ordered answers and respondent types, expiry in the admin's time zone, and audits it", async () => {
    const { id } = await admin.polls.create(pollInput({ expiresDate: "2031-03-20", expiresTime: "۲۳:۳۰", timeZone: "Asia/Tehran" }));
    const poll = await admin.polls.get({ id });
    expect(poll).toMatchObject({
      question: "میزان علاقه‌مندی شما به رایحه ادکلن‌های سرد چقدر است؟",
      allowMessage: true,
      audience: "ANYONE",
      status: "OPEN",
      responseCount: 0,
      // 23:30 in Tehran (UTC+3:30) is 20:00 UTC.
      expiresAt: new Date("2031-03-20T20:00:00Z"),
    });
    expect(poll.options.map((o) => [o.label, o.closed, o.used])).toEqual([["زیاد", false, false], ["متوسط", false, false], ["کم", false, false]]);
    expect(poll.respondentTypes.map((t) => t.label)).toEqual(["خانم", "آقا", "دختر", "پسر"]);
    const [entry] = await auditOf(id);
    expect(entry).toMatchObject({ action: "poll.create", changes: { options: { from: null, to: ["زیاد", "متوسط", "کم"] }, status: { from: null, to: "OPEN" } } });
  });

  it("puts each rule on its field", async () => {
    const cases: [Partial<PollFormInput>, { path: string; message: string }[]][] = [
      [{ question: "  " }, [{ path: "question", message: "validation.required" }]],
      [{ options: [{ label: "فقط یکی" }] }, [{ path: "options", message: "polls.validation.answersTooFew" }]],
      [{ options: [{ label: "بله" }, { label: "خیر", closed: true }] }, [{ path: "options", message: "polls.validation.answersTooFew" }]],
      [{ options: [{ label: "زیاد" }, { label: "" }] }, [{ path: "options.1.label", message: "validation.required" }]],
      [{ options: [{ label: "كم" }, { label: "کم" }] }, [{ path: "options.1.label", message: "validation.optionDuplicate" }]],
      [{ respondentTypes: [{ label: "خانم" }, { label: "خانم " }] }, [{ path: "respondentTypes.1.label", message: "validation.optionDuplicate" }]],
      [{ expiresDate: "2031-02-30" }, [{ path: "expiresDate", message: "validation.dateInvalid" }]],
      [{ expiresTime: "25:00" }, [{ path: "expiresTime", message: "polls.validation.timeInvalid" }]],
      [{ audience: "GROUPS", groupIds: [] }, [{ path: "groupIds", message: "validation.pickGroup" }]],
      [{ audience: "GROUPS", groupIds: ["01900000-0000-7000-8000-000000000000"] }, [{ path: "groupIds", message: "errors.notFound" }]],
    ];
    for (const [over, fields] of cases) {
      expect((await refusal(admin.polls.create(pollInput(over)))).fields, JSON.stringify(over)).toEqual(fields);
    }
    expect(await getDb().poll.count()).toBe(0);
  });

  it("keeps groups only for a group audience", async () => {
    const group = await getDb().customerGroup.create({ data: { name: "ویژه" }, select: { id: true } });
    const forGroups = await admin.polls.create(pollInput({ audience: "GROUPS", groupIds: [group.id, group.id] }));
    expect((await admin.polls.get(forGroups)).groupIds).toEqual([group.id]);
    const forAll = await admin.polls.create(pollInput({ audience: "ANYONE", groupIds: [group.id] }));
    expect((await admin.polls.get(forAll)).groupIds).toEqual([]);
  });
});

describe("editing a poll", () => {
  it("renames, reorders, adds and removes answers while nobody has answered", async () => {
    const { id } = await admin.polls.create(pollInput());
    const form = await formOf(id);
    const [much, medium, little] = form.options;
    await admin.polls.update({ ...form, question: "سؤال تازه", options: [little!, { ...much!, label: "خیلی زیاد" }, { label: "اصلاً" }] });
    const poll = await admin.polls.get({ id });
    expect(poll.question).toBe("سؤال تازه");
    expect(poll.options.map((o) => o.label)).toEqual(["کم", "خیلی زیاد", "اصلاً"]);
    expect(poll.options[1]!.id).toBe(much!.savedId);
    expect(await getDb().pollOption.count({ where: { id: medium!.savedId } })).toBe(0);
    const last = (await auditOf(id)).at(-1)!;
    expect(last).toMatchObject({ action: "poll.update", changes: { question: { to: "سؤال تازه" }, options: { from: ["زیاد", "متوسط", "کم"], to: ["کم", "خیلی زیاد", "اصلاً"] } } });
  });

  it("once answered, refuses to remove a used answer or respondent type, but closes them and removes unused ones", async () => {
    const { id } = await admin.polls.create(pollInput());
    const form = await formOf(id);
    const [much, medium, little] = form.options;
    const [woman, man, girl, boy] = form.respondentTypes;
    await device(getDb).answer({ pollId: id, optionId: much!.savedId!, respondentTypeId: woman!.savedId });

    const edit = await admin.polls.get({ id });
    expect(edit.options.map((o) => o.used)).toEqual([true, false, false]);
    expect(edit.respondentTypes.map((t) => t.used)).toEqual([true, false, false, false]);

    expect(await refusal(admin.polls.update({ ...form, options: [medium!, little!] }))).toEqual({ code: "BAD_REQUEST", fields: [{ path: "options", message: "polls.validation.answerInUse" }] });
    expect((await refusal(admin.polls.update({ ...form, respondentTypes: [man!, girl!, boy!] }))).fields).toEqual([{ path: "respondentTypes", message: "polls.validation.typeInUse" }]);
    // Nothing of a refused edit is kept.
    expect((await admin.polls.get({ id })).options.map((o) => o.label)).toEqual(["زیاد", "متوسط", "کم"]);

    await admin.polls.update({ ...form, options: [{ ...much!, closed: true }, medium!, { label: "اصلاً" }], respondentTypes: [{ ...woman!, closed: true }, man!] });
    const after = await admin.polls.get({ id });
    expect(after.options.map((o) => [o.label, o.closed])).toEqual([["زیاد", true], ["متوسط", false], ["اصلاً", false]]);
    expect(after.respondentTypes.map((t) => [t.label, t.closed])).toEqual([["خانم", true], ["آقا", false]]);
    // The answer still points at its (closed) option.
    expect(await getDb().pollResponse.count({ where: { pollId: id, optionId: much!.savedId } })).toBe(1);
  });

  it("refuses an answer id of another poll", async () => {
    const a = await admin.polls.create(pollInput());
    const b = await admin.polls.create(pollInput({ question: "دیگر" }));
    const form = await formOf(a.id);
    const foreign = (await formOf(b.id)).options[0]!;
    expect((await refusal(admin.polls.update({ ...form, options: [...form.options, { ...foreign, label: "از نظرسنجی دیگر" }] }))).fields).toEqual([{ path: "options.3.label", message: "errors.notFound" }]);
  });
});

describe("the list, status and delete", () => {
  it("lists newest first with status, audience, answer counts and expiry, a page at a time", async () => {
    const group = await getDb().customerGroup.create({ data: { name: "ویژه" }, select: { id: true } });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await admin.polls.create(pollInput({ question: `سؤال ${i}` }))).id);
    const grouped = await admin.polls.create(pollInput({ question: "گروهی", audience: "GROUPS", groupIds: [group.id], status: "DRAFT" }));
    const form = await formOf(ids[0]!);
    await device(getDb).answer({ pollId: ids[0]!, optionId: form.options[0]!.savedId!, respondentTypeId: form.respondentTypes[0]!.savedId });
    await getDb().poll.update({ where: { id: ids[1]! }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const first = await admin.polls.list({ limit: 2 });
    const second = await admin.polls.list({ limit: 2, cursor: first.next });
    const rows = [...first.rows, ...second.rows];
    expect(rows.map((r) => [r.question, r.status, r.audience, r.groups, r.responseCount, r.expired])).toEqual([
      ["گروهی", "DRAFT", "GROUPS", ["ویژه"], 0, false],
      ["سؤال 2", "OPEN", "ANYONE", [], 0, false],
      ["سؤال 1", "OPEN", "ANYONE", [], 0, true],
      ["سؤال 0", "OPEN", "ANYONE", [], 1, false],
    ]);
    expect(second.next).toBeNull();
    expect((await admin.polls.list({ status: "DRAFT" })).rows.map((r) => r.id)).toEqual([grouped.id]);
  });

  it("changes the status from the list and audits it", async () => {
    const { id } = await admin.polls.create(pollInput({ status: "DRAFT" }));
    await admin.polls.setStatus({ id, status: "OPEN" });
    await admin.polls.setStatus({ id, status: "CLOSED" });
    expect((await admin.polls.get({ id })).status).toBe("CLOSED");
    expect((await auditOf(id)).slice(1).map((e) => e.changes)).toEqual([{ status: { from: "DRAFT", to: "OPEN" } }, { status: { from: "OPEN", to: "CLOSED" } }]);
  });

  it("deletes a poll with its answers and says how many in the audit", async () => {
    const { id } = await admin.polls.create(pollInput());
    const form = await formOf(id);
    await device(getDb).answer({ pollId: id, optionId: form.options[1]!.savedId!, respondentTypeId: form.respondentTypes[1]!.savedId });
    await device(getDb).answer({ pollId: id, optionId: form.options[2]!.savedId!, respondentTypeId: form.respondentTypes[2]!.savedId });
    expect(await admin.polls.delete({ id })).toEqual({ deletedResponses: 2 });
    expect(await getDb().poll.count()).toBe(0);
    expect(await getDb().pollResponse.count()).toBe(0);
    expect((await auditOf(id)).at(-1)).toMatchObject({ action: "poll.delete", changes: { responses: { from: 2, to: 0 }, question: { to: null } } });
    expect((await refusal(admin.polls.delete({ id }))).fields).toEqual([{ path: "id", message: "errors.notFound" }]);
  });
});

describe("permissions", () => {
  it("reading needs polls.read, writing polls.write, deleting polls.delete", async () => {
    const { id } = await admin.polls.create(pollInput());
    const as = async (permissions: string[]) => callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), permissions)).userId));
    const reader = await as(["polls.read"]);
    await expect(reader.polls.list({})).resolves.toMatchObject({ rows: [expect.objectContaining({ id })] });
    await expect(reader.polls.create(pollInput())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reader.polls.delete({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const writer = await as(["polls.read", "polls.write"]);
    await expect(writer.polls.setStatus({ id, status: "CLOSED" })).resolves.toBeUndefined();
    await expect(writer.polls.delete({ id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const deleter = await as(["polls.delete"]);
    await expect(deleter.polls.delete({ id })).resolves.toEqual({ deletedResponses: 0 });
    const shopper = callerAs(getDb(), await sessionOf(getDb(), (await makeCustomer(getDb())).userId));
    await expect(shopper.polls.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the demo poll", () => {
  it("is the seed example, open to anyone with a message box for a year, seeded once however often it runs", async () => {
    await getDb().$transaction((tx) => seedDemoPolls(tx));
    await getDb().$transaction((tx) => seedDemoPolls(tx));
    const [row, ...more] = (await admin.polls.list({})).rows;
    expect(more).toEqual([]);
    expect(row).toMatchObject({ question: DEMO_POLL_QUESTION, status: "OPEN", audience: "ANYONE", expired: false });
    const poll = await admin.polls.get({ id: row!.id });
    expect(poll.allowMessage).toBe(true);
    expect(poll.options.map((o) => o.label)).toEqual(["زیاد", "متوسط", "کم"]);
    expect(poll.respondentTypes.map((t) => t.label)).toEqual(["خانم", "آقا", "دختر", "پسر"]);
    const days = (poll.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(364);
    expect(days).toBeLessThanOrEqual(365);
  });
});
