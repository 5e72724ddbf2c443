// A poll's results (issue 9, V-3): the counts and percentages per answer and per respondent type,
// and the details list paged by keyset with its filters and the respondents' names.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { makeCustomer } from "@/test/factories";
import { pollResultsFilterSchema, type PollResultsFilterInput } from "@/lib/schemas/poll-results";
import { listPollResponses, percentages, pollResultsSummary, type PollResponseRow } from "./results";

const getDb = useTestDb();

beforeEach(async () => {
  await resetDb(getDb());
  await getDb().$executeRawUnsafe(`TRUNCATE "Poll" RESTART IDENTITY CASCADE`);
});

/** A poll whose options and types are created out of order, to prove the results follow `position`. */
async function makePoll(options: { label: string; closed?: boolean }[], types: { label: string; closed?: boolean }[] = []) {
  const poll = await getDb().poll.create({
    data: {
      question: "میزان علاقه‌مندی شما به رایحه ادکلن‌های سرد چقدر است؟",
      expiresAt: new Date(Date.now() + 86_400_000),
      status: "OPEN",
      allowMessage: true,
      options: { create: options.map((o, position) => ({ ...o, position })).reverse() },
      respondentTypes: { create: types.map((t, position) => ({ ...t, position })).reverse() },
    },
    select: { id: true, options: { select: { id: true, label: true } }, respondentTypes: { select: { id: true, label: true } } },
  });
  const opt = Object.fromEntries(poll.options.map((o) => [o.label, o.id]));
  const type = Object.fromEntries(poll.respondentTypes.map((t) => [t.label, t.id]));
  return { id: poll.id, opt, type };
}

let visitorSeq = 0;
function answer(pollId: string, optionId: string, extra: { typeId?: string; customerId?: string; message?: string | null; createdAt?: Date } = {}) {
  return getDb().pollResponse.create({
    data: {
      pollId,
      optionId,
      respondentTypeId: extra.typeId ?? null,
      customerId: extra.customerId ?? null,
      visitorId: extra.customerId ? null : `visitor-${++visitorSeq}`,
      message: extra.message ?? null,
      createdAt: extra.createdAt,
    },
    select: { id: true, createdAt: true },
  });
}

const list = (pollId: string, filter: PollResultsFilterInput = {}, limit = 30, cursor: { createdAt: string; id: string } | null = null) =>
  listPollResponses(getDb(), { pollId, filter: pollResultsFilterSchema.parse(filter), cursor, limit });

/** Every row of the filter, page after page. */
async function all(pollId: string, filter: PollResultsFilterInput = {}, limit = 30) {
  const rows: PollResponseRow[] = [];
  let cursor: { createdAt: string; id: string } | null = null;
  do {
    const page = await list(pollId, filter, limit, cursor);
    rows.push(...page.rows);
    cursor = page.next;
  } while (cursor);
  return rows;
}

