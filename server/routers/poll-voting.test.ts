// Answering polls (issue 9, V-2): the public page and the account list. One answer per customer or
// per device (signed cookie), two submissions at once record one, expiry and status refuse, the
// audience decides who may answer, a per-address limit stops a flood of fresh cookies, the honeypot
// stores nothing, and nobody learns other respondents' answers.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import { device, pollInput } from "@/test/polls";
import type { PollFormInput } from "@/lib/schemas/polls";
import { newVisitorId, signVisitorId } from "../services/polls/visitor-cookie";
import type { SessionUser } from "../trpc";

const getDb = useTestDb();
type Caller = ReturnType<typeof callerAs>;
let admin: Caller;

/** A poll made in the panel; returns its id and its option and type ids by label. */
async function makePoll(over: Partial<PollFormInput> = {}) {
  const { id } = await admin.polls.create(pollInput(over));
  const poll = await admin.polls.get({ id });
  const option = Object.fromEntries(poll.options.map((o) => [o.label, o.id]));
  const type = Object.fromEntries(poll.respondentTypes.map((t) => [t.label, t.id]));
  return { id, option, type };
}

async function customer() {
  const c = await makeCustomer(getDb());
  return { ...c, session: await sessionOf(getDb(), c.userId) };
}

const responses = (pollId: string) =>
  getDb().pollResponse.findMany({ where: { pollId }, select: { optionId: true, respondentTypeId: true, customerId: true, visitorId: true, message: true } });

beforeEach(async () => {
  await resetDb(getDb());
  await getDb().$executeRawUnsafe(`TRUNCATE "Poll" CASCADE`);
  admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
});

describe("a visitor answering a poll open to anyone", () => {
  it("records the answer with the respondent type and message, and the device is then told it answered", async () => {
    const poll = await makePoll();
    const phone = device(getDb);
    expect(await phone.view(poll.id)).toMatchObject({ state: "open", access: "allowed", answered: false, question: pollInput().question });
    await expect(phone.answer({ pollId: poll.id, optionId: poll.option["زیاد"]!, respondentTypeId: poll.type["خانم"], message: "  بوی خنک را دوست دارم  " })).resolves.toEqual({ recorded: true });
    const rows = await responses(poll.id);
    expect(rows).toEqual([{ optionId: poll.option["زیاد"], respondentTypeId: poll.type["خانم"], customerId: null, visitorId: expect.any(String), message: "بوی خنک را دوست دارم" }]);
    // The cookie holds the stored id, signed.
    expect(phone.cookie).toMatch(new RegExp(`^${rows[0]!.visitorId}\\.`));
    expect(await phone.view(poll.id)).toMatchObject({ answered: true });
    // Another device is not told anything about this answer.
    expect(await device(getDb).view(poll.id)).toMatchObject({ answered: false });
  });

  it("refuses a second answer from the same device", async () => {
    const poll = await makePoll();
    const phone = device(getDb);
    await phone.answer({ pollId: poll.id, optionId: poll.option["زیاد"]!, respondentTypeId: poll.type["خانم"] });
    expect(await refusal(phone.answer({ pollId: poll.id, optionId: poll.option["کم"]!, respondentTypeId: poll.type["آقا"] }))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "pollId", message: "polls.public.alreadyAnswered" }],
    });
    expect(await responses(poll.id)).toHaveLength(1);
  });

  it("records one answer when the same device submits twice at once", async () => {
    const poll = await makePoll();
    const phone = device(getDb);
    // The page view gave the device its cookie (proxy.ts) before the form was sent.
    phone.cookie = signVisitorId(newVisitorId());
    const input = { pollId: poll.id, optionId: poll.option["متوسط"]!, respondentTypeId: poll.type["پسر"] };
    const outcomes = await Promise.allSettled([phone.answer(input), phone.answer(input)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: "polls.public.alreadyAnswered" });
    expect(await responses(poll.id)).toHaveLength(1);
  });

  it("ignores a cookie whose signature is not the server's: the device gets a new id", async () => {
    const poll = await makePoll();
    const forger = device(getDb);
    forger.cookie = `${"a".repeat(24)}.${"b".repeat(43)}`;
    await forger.answer({ pollId: poll.id, optionId: poll.option["زیاد"]!, respondentTypeId: poll.type["خانم"] });
    const [row] = await responses(poll.id);
    expect(row!.visitorId).not.toBe("a".repeat(24));
    expect(forger.cookie).toMatch(new RegExp(`^${row!.visitorId}\\.`));
  });

  it("limits answers per address: the 21st from one address with fresh cookies is refused", async () => {
    const poll = await makePoll();
    for (let i = 0; i < 20; i++) {
      await device(getDb, "203.0.113.9").answer({ pollId: poll.id, optionId: poll.option["کم"]!, respondentTypeId: poll.type["آقا"] });
    }
    const flood = device(getDb, "203.0.113.9").answer({ pollId: poll.id, optionId: poll.option["کم"]!, respondentTypeId: poll.type["آقا"] });
    await expect(flood).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", message: "errors.tryAgainInMinutes" });
    expect(await responses(poll.id)).toHaveLength(20);
    // Another address, and another poll from the same address, are not affected.
    await expect(device(getDb, "203.0.113.10").answer({ pollId: poll.id, optionId: poll.option["کم"]!, respondentTypeId: poll.type["آقا"] })).resolves.toEqual({ recorded: true });
    const other = await makePoll({ question: "سؤال دیگر" });
    await expect(device(getDb, "203.0.113.9").answer({ pollId: other.id, optionId: other.option["کم"]!, respondentTypeId: other.type["آقا"] })).resolves.toEqual({ recorded: true });
  });

  it("thanks a bot that filled the honeypot and stores nothing", async () => {
    const poll = await makePoll();
    const bot = device(getDb);
    await expect(bot.answer({ pollId: poll.id, optionId: poll.option["زیاد"]!, respondentTypeId: poll.type["خانم"], website: "http://spam.example" })).resolves.toEqual({ recorded: true });
    expect(await responses(poll.id)).toEqual([]);
  });

  it("drops the message when the poll does not allow one, and refuses a message over the limit", async () => {
    const quiet = await makePoll({ allowMessage: false });
    await device(getDb).answer({ pollId: quiet.id, optionId: quiet.option["زیاد"]!, respondentTypeId: quiet.type["خانم"], message: "سلام" });
    expect((await responses(quiet.id))[0]!.message).toBeNull();
    const poll = await makePoll({ question: "دیگر" });
    expect((await refusal(device(getDb).answer({ pollId: poll.id, optionId: poll.option["زیاد"]!, respondentTypeId: poll.type["خانم"], message: "x".repeat(1001) }))).fields).toEqual([
      { path: "message", message: "validation.tooLong" },
    ]);
  });
});

