// Threads and their files (issue 10, M-1..M-3), through the procedures, the multipart write route
// and the download route, on a real database and a real upload folder: only the participants reach
// a thread or a file; broken attachment rules write nothing; statuses, reopening, internal notes,
// unread counts, overdue and keyset paging behave as staff and customers would see them.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { refusal } from "@/test/customers";
import type { SessionUser } from "../../trpc";
import { setStorage, localStorage } from "../attachments/storage";
import { attachmentResponse } from "../attachments/download";
import { exeBytes, pdfBytes, pngBytes } from "../attachments/test-files";
import { inboxWriteResponse } from "./upload";

const getDb = useTestDb();
let uploadDir: string;

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), "inbox-uploads-"));
  setStorage(localStorage(uploadDir));
});
afterAll(async () => {
  setStorage(undefined);
  await rm(uploadDir, { recursive: true, force: true });
});

/** Every stored file under the upload folder. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(uploadDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

type FileSpec = { name: string; bytes: Uint8Array };
/** POST /api/inbox/messages as the browser sends it. */
async function post(session: SessionUser | null, kind: string, fields: Record<string, string>, files: FileSpec[] = []) {
  const form = new FormData();
  form.set("kind", kind);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of files) form.append("files", new File([f.bytes as BlobPart], f.name));
  const res = await inboxWriteResponse(getDb(), session, new Request("http://localhost/api/inbox/messages", { method: "POST", body: form }));
  return { status: res.status, body: (await res.json()) as { threadId?: string; messageId?: string; message?: string; fields?: { path: string; message: string }[] } };
}

const pdf = (name = "فاکتور سفارش.pdf"): FileSpec => ({ name, bytes: pdfBytes("سفارش ۱۰۴۲") });

let sales: string;
let technical: string;
let salesStaff: SessionUser;
let techStaff: SessionUser;
let alice: SessionUser;
let bob: SessionUser;

async function department(fa: string, staffIds: string[], active = true) {
  const d = await getDb().department.create({
    data: { name: { fa, ar: fa, en: fa }, active, staff: { create: staffIds.map((userId) => ({ userId })) } },
    select: { id: true },
  });
  return d.id;
}

beforeEach(async () => {
  await resetDb(getDb());
  await getDb().$executeRawUnsafe(`TRUNCATE "Department", "Thread" RESTART IDENTITY CASCADE`);
  for (const f of await readdir(uploadDir)) await rm(path.join(uploadDir, f), { recursive: true, force: true });
  const staff = ["inbox.read", "inbox.write"];
  const s1 = await makeStaff(getDb(), staff);
  const s2 = await makeStaff(getDb(), staff);
  sales = await department("فروش", [s1.userId]);
  technical = await department("فنی", [s2.userId]);
  salesStaff = await sessionOf(getDb(), s1.userId);
  techStaff = await sessionOf(getDb(), s2.userId);
  alice = await sessionOf(getDb(), (await makeCustomer(getDb())).userId);
  bob = await sessionOf(getDb(), (await makeCustomer(getDb())).userId);
});

/** The admin writes to Alice in sales with a PDF; returns the thread and the attachment id. */
async function staffWritesToAlice(extra: Record<string, string> = {}, files: FileSpec[] = [pdf()]) {
  const { status, body } = await post(salesStaff, "staffThread", { customerId: alice.customerId!, subject: "پیگیری سفارش", departmentId: sales, priority: "HIGH", body: "سلام، فاکتور پیوست است.", ...extra }, files);
  expect(status, JSON.stringify(body)).toBe(200);
  const att = await getDb().attachment.findFirst({ where: { message: { threadId: body.threadId } }, select: { id: true } });
  return { threadId: body.threadId!, attachmentId: att?.id ?? null };
}

