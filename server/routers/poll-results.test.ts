// The pollResults procedures (issue 9, V-3): staff with polls.read read the counts and page through
// the details with names; customers and staff without polls.read are refused; inputs are strict.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { refusal } from "@/test/customers";

const getDb = useTestDb();
type Caller = ReturnType<typeof callerAs>;
let reader: Caller;
let pollId: string;
let opt: Record<string, string>;
let customer: { customerId: string; userId: string; username: string };

beforeEach(async () => {
  await resetDb(getDb());
  await getDb().$executeRawUnsafe(`TRUNCATE "Poll" RESTART IDENTITY CASCADE`);
  reader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["polls.read"])).userId));
  const poll = await getDb().poll.create({
    data: {
      question: "میزان علاقه‌مندی شما به رایحه ادکلن‌های سرد چقدر است؟",
      expiresAt: new Date(Date.now() + 86_400_000),
      status: "OPEN",
      options: { create: ["زیاد", "متوسط", "کم"].map((label, position) => ({ label, position })) },
    },
    select: { id: true, options: { select: { id: true, label: true } } },
  });
  pollId = poll.id;
  opt = Object.fromEntries(poll.options.map((o) => [o.label, o.id]));
  customer = await makeCustomer(getDb());
  await getDb().pollResponse.createMany({
    data: [
      { pollId, optionId: opt["زیاد"]!, customerId: customer.customerId, message: "از مشتری", createdAt: new Date("2025-03-03T00:00:00Z") },
      { pollId, optionId: opt["زیاد"]!, visitorId: "d1", message: "از بازدیدکننده", createdAt: new Date("2025-03-02T00:00:00Z") },
      { pollId, optionId: opt["کم"]!, visitorId: "d2", createdAt: new Date("2025-03-01T00:00:00Z") },
    ],
  });
});

describe("pollResults", () => {
  it("gives staff with polls.read the counts and the details with names, page by page", async () => {
    const s = await reader.pollResults.summary({ pollId });
    expect(s.total).toBe(3);
    expect(s.options.map((o) => [o.label, o.count, o.percent])).toEqual([["زیاد", 2, 66.7], ["متوسط", 0, 0], ["کم", 1, 33.3]]);

    const first = await reader.pollResults.responses({ pollId, limit: 2 });
    expect(first.rows.map((r) => [r.respondent, r.name, r.message])).toEqual([
      ["customer", `مشتری ${customer.username}`, "از مشتری"],
      ["visitor", null, "از بازدیدکننده"],
    ]);
    const second = await reader.pollResults.responses({ pollId, limit: 2, cursor: first.next });
    expect(second.rows.map((r) => r.optionId)).toEqual([opt["کم"]]);
    expect(second.next).toBeNull();
    const filtered = await reader.pollResults.responses({ pollId, filter: { optionId: opt["زیاد"], message: "with", q: "بازدید" } });
    expect(filtered.rows.map((r) => r.message)).toEqual(["از بازدیدکننده"]);
  });

  it("refuses a visitor, a customer and staff without polls.read, and reveals nothing", async () => {
    const asCustomer = callerAs(getDb(), await sessionOf(getDb(), customer.userId));
    const otherStaff = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["polls.write", "polls.delete", "customers.read"])).userId));
    for (const [caller, code] of [[callerAs(getDb(), null), "UNAUTHORIZED"], [asCustomer, "FORBIDDEN"], [otherStaff, "FORBIDDEN"]] as const) {
      expect((await refusal(caller.pollResults.summary({ pollId }))).code).toBe(code);
      expect((await refusal(caller.pollResults.responses({ pollId }))).code).toBe(code);
    }
  });

  it("refuses unknown keys, a malformed cursor and an unknown poll", async () => {
    expect((await refusal(reader.pollResults.responses({ pollId, customerId: customer.customerId } as never))).code).toBe("BAD_REQUEST");
    expect((await refusal(reader.pollResults.responses({ pollId, cursor: { createdAt: "yesterday", id: "x" } } as never))).code).toBe("BAD_REQUEST");
    expect((await refusal(reader.pollResults.responses({ pollId, limit: 1000 }))).code).toBe("BAD_REQUEST");
    expect(await refusal(reader.pollResults.summary({ pollId: "0190a000-0000-7000-8000-000000000000" }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "pollId", message: "errors.notFound" }],
    });
  });
});
