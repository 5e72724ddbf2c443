// The .xlsx export of a poll's answer details (issue 9): who may download it, what the file holds
// (header in the admin's language, right-to-left for fa/ar, the list's filter and order, dates in
// the locale's calendar), that no cell runs as a formula, and the row cap.
import { PassThrough } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { resetDb, useTestDb } from "@/test/db";
import { makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin } from "@/test/customers";
import { formatDate } from "@/lib/format";
import { pollResultsFilterSchema } from "@/lib/schemas/poll-results";
import type { SessionUser } from "../../trpc";
import { pollExportResponse, safeCell, writePollResultsXlsx } from "./results-export";

const getDb = useTestDb();
let admin: SessionUser;
let poll: { id: string; opt: Record<string, string>; type: Record<string, string> };

async function makePoll() {
  const p = await getDb().poll.create({
    data: {
      question: "میزان علاقه‌مندی شما به رایحه ادکلن‌های سرد چقدر است؟",
      expiresAt: new Date(Date.now() + 86_400_000),
      status: "OPEN",
      allowMessage: true,
      options: { create: ["زیاد", "متوسط", "کم"].map((label, position) => ({ label, position })) },
      respondentTypes: { create: ["خانم", "آقا", "دختر", "پسر"].map((label, position) => ({ label, position })) },
    },
    select: { id: true, options: { select: { id: true, label: true } }, respondentTypes: { select: { id: true, label: true } } },
  });
  return { id: p.id, opt: Object.fromEntries(p.options.map((o) => [o.label, o.id])), type: Object.fromEntries(p.respondentTypes.map((t) => [t.label, t.id])) };
}

let seq = 0;
const answer = (optionId: string, extra: { typeId?: string; customerId?: string; message?: string; at: string }) =>
  getDb().pollResponse.create({
    data: {
      pollId: poll.id,
      optionId,
      respondentTypeId: extra.typeId ?? null,
      customerId: extra.customerId ?? null,
      visitorId: extra.customerId ? null : `device-${++seq}`,
      message: extra.message ?? null,
      createdAt: new Date(extra.at),
    },
  });

/** The downloaded file, read back as a spreadsheet program would. */
async function download(session: SessionUser | null, query: Record<string, string> = {}, pollId = poll.id, cap?: number) {
  const res = await pollExportResponse(getDb(), session, pollId, new URLSearchParams(query), cap);
  if (res.status !== 200) return { res, sheet: null };
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return { res, sheet: book.worksheets[0]! };
}
const values = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().slice(1).map((row) => Array.from({ length: 5 }, (_, i) => (Array.isArray(row) ? (row[i + 1] ?? "") : "")));

beforeEach(async () => {
  await resetDb(getDb());
  await getDb().$executeRawUnsafe(`TRUNCATE "Poll" RESTART IDENTITY CASCADE`);
  admin = await sessionOf(getDb(), (await makeAdmin(getDb())).userId);
  poll = await makePoll();
});

describe("who may export", () => {
  it("is staff holding polls.read; a visitor, a customer and other staff are refused with no file", async () => {
    await answer(poll.opt["زیاد"]!, { at: "2025-03-01T10:00:00Z", message: "راز" });
    const customer = await sessionOf(getDb(), (await makeCustomer(getDb())).userId);
    const others = await sessionOf(getDb(), (await makeStaff(getDb(), ["polls.write", "polls.delete", "customers.read", "reviews.read"])).userId);
    const reader = await sessionOf(getDb(), (await makeStaff(getDb(), ["polls.read"])).userId);
    for (const [session, status] of [[null, 401], [customer, 403], [others, 403]] as const) {
      const { res } = await download(session);
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/json/);
      expect(await res.text()).not.toContain("راز");
    }
    const { res, sheet } = await download(reader);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="poll-results-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(values(sheet!)[1]).toContain("راز");
  });

  it("answers 404 for an unknown or malformed poll id", async () => {
    expect((await download(admin, {}, "0190a000-0000-7000-8000-000000000000")).res.status).toBe(404);
    expect((await download(admin, {}, "not-a-uuid")).res.status).toBe(404);
  });
});