describe("who reaches a thread and its files", () => {
  it("is the thread's customer and the department's staff; anyone else gets not-found and 404", async () => {
    const { threadId, attachmentId } = await staffWritesToAlice();

    const mine = await callerAs(getDb(), alice).myInbox.open({ id: threadId });
    expect(mine.subject).toBe("پیگیری سفارش");
    expect(mine.messages[0]!.attachments[0]).toMatchObject({ fileName: "فاکتور سفارش.pdf", contentType: "application/pdf" });
    const res = await attachmentResponse(getDb(), alice, attachmentId!);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="______ _____.pdf"; filename*=UTF-8''${encodeURIComponent("فاکتور سفارش.pdf")}`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toMatch(/private.*no-store/);
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe(Buffer.from(pdfBytes("سفارش ۱۰۴۲")).toString());
    expect((await attachmentResponse(getDb(), salesStaff, attachmentId!)).status).toBe(200);

    // Bob, the other department's staff and a visitor: the same answer as a thread that does not exist.
    expect((await refusal(callerAs(getDb(), bob).myInbox.open({ id: threadId }))).code).toBe("NOT_FOUND");
    expect((await refusal(callerAs(getDb(), techStaff).inbox.open({ id: threadId }))).code).toBe("NOT_FOUND");
    expect((await refusal(callerAs(getDb(), techStaff).inbox.assign({ id: threadId, assigneeId: null }))).code).toBe("NOT_FOUND");
    for (const session of [bob, techStaff, null]) {
      const r = await attachmentResponse(getDb(), session, attachmentId!);
      expect(r.status).toBe(404);
      expect(await r.text()).not.toContain("PDF");
    }
    expect((await post(bob, "customerReply", { threadId, body: "من هم" })).status).toBe(404);
    expect((await post(techStaff, "staffReply", { threadId, body: "x" })).status).toBe(404);
    expect(await callerAs(getDb(), bob).myInbox.list({})).toMatchObject({ rows: [] });
    expect(await callerAs(getDb(), techStaff).inbox.list({})).toMatchObject({ rows: [] });
    expect(await getDb().threadMessage.count()).toBe(1);
  });

  it("lets a manager (departments.write) reach every department; a customer cannot use the admin procedures", async () => {
    const { threadId, attachmentId } = await staffWritesToAlice();
    const manager = await sessionOf(getDb(), (await makeStaff(getDb(), ["inbox.read", "departments.write"])).userId);
    expect((await callerAs(getDb(), manager).inbox.open({ id: threadId })).subject).toBe("پیگیری سفارش");
    expect((await attachmentResponse(getDb(), manager, attachmentId!)).status).toBe(200);
    expect((await refusal(callerAs(getDb(), alice).inbox.list({}))).code).toBe("FORBIDDEN");
    // Reading is not writing: inbox.read alone may not reply.
    const reader = await makeStaff(getDb(), ["inbox.read"]);
    await getDb().departmentStaff.create({ data: { departmentId: sales, userId: reader.userId } });
    expect((await post(await sessionOf(getDb(), reader.userId), "staffReply", { threadId, body: "x" })).status).toBe(403);
    expect((await post(alice, "staffReply", { threadId, body: "x" })).status).toBe(403);
    expect((await post(salesStaff, "customerReply", { threadId, body: "x" })).status).toBe(403);
    expect((await post(null, "customerReply", { threadId, body: "x" })).status).toBe(401);
  });

  it("writes only to an active department the staff member reads, and only about the customer's own orders", async () => {
    const closed = await department("قدیمی", [], false);
    expect((await post(salesStaff, "staffThread", { customerId: alice.customerId!, subject: "s", departmentId: technical, body: "b" })).body.fields).toEqual([
      { path: "departmentId", message: "inbox.errors.departmentNotYours" },
    ]);
    expect((await post(alice, "customerThread", { subject: "s", departmentId: closed, body: "b" })).body.fields).toEqual([
      { path: "departmentId", message: "inbox.errors.departmentInactive" },
    ]);
    const bobsOrder = await getDb().order.create({ data: { customerId: bob.customerId! }, select: { id: true } });
    const alicesOrder = await getDb().order.create({ data: { customerId: alice.customerId! }, select: { id: true } });
    expect((await post(alice, "customerThread", { subject: "s", departmentId: sales, body: "b", orderId: bobsOrder.id })).body.fields).toEqual([
      { path: "orderId", message: "inbox.errors.orderNotFound" },
    ]);
    const ok = await post(alice, "customerThread", { subject: "s", departmentId: sales, body: "b", orderId: alicesOrder.id });
    expect(ok.status).toBe(200);
    expect(await getDb().thread.findMany({ select: { orderId: true } })).toEqual([{ orderId: alicesOrder.id }]);
  });
});

describe("attachment rules", () => {
  it("stores a PNG named .pdf as image/png, and refuses an exe named .pdf with nothing written", async () => {
    const { attachmentId } = await staffWritesToAlice({}, [{ name: "scan.pdf", bytes: pngBytes() }]);
    const res = await attachmentResponse(getDb(), alice, attachmentId!);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(await storedFiles()).toHaveLength(1);

    const refused = await post(alice, "customerThread", { subject: "ویروس", departmentId: sales, body: "b" }, [pdf(), { name: "invoice.pdf", bytes: exeBytes() }]);
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ path: "files", message: "inbox.errors.fileType", values: { name: "invoice.pdf", types: "pdf, jpg, png, webp, docx, xlsx" } }]);
    expect(await getDb().thread.count({ where: { subject: "ویروس" } })).toBe(0);
    expect(await getDb().attachment.count()).toBe(1);
    expect(await storedFiles()).toHaveLength(1);
  });

  it("refuses an oversize file and one file too many (settings' limits) with no rows and no files", async () => {
    await getDb().setting.create({ data: { key: "inbox", value: { attachments: { maxSizeMb: 1, maxCount: 2, types: ["pdf", "png"] } } } });
    const big = new Uint8Array(1024 * 1024 + 10);
    big.set(pdfBytes());
    const oversize = await post(alice, "customerThread", { subject: "بزرگ", departmentId: sales, body: "b" }, [{ name: "big.pdf", bytes: big }]);
    expect(oversize.body.fields).toMatchObject([{ path: "files", message: "inbox.errors.fileTooLarge", values: { mb: 1 } }]);
    const many = await post(alice, "customerThread", { subject: "زیاد", departmentId: sales, body: "b" }, [pdf("1.pdf"), pdf("2.pdf"), pdf("3.pdf")]);
    expect(many.body.fields).toMatchObject([{ path: "files", message: "inbox.errors.tooManyFiles", values: { max: 2 } }]);
    expect(await getDb().thread.count()).toBe(0);
    expect(await getDb().threadMessage.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("removes the stored files when the rows' transaction fails", async () => {
    const { threadId } = await staffWritesToAlice({}, []);
    await getDb().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION inbox_test_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`);
    await getDb().$executeRawUnsafe(`CREATE TRIGGER inbox_test_fail BEFORE INSERT ON "Attachment" FOR EACH ROW EXECUTE FUNCTION inbox_test_fail()`);
    try {
      await expect(post(alice, "customerReply", { threadId, body: "با فایل" }, [pdf(), pdf("2.pdf")])).rejects.toThrow(/disk full/);
    } finally {
      await getDb().$executeRawUnsafe(`DROP TRIGGER inbox_test_fail ON "Attachment"`);
    }
    expect(await storedFiles()).toEqual([]);
    expect(await getDb().threadMessage.count({ where: { threadId } })).toBe(1);
    expect((await getDb().thread.findUniqueOrThrow({ where: { id: threadId } })).status).toBe("WAITING_CUSTOMER");
  });
});