describe("what an answer must name", () => {
  it("puts each problem on its field: no answer, another poll's answer, a missing respondent type", async () => {
    const poll = await makePoll();
    const other = await makePoll({ question: "سؤال دیگر" });
    const phone = device(getDb);
    expect((await refusal(phone.answer({ pollId: poll.id, optionId: "" }))).fields).toEqual([{ path: "optionId", message: "validation.optionInvalid" }]);
    expect((await refusal(phone.answer({ pollId: poll.id, optionId: other.option["زیاد"]!, respondentTypeId: poll.type["خانم"] }))).fields).toEqual([
      { path: "optionId", message: "validation.optionInvalid" },
    ]);
    expect((await refusal(phone.answer({ pollId: poll.id, optionId: poll.option["زیاد"]! }))).fields).toEqual([{ path: "respondentTypeId", message: "validation.optionInvalid" }]);
    expect((await refusal(phone.answer({ pollId: poll.id, optionId: poll.option["زیاد"]!, respondentTypeId: other.type["خانم"] }))).fields).toEqual([
      { path: "respondentTypeId", message: "validation.optionInvalid" },
    ]);
    // A poll without respondent types needs none.
    const plain = await makePoll({ question: "بدون نوع", respondentTypes: [] });
    await expect(phone.answer({ pollId: plain.id, optionId: plain.option["کم"]! })).resolves.toEqual({ recorded: true });
    expect(await getDb().pollResponse.count()).toBe(1);
  });

  it("refuses a closed answer or respondent type, and the page no longer offers them", async () => {
    const poll = await makePoll();
    const saved = await admin.polls.get({ id: poll.id });
    await admin.polls.update({
      id: poll.id,
      ...pollInput(),
      options: saved.options.map((o) => ({ savedId: o.id, label: o.label, closed: o.label === "کم" })),
      respondentTypes: saved.respondentTypes.map((t) => ({ savedId: t.id, label: t.label, closed: t.label === "پسر" })),
    });
    const phone = device(getDb);
    const view = await phone.view(poll.id);
    expect(view!.options.map((o) => o.label)).toEqual(["زیاد", "متوسط"]);
    expect(view!.respondentTypes.map((t) => t.label)).toEqual(["خانم", "آقا", "دختر"]);
    expect((await refusal(phone.answer({ pollId: poll.id, optionId: poll.option["کم"]!, respondentTypeId: poll.type["خانم"] }))).fields).toEqual([
      { path: "optionId", message: "polls.public.optionClosed" },
    ]);
    expect((await refusal(phone.answer({ pollId: poll.id, optionId: poll.option["زیاد"]!, respondentTypeId: poll.type["پسر"] }))).fields).toEqual([
      { path: "respondentTypeId", message: "polls.public.optionClosed" },
    ]);
    expect(await responses(poll.id)).toEqual([]);
  });
});