describe("the file", () => {
  it("has the header in the admin's language, right to left in fa and ar, and the rows newest first", async () => {
    const c = await makeCustomer(getDb());
    await answer(poll.opt["زیاد"]!, { typeId: poll.type["خانم"], customerId: c.customerId, message: "خنک و دل‌نشین", at: "2025-03-02T08:30:00Z" });
    await answer(poll.opt["کم"]!, { at: "2025-03-01T10:00:00Z" });

    const fa = (await download(admin, { locale: "fa" })).sheet!;
    expect(fa.name).toBe("پاسخ‌ها");
    expect(fa.views[0]).toMatchObject({ rightToLeft: true, state: "frozen", ySplit: 1 });
    expect(values(fa)).toEqual([
      ["نام", "تاریخ", "پاسخ", "پاسخ دهنده", "پیام"],
      [`مشتری ${c.username}`, formatDate(new Date("2025-03-02T08:30:00Z"), "fa", true), "زیاد", "خانم", "خنک و دل‌نشین"],
      ["بازدیدکننده", formatDate(new Date("2025-03-01T10:00:00Z"), "fa", true), "کم", "نامشخص", ""],
    ]);
    expect(values(fa)[1]![1]).toMatch(/۱۴۰۳/); // the Jalali year of March 2025

    const ar = (await download(admin, { locale: "ar" })).sheet!;
    expect(ar.views[0]).toMatchObject({ rightToLeft: true });
    expect(values(ar)[0]).toEqual(["الاسم", "التاريخ", "الإجابة", "فئة المجيب", "الرسالة"]);
    expect(values(ar)[2]![0]).toBe("زائر");

    const en = (await download(admin, { locale: "en" })).sheet!;
    expect(en.views[0]?.rightToLeft).toBeFalsy();
    expect(values(en)[0]).toEqual(["Name", "Date", "Answer", "Respondent type", "Message"]);
    expect(values(en)[2]!.slice(0, 1)).toEqual(["Visitor"]);
  });

  it("holds only the rows of the current filter", async () => {
    await answer(poll.opt["زیاد"]!, { typeId: poll.type["آقا"], message: "یک", at: "2025-03-03T00:00:00Z" });
    await answer(poll.opt["زیاد"]!, { typeId: poll.type["خانم"], message: "دو", at: "2025-03-02T00:00:00Z" });
    await answer(poll.opt["کم"]!, { typeId: poll.type["آقا"], message: "سه", at: "2025-03-01T00:00:00Z" });
    await answer(poll.opt["زیاد"]!, { typeId: poll.type["آقا"], at: "2025-02-28T00:00:00Z" });
    const messages = async (query: Record<string, string>) => values((await download(admin, query)).sheet!).slice(1).map((r) => r[4]);
    expect(await messages({})).toEqual(["یک", "دو", "سه", ""]);
    expect(await messages({ optionId: poll.opt["زیاد"]!, respondentTypeId: poll.type["آقا"]! })).toEqual(["یک", ""]);
    expect(await messages({ optionId: poll.opt["زیاد"]!, message: "with" })).toEqual(["یک", "دو"]);
    expect(await messages({ q: "سه" })).toEqual(["سه"]);
    // A stale or forged filter value is dropped rather than failing the download.
    expect(await messages({ optionId: "nonsense", message: "maybe" })).toEqual(["یک", "دو", "سه", ""]);
  });

  it("never holds a cell a spreadsheet would run as a formula", async () => {
    const c = await makeCustomer(getDb());
    await getDb().user.update({ where: { id: c.userId }, data: { name: "@SUM(A1:A9)" } });
    const nasty = ['=HYPERLINK("http://x","y")', "+1+2", "-3+cmd|' /C calc'!A0", "@SUM(1)", "\t=1+1", "\r=1+1", "=1\u0001+2"];
    let minute = 10;
    for (const message of nasty) await answer(poll.opt["متوسط"]!, { message, at: `2025-03-01T10:${minute++}:00Z` });
    await answer(poll.opt["زیاد"]!, { customerId: c.customerId, message: "عادی - بدون خطر", at: "2025-03-01T11:00:00Z" });

    const sheet = (await download(admin)).sheet!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula).toBeUndefined();
      if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
    }
    // XML reads a stored CR back as LF; the apostrophe in front is what matters.
    const col = (n: number) => values(sheet).slice(1).map((r) => r[n]);
    expect(col(4)).toEqual(["عادی - بدون خطر", "'=1+2", "'\n=1+1", "'\t=1+1", "'@SUM(1)", "'-3+cmd|' /C calc'!A0", "'+1+2", `'=HYPERLINK("http://x","y")`]);
    expect(col(0)[0]).toBe("'@SUM(A1:A9)");
  });

  it("stops at the row cap", async () => {
    for (let i = 0; i < 5; i++) await answer(poll.opt["زیاد"]!, { message: `m${i}`, at: `2025-03-01T10:0${i}:00Z` });
    const sheet = (await download(admin, {}, poll.id, 3)).sheet!;
    expect(values(sheet).slice(1).map((r) => r[4])).toEqual(["m4", "m3", "m2"]);
    // Past one read batch (1000 rows) every row comes once, in order.
    await getDb().pollResponse.createMany({
      data: Array.from({ length: 1003 }, (_, i) => ({ pollId: poll.id, optionId: poll.opt["کم"]!, visitorId: `bulk-${i}`, message: `b${i}`, createdAt: new Date(Date.parse("2025-01-01T00:00:00Z") - i * 1000) })),
    });
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    const written = await writePollResultsXlsx(getDb(), { pollId: poll.id, filter: pollResultsFilterSchema.parse({ optionId: poll.opt["کم"] }), locale: "fa" }, out);
    expect(written).toBe(1003);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as never);
    expect(values(book.worksheets[0]!).slice(1).map((r) => r[4])).toEqual(Array.from({ length: 1003 }, (_, i) => `b${i}`));
  });
});

describe("safeCell", () => {
  it("prefixes formula starters and keeps other text as it is", () => {
    expect(safeCell("=1")).toBe("'=1");
    expect(safeCell("زیاد")).toBe("زیاد");
    expect(safeCell("a=1")).toBe("a=1");
    expect(safeCell("")).toBe("");
  });
});