describe("statuses, notes and unread counts", () => {
  const statusOf = async (id: string) => getDb().thread.findUniqueOrThrow({ where: { id }, select: { status: true, waitingSince: true, staffUnread: true, customerUnread: true } });

  it("moves between waiting for customer and for staff, keeps the wait's start, closes and reopens on a reply", async () => {
    const { threadId } = await staffWritesToAlice();
    expect(await statusOf(threadId)).toMatchObject({ status: "WAITING_CUSTOMER", waitingSince: null, customerUnread: 1 });
    await post(alice, "customerReply", { threadId, body: "اول" });
    const first = await statusOf(threadId);
    expect(first).toMatchObject({ status: "WAITING_STAFF", staffUnread: 1 });
    expect(first.waitingSince).toBeInstanceOf(Date);
    await new Promise((r) => setTimeout(r, 5));
    await post(alice, "customerReply", { threadId, body: "دوم" });
    expect(await statusOf(threadId)).toMatchObject({ status: "WAITING_STAFF", waitingSince: first.waitingSince, staffUnread: 2 });
    await post(salesStaff, "staffReply", { threadId, body: "پاسخ" });
    expect(await statusOf(threadId)).toMatchObject({ status: "WAITING_CUSTOMER", waitingSince: null });
    await callerAs(getDb(), salesStaff).inbox.setStatus({ id: threadId, status: "CLOSED" });
    expect((await statusOf(threadId)).status).toBe("CLOSED");
    await post(alice, "customerReply", { threadId, body: "باز هم" });
    expect((await statusOf(threadId)).status).toBe("WAITING_STAFF");
    await callerAs(getDb(), alice).myInbox.close({ id: threadId });
    await post(salesStaff, "staffReply", { threadId, body: "بازگشایی" });
    expect((await statusOf(threadId)).status).toBe("WAITING_CUSTOMER");
    // A new ticket waits for staff from the start.
    const ticket = await post(alice, "customerThread", { subject: "تیکت", departmentId: technical, body: "b" });
    expect(await statusOf(ticket.body.threadId!)).toMatchObject({ status: "WAITING_STAFF", staffUnread: 1 });
  });

  it("hides internal notes from the customer and never counts them as unread for them", async () => {
    const { threadId, attachmentId } = await staffWritesToAlice();
    await callerAs(getDb(), alice).myInbox.open({ id: threadId });
    const note = await post(salesStaff, "staffReply", { threadId, body: "یادداشت محرمانه", internal: "true" }, [pdf("note.pdf")]);
    expect(note.status).toBe(200);
    const noteFile = await getDb().attachment.findFirstOrThrow({ where: { messageId: note.body.messageId }, select: { id: true } });
    expect(await statusOf(threadId)).toMatchObject({ status: "WAITING_CUSTOMER", customerUnread: 0 });
    expect(await callerAs(getDb(), alice).myInbox.unread()).toBe(0);
    const seen = await callerAs(getDb(), alice).myInbox.open({ id: threadId });
    expect(JSON.stringify(seen)).not.toContain("یادداشت محرمانه");
    expect(seen.messages).toHaveLength(1);
    expect((await attachmentResponse(getDb(), alice, noteFile.id)).status).toBe(404);
    expect((await attachmentResponse(getDb(), alice, attachmentId!)).status).toBe(200);
    const staffView = await callerAs(getDb(), salesStaff).inbox.open({ id: threadId });
    expect(staffView.messages.map((m) => [m.body, m.internal])).toEqual([["سلام، فاکتور پیوست است.", false], ["یادداشت محرمانه", true]]);
  });

  it("counts unread threads for each side and resets them when that side opens the thread", async () => {
    const { threadId } = await staffWritesToAlice();
    await staffWritesToAlice();
    expect(await callerAs(getDb(), alice).myInbox.unread()).toBe(2);
    expect(await callerAs(getDb(), bob).myInbox.unread()).toBe(0);
    expect((await callerAs(getDb(), alice).myInbox.list({})).rows.map((r) => r.unread)).toEqual([true, true]);
    await callerAs(getDb(), alice).myInbox.open({ id: threadId });
    expect(await callerAs(getDb(), alice).myInbox.unread()).toBe(1);
    await post(alice, "customerReply", { threadId, body: "۱" });
    await post(alice, "customerReply", { threadId, body: "۲" });
    expect(await callerAs(getDb(), salesStaff).inbox.unread()).toBe(1);
    expect(await callerAs(getDb(), techStaff).inbox.unread()).toBe(0);
    expect((await statusOf(threadId)).staffUnread).toBe(2);
    await callerAs(getDb(), salesStaff).inbox.open({ id: threadId });
    expect(await callerAs(getDb(), salesStaff).inbox.unread()).toBe(0);
  });
});