describe("expiry and status", () => {
  const expireIn = (id: string, ms: number) => getDb().poll.update({ where: { id }, data: { expiresAt: new Date(Date.now() + ms) } });

  it("a poll expiring a moment ago refuses and says it expired; one expiring in a moment accepts", async () => {
    const past = await makePoll();
    await expireIn(past.id, -1000);
    const phone = device(getDb);
    expect(await phone.view(past.id)).toMatchObject({ state: "expired" });
    expect((await refusal(phone.answer({ pollId: past.id, optionId: past.option["زیاد"]!, respondentTypeId: past.type["خانم"] }))).fields).toEqual([
      { path: "pollId", message: "polls.public.expired" },
    ]);
    const future = await makePoll({ question: "آینده" });
    await expireIn(future.id, 5000);
    expect(await phone.view(future.id)).toMatchObject({ state: "open" });
    await expect(phone.answer({ pollId: future.id, optionId: future.option["زیاد"]!, respondentTypeId: future.type["خانم"] })).resolves.toEqual({ recorded: true });
    expect(await getDb().pollResponse.count()).toBe(1);
  });

  it("a closed poll and a draft refuse; a draft does not even show its question", async () => {
    const closed = await makePoll({ status: "CLOSED" });
    const draft = await makePoll({ status: "DRAFT", question: "پیش‌نویس محرمانه" });
    const phone = device(getDb);
    expect(await phone.view(closed.id)).toMatchObject({ state: "closed", question: pollInput().question });
    expect(await phone.view(draft.id)).toMatchObject({ state: "draft", question: null, options: [] });
    expect((await refusal(phone.answer({ pollId: closed.id, optionId: closed.option["زیاد"]!, respondentTypeId: closed.type["خانم"] }))).fields).toEqual([
      { path: "pollId", message: "polls.public.closed" },
    ]);
    expect((await refusal(phone.answer({ pollId: draft.id, optionId: draft.option["زیاد"]!, respondentTypeId: draft.type["خانم"] }))).fields).toEqual([
      { path: "pollId", message: "polls.public.draft" },
    ]);
    // Opening it from the list lets answers in.
    await admin.polls.setStatus({ id: draft.id, status: "OPEN" });
    await expect(phone.answer({ pollId: draft.id, optionId: draft.option["زیاد"]!, respondentTypeId: draft.type["خانم"] })).resolves.toEqual({ recorded: true });
    expect(await getDb().pollResponse.count()).toBe(1);
  });

  it("an unknown poll is not found", async () => {
    expect(await device(getDb).view("01900000-0000-7000-8000-000000000000")).toBeNull();
    const missing = device(getDb).answer({ pollId: "01900000-0000-7000-8000-000000000000", optionId: "01900000-0000-7000-8000-000000000001" });
    expect((await refusal(missing)).fields).toEqual([{ path: "pollId", message: "errors.notFound" }]);
  });
});