describe("percentages", () => {
  it("are in tenths, add up to exactly 100, and are all zero without answers", () => {
    expect(percentages([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(percentages([2, 1, 0, 1])).toEqual([50, 25, 0, 25]);
    expect(percentages([0, 0, 0])).toEqual([0, 0, 0]);
    expect(percentages([1, 2])).toEqual([33.3, 66.7]);
    for (let n = 0; n < 200; n++) {
      const counts = Array.from({ length: 1 + (n % 6) }, (_, i) => (n * 7 + i * 13) % 11);
      const sum = percentages(counts).reduce((a, b) => a + b, 0);
      expect(Math.round(sum * 10)).toBe(counts.some((c) => c > 0) ? 1000 : 0);
    }
  });
});

describe("the summary", () => {
  it("counts each answer in option order, closed ones and unused ones too, split by respondent type", async () => {
    const p = await makePoll(
      [{ label: "زیاد" }, { label: "متوسط" }, { label: "کم", closed: true }, { label: "اصلاً" }],
      [{ label: "خانم" }, { label: "آقا" }, { label: "دختر" }, { label: "پسر", closed: true }],
    );
    const other = await makePoll([{ label: "زیاد" }]);
    await answer(other.id, other.opt["زیاد"]!); // another poll's answer counts nowhere here
    const plan: [string, string | undefined][] = [
      ["زیاد", "خانم"], ["زیاد", "خانم"], ["زیاد", "آقا"], ["زیاد", undefined],
      ["متوسط", "خانم"], ["متوسط", "پسر"],
      ["کم", "آقا"], ["کم", undefined],
    ];
    for (const [o, t] of plan) await answer(p.id, p.opt[o]!, { typeId: t ? p.type[t] : undefined });

    const s = await pollResultsSummary(getDb(), p.id);
    expect(s.poll).toMatchObject({ id: p.id, status: "OPEN", allowMessage: true });
    expect(s.total).toBe(8);
    expect(s.options.map(({ label, closed, count, percent }) => ({ label, closed, count, percent }))).toEqual([
      { label: "زیاد", closed: false, count: 4, percent: 50 },
      { label: "متوسط", closed: false, count: 2, percent: 25 },
      { label: "کم", closed: true, count: 2, percent: 25 },
      { label: "اصلاً", closed: false, count: 0, percent: 0 },
    ]);
    expect(s.respondentTypes.map((t) => t.label)).toEqual(["خانم", "آقا", "دختر", "پسر"]);
    const label = new Map([...s.respondentTypes.map((t) => [t.id, t.label] as const), ["none", "none"]]);
    expect(s.byType.map((row) => [label.get(row.respondentTypeId), row.total, row.options.map((o) => [o.count, o.percent])])).toEqual([
      ["خانم", 3, [[2, 66.7], [1, 33.3], [0, 0], [0, 0]]],
      ["آقا", 2, [[1, 50], [0, 0], [1, 50], [0, 0]]],
      ["دختر", 0, [[0, 0], [0, 0], [0, 0], [0, 0]]],
      ["پسر", 1, [[0, 0], [1, 100], [0, 0], [0, 0]]],
      ["none", 2, [[1, 50], [0, 0], [1, 50], [0, 0]]],
    ]);
    // The split's option order is the summary's.
    for (const row of s.byType) expect(row.options.map((o) => o.optionId)).toEqual(s.options.map((o) => o.id));
  });

  it("has a total of zero and no split when nobody answered a poll without respondent types", async () => {
    const p = await makePoll([{ label: "بله" }, { label: "خیر" }]);
    const s = await pollResultsSummary(getDb(), p.id);
    expect(s.total).toBe(0);
    expect(s.options.map((o) => [o.count, o.percent])).toEqual([[0, 0], [0, 0]]);
    expect(s.byType).toEqual([]);
  });

  it("refuses an unknown poll", async () => {
    await expect(pollResultsSummary(getDb(), "0190a000-0000-7000-8000-000000000000")).rejects.toMatchObject({ fields: [{ path: "pollId", message: "errors.notFound" }] });
  });
});

describe("the details list", () => {
  it("pages newest first by (createdAt, id) with no row twice and none missed, across equal times", async () => {
    const p = await makePoll([{ label: "زیاد" }, { label: "کم" }]);
    const base = Date.parse("2025-03-01T10:00:00Z");
    const made: { id: string; createdAt: Date }[] = [];
    // 23 answers over 5 distinct instants: most pages cut through a run of equal createdAt.
    for (let i = 0; i < 23; i++) made.push(await answer(p.id, p.opt[i % 2 ? "کم" : "زیاد"]!, { createdAt: new Date(base + (i % 5) * 1000) }));
    const expected = [...made].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1)).map((r) => r.id);
    for (const limit of [1, 4, 7, 23, 30]) {
      const rows = await all(p.id, {}, limit);
      expect(rows.map((r) => r.id)).toEqual(expected);
    }
    const first = await list(p.id, {}, 23);
    expect(first.next).toBeNull(); // exactly one page: no "more" button
    const paged = await list(p.id, {}, 22);
    expect(paged.next).toEqual({ createdAt: paged.rows[21]!.createdAt.toISOString(), id: paged.rows[21]!.id });
  });

  it("filters by answer, respondent type (or none), message present or absent, and words of the message", async () => {
    const p = await makePoll([{ label: "زیاد" }, { label: "متوسط" }, { label: "کم" }], [{ label: "خانم" }, { label: "آقا" }]);
    const a = await answer(p.id, p.opt["زیاد"]!, { typeId: p.type["خانم"], message: "بوی خنکش را دوست دارم" });
    const b = await answer(p.id, p.opt["زیاد"]!, { typeId: p.type["آقا"], message: "   " });
    const c = await answer(p.id, p.opt["متوسط"]!, { message: "خیلي تند است ۱۰۰٪" }); // Arabic ي, Persian digits
    const d = await answer(p.id, p.opt["کم"]!, { typeId: p.type["خانم"] });
    const e = await answer(p.id, p.opt["کم"]!, { typeId: p.type["آقا"], message: "50% off_sale" });
    const ids = async (f: PollResultsFilterInput) => (await all(p.id, f)).map((r) => r.id).sort();
    const sorted = (...rows: { id: string }[]) => rows.map((r) => r.id).sort();

    expect(await ids({})).toEqual(sorted(a, b, c, d, e));
    expect(await ids({ optionId: p.opt["زیاد"] })).toEqual(sorted(a, b));
    expect(await ids({ optionId: p.opt["کم"] })).toEqual(sorted(d, e));
    expect(await ids({ respondentTypeId: p.type["خانم"] })).toEqual(sorted(a, d));
    expect(await ids({ respondentTypeId: "none" })).toEqual(sorted(c));
    expect(await ids({ message: "with" })).toEqual(sorted(a, c, e)); // blank is no message
    expect(await ids({ message: "without" })).toEqual(sorted(b, d));
    expect(await ids({ q: "خیلی" })).toEqual(sorted(c)); // Persian ی finds Arabic ي
    expect(await ids({ q: "100" })).toEqual(sorted(c)); // Latin digits find Persian ones
    expect(await ids({ q: "دوست" })).toEqual(sorted(a));
    expect(await ids({ q: "%" })).toEqual(sorted(e)); // a literal %, not a wildcard (c has the Persian ٪)
    expect(await ids({ q: "f_s" })).toEqual(sorted(e));
    expect(await ids({ q: "_" })).toEqual(sorted(e));
    expect(await ids({ optionId: p.opt["کم"], respondentTypeId: p.type["آقا"], message: "with", q: "sale" })).toEqual(sorted(e));
    expect(await ids({ optionId: p.opt["متوسط"], respondentTypeId: p.type["خانم"] })).toEqual([]);
  });

  it("names customers and says visitor for a device, and erases a deleted customer's name", async () => {
    const p = await makePoll([{ label: "زیاد" }]);
    const db = getDb();
    const alive = await makeCustomer(db);
    const gone = await makeCustomer(db);
    await answer(p.id, p.opt["زیاد"]!, { customerId: alive.customerId, createdAt: new Date("2025-01-03T00:00:00Z") });
    await answer(p.id, p.opt["زیاد"]!, { createdAt: new Date("2025-01-02T00:00:00Z") });
    await answer(p.id, p.opt["زیاد"]!, { customerId: gone.customerId, createdAt: new Date("2025-01-01T00:00:00Z") });
    await db.customer.update({ where: { id: gone.customerId }, data: { deletedAt: new Date() } });
    const rows = await all(p.id);
    expect(rows.map((r) => [r.respondent, r.name])).toEqual([
      ["customer", `مشتری ${alive.username}`],
      ["visitor", null],
      ["deleted", null],
    ]);
  });
});