describe("the admin list", () => {
  it("marks a thread overdue once it waits for staff longer than its priority's target", async () => {
    const urgent = await post(alice, "customerThread", { subject: "فوری", departmentId: sales, body: "b" });
    const calm = await post(alice, "customerThread", { subject: "آرام", departmentId: sales, body: "b" });
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    await getDb().thread.update({ where: { id: urgent.body.threadId }, data: { priority: "URGENT", waitingSince: hoursAgo(3) } });
    await getDb().thread.update({ where: { id: calm.body.threadId }, data: { priority: "LOW", waitingSince: hoursAgo(5) } });
    const list = async () => Object.fromEntries((await callerAs(getDb(), salesStaff).inbox.list({})).rows.map((r) => [r.subject, r.overdue]));
    expect(await list()).toEqual({ فوری: true, آرام: false });
    await getDb().setting.create({ data: { key: "inbox", value: { responseHours: { LOW: 4, NORMAL: 24, HIGH: 8, URGENT: 4 } } } });
    expect(await list()).toEqual({ فوری: false, آرام: true });
    await post(salesStaff, "staffReply", { threadId: calm.body.threadId!, body: "پاسخ" });
    expect(await list()).toEqual({ فوری: false, آرام: false });
  });

  it("pages by keyset, oldest waiting first then newest activity, and filters and searches", async () => {
    const made: string[] = [];
    for (const [i, subject] of ["الف", "ب", "پ", "ت", "ث"].entries()) {
      const r = await post(alice, "customerThread", { subject: `سفارش ${subject}`, departmentId: sales, body: "b" });
      made.push(r.body.threadId!);
      await getDb().thread.update({ where: { id: r.body.threadId }, data: { waitingSince: i < 3 ? new Date(Date.UTC(2025, 0, 3 - i)) : null, lastMessageAt: new Date(Date.UTC(2025, 1, i + 1)) } });
    }
    const other = await staffWritesToAlice({ subject: "موضوع دیگر", priority: "LOW" });
    await getDb().thread.update({ where: { id: other.threadId }, data: { assigneeId: salesStaff.id } });
    const api = callerAs(getDb(), salesStaff).inbox;
    const seen: string[] = [];
    let cursor = null;
    do {
      const page: Awaited<ReturnType<typeof api.list>> = await api.list({ limit: 2, cursor });
      expect(page.rows.length).toBeLessThanOrEqual(2);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.next;
    } while (cursor);
    // Waiting: Jan 1 (پ), Jan 2 (ب), Jan 3 (الف); then not waiting by newest activity: the staff's thread (now), ث, ت.
    expect(seen).toEqual([made[2], made[1], made[0], other.threadId, made[4], made[3]]);
    expect((await api.list({ q: "سفارش" })).rows).toHaveLength(5);
    expect((await api.list({ q: "ديگر" })).rows.map((r) => r.id)).toEqual([other.threadId]); // Arabic ي finds Persian ی
    expect((await api.list({ priority: "LOW" })).rows.map((r) => r.id)).toEqual([other.threadId]);
    expect((await api.list({ assigneeId: salesStaff.id })).rows.map((r) => r.id)).toEqual([other.threadId]);
    expect((await api.list({ assigneeId: "none" })).rows).toHaveLength(5);
    expect((await api.list({ status: "WAITING_CUSTOMER" })).rows.map((r) => r.id)).toEqual([other.threadId]);
    expect((await api.list({ customerId: bob.customerId! })).rows).toEqual([]);
    expect((await api.list({ departmentId: technical })).rows).toEqual([]);
    // The customer's own list: newest activity first, keyset.
    const mine = await callerAs(getDb(), alice).myInbox.list({ limit: 4 });
    expect(mine.rows.map((r) => r.id)).toEqual([other.threadId, made[4], made[3], made[2]]);
    expect((await callerAs(getDb(), alice).myInbox.list({ limit: 4, cursor: mine.next })).rows.map((r) => r.id)).toEqual([made[1], made[0]]);
  });

  it("assigns only to staff who can read the department", async () => {
    const { threadId } = await staffWritesToAlice();
    const api = callerAs(getDb(), salesStaff).inbox;
    expect((await refusal(api.assign({ id: threadId, assigneeId: techStaff.id }))).fields).toEqual([{ path: "assigneeId", message: "inbox.errors.assigneeCannotRead" }]);
    expect((await refusal(api.assign({ id: threadId, assigneeId: alice.id }))).fields).toEqual([{ path: "assigneeId", message: "inbox.errors.assigneeCannotRead" }]);
    expect((await api.assignable({ departmentId: sales })).map((u) => u.id)).toEqual([salesStaff.id]);
    await api.assign({ id: threadId, assigneeId: salesStaff.id });
    expect((await api.open({ id: threadId })).assignee?.id).toBe(salesStaff.id);
  });

  it("finds customers by username, name or mobile for the picker", async () => {
    const u = await getDb().user.findUniqueOrThrow({ where: { id: alice.id }, select: { username: true, mobile: true } });
    const api = callerAs(getDb(), salesStaff).inbox;
    expect((await api.customers({ q: u.username })).map((c) => c.id)).toEqual([alice.customerId]);
    expect((await api.customers({ q: `0${u.mobile!.slice(3)}` })).map((c) => c.id)).toEqual([alice.customerId]);
    expect((await refusal(callerAs(getDb(), alice).inbox.customers({ q: u.username }))).code).toBe("FORBIDDEN");
  });
});