describe("customers", () => {
  it("answer once as themselves, whichever device they use; two submissions at once record one", async () => {
    const poll = await makePoll();
    const me = await customer();
    const laptop = device(getDb);
    const input = { pollId: poll.id, optionId: poll.option["زیاد"]!, respondentTypeId: poll.type["دختر"] };
    const outcomes = await Promise.allSettled([laptop.answer(input, me.session), laptop.answer(input, me.session)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", message: "polls.public.alreadyAnswered" });
    // Another device, same customer: still refused.
    expect((await refusal(device(getDb, "192.0.2.1").answer(input, me.session))).fields).toEqual([{ path: "pollId", message: "polls.public.alreadyAnswered" }]);
    expect(await responses(poll.id)).toEqual([{ optionId: poll.option["زیاد"], respondentTypeId: poll.type["دختر"], customerId: me.customerId, visitorId: null, message: null }]);
    expect(await laptop.view(poll.id, me.session)).toMatchObject({ answered: true });
    // Another customer on that laptop may answer.
    const sister = await customer();
    await expect(laptop.answer(input, sister.session)).resolves.toEqual({ recorded: true });
  });

  it("a poll for signed-in customers refuses a visitor and tells them to sign in", async () => {
    const poll = await makePoll({ audience: "CUSTOMERS" });
    const phone = device(getDb);
    expect(await phone.view(poll.id)).toMatchObject({ access: "signIn" });
    expect((await refusal(phone.answer({ pollId: poll.id, optionId: poll.option["زیاد"]!, respondentTypeId: poll.type["خانم"] }))).fields).toEqual([
      { path: "pollId", message: "polls.public.signInRequired" },
    ]);
    const me = await customer();
    expect(await phone.view(poll.id, me.session)).toMatchObject({ access: "allowed" });
    await expect(phone.answer({ pollId: poll.id, optionId: poll.option["زیاد"]!, respondentTypeId: poll.type["خانم"] }, me.session)).resolves.toEqual({ recorded: true });
    expect(await responses(poll.id)).toHaveLength(1);
  });

  it("a poll for groups takes members of any of them and refuses other customers and visitors", async () => {
    const vip = await getDb().customerGroup.create({ data: { name: "ویژه" }, select: { id: true } });
    const colleague = await getDb().customerGroup.create({ data: { name: "همکار" }, select: { id: true } });
    const other = await getDb().customerGroup.create({ data: { name: "دیگر" }, select: { id: true } });
    const poll = await makePoll({ audience: "GROUPS", groupIds: [vip.id, colleague.id] });
    const member = await customer();
    const outsider = await customer();
    await getDb().customerGroupMember.create({ data: { groupId: colleague.id, customerId: member.customerId } });
    await getDb().customerGroupMember.create({ data: { groupId: other.id, customerId: outsider.customerId } });
    const input = { pollId: poll.id, optionId: poll.option["متوسط"]!, respondentTypeId: poll.type["آقا"] };
    expect(await device(getDb).view(poll.id, outsider.session)).toMatchObject({ access: "notMember" });
    expect((await refusal(device(getDb).answer(input, outsider.session))).fields).toEqual([{ path: "pollId", message: "polls.public.notMember" }]);
    expect((await refusal(device(getDb).answer(input))).fields).toEqual([{ path: "pollId", message: "polls.public.signInRequired" }]);
    await expect(device(getDb).answer(input, member.session)).resolves.toEqual({ recorded: true });
    expect(await responses(poll.id)).toEqual([expect.objectContaining({ customerId: member.customerId })]);
  });
});

describe("the account's list of polls", () => {
  it("lists the open, unexpired polls this customer may answer, with their own answered state only", async () => {
    const vip = await getDb().customerGroup.create({ data: { name: "ویژه" }, select: { id: true } });
    const me = await customer();
    const them = await customer();
    await getDb().customerGroupMember.create({ data: { groupId: vip.id, customerId: me.customerId } });
    const anyone = await makePoll({ question: "برای همه" });
    const customers = await makePoll({ question: "برای مشتریان", audience: "CUSTOMERS" });
    await makePoll({ question: "برای ویژه", audience: "GROUPS", groupIds: [vip.id] });
    await makePoll({ question: "پیش‌نویس", status: "DRAFT" });
    await makePoll({ question: "بسته", status: "CLOSED" });
    const expired = await makePoll({ question: "منقضی" });
    await getDb().poll.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    // The other customer answered "for everyone"; this one answered "for customers".
    await device(getDb).answer({ pollId: anyone.id, optionId: anyone.option["زیاد"]!, respondentTypeId: anyone.type["آقا"] }, them.session);
    await device(getDb).answer({ pollId: customers.id, optionId: customers.option["کم"]!, respondentTypeId: customers.type["خانم"] }, me.session);

    const mine = await callerAs(getDb(), me.session).pollVoting.mine({});
    expect(mine.rows.map((r) => [r.question, r.answeredAt !== null])).toEqual([
      ["برای ویژه", false],
      ["برای مشتریان", true],
      ["برای همه", false],
    ]);
    const theirs = await callerAs(getDb(), them.session).pollVoting.mine({});
    expect(theirs.rows.map((r) => [r.question, r.answeredAt !== null])).toEqual([
      ["برای مشتریان", false],
      ["برای همه", true],
    ]);
  });

  it("pages by keyset", async () => {
    const me = await customer();
    for (let i = 0; i < 5; i++) await makePoll({ question: `سؤال ${i}` });
    const api = callerAs(getDb(), me.session);
    const first = await api.pollVoting.mine({ limit: 3 });
    const second = await api.pollVoting.mine({ limit: 3, cursor: first.next });
    expect([...first.rows, ...second.rows].map((r) => r.question)).toEqual(["سؤال 4", "سؤال 3", "سؤال 2", "سؤال 1", "سؤال 0"]);
    expect(second.next).toBeNull();
  });

  it("is for customers with the account permission only, and takes no customer id", async () => {
    const me = await customer();
    const without: SessionUser = { ...me.session, permissions: me.session.permissions.filter((p) => p !== "account.polls") };
    await expect(callerAs(getDb(), without).pollVoting.mine({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerAs(getDb(), null).pollVoting.mine({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerAs(getDb(), me.session).pollVoting.mine({ customerId: me.customerId } as never)).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