describe("who is told (point 5)", () => {
  const deliveries = () =>
    getDb().delivery.findMany({ orderBy: [{ channel: "asc" }, { address: "asc" }], select: { eventKey: true, channel: true, address: true, userId: true, locale: true, template: true, body: true, subject: true } });

  beforeEach(async () => {
    await getDb().$executeRawUnsafe(`TRUNCATE "Delivery"`);
    await getDb().user.update({ where: { id: salesStaff.id }, data: { mobile: "+989120000001", email: "sales@example.com", locale: "fa" } });
    await getDb().user.update({ where: { id: alice.id }, data: { mobile: "+966500000001", email: "alice@example.com", locale: "ar" } });
  });

  it("a customer's message tells the department's staff by the department's channels, once per message", async () => {
    const ticket = await post(alice, "customerThread", { subject: "سفارش دیر رسید", departmentId: sales, body: "کجاست؟" });
    expect(ticket.status).toBe(200);
    const sms = await deliveries();
    expect(sms).toEqual([
      expect.objectContaining({ eventKey: `thread-message:${ticket.body.messageId}`, channel: "SMS", address: "+989120000001", userId: salesStaff.id, locale: "fa", template: "inbox.staffNewMessage" }),
    ]);
    expect(sms[0]!.body).toContain("سفارش دیر رسید");
    expect(sms[0]!.body).toContain(`/fa/admin/inbox/${ticket.body.threadId}`);
    // The department told by both channels: the next message reaches e-mail too; none tells nobody.
    await getDb().department.update({ where: { id: sales }, data: { notify: "BOTH" } });
    await post(alice, "customerReply", { threadId: ticket.body.threadId!, body: "هنوز نرسیده" });
    expect((await deliveries()).map((d) => d.channel).sort()).toEqual(["EMAIL", "SMS", "SMS"]);
    await getDb().department.update({ where: { id: sales }, data: { notify: "NONE" } });
    await post(alice, "customerReply", { threadId: ticket.body.threadId!, body: "؟" });
    expect(await deliveries()).toHaveLength(3);
    // The technical department's staff hear nothing of sales' tickets.
    expect((await deliveries()).every((d) => d.userId === salesStaff.id)).toBe(true);
  });

  it("a staff reply tells the customer only as they agreed, in their language; internal notes tell nobody", async () => {
    const { threadId } = await staffWritesToAlice();
    expect(await deliveries()).toEqual([]); // no consent yet: the unread badge only
    await getDb().user.update({ where: { id: alice.id }, data: { notifyBySms: true } });
    const reply = await post(salesStaff, "staffReply", { threadId, body: "ارسال شد" });
    await post(salesStaff, "staffReply", { threadId, body: "یادداشت", internal: "true" });
    const told = await deliveries();
    expect(told).toEqual([
      expect.objectContaining({ eventKey: `thread-message:${reply.body.messageId}`, channel: "SMS", address: "+966500000001", locale: "ar", template: "inbox.customerReply" }),
    ]);
    expect(told[0]!.body).toContain("تم الرد على رسالتك");
    expect(told[0]!.body).toContain(`/ar/account/inbox/${threadId}`);
  });
});
