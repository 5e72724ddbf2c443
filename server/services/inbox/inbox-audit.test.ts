// Assigning, closing and reopening a thread are admin writes: each one that changes something
// writes exactly one audit entry (who, on which thread, from → to) in the same transaction; a no-op
// or a refused write writes none. A customer closing their own ticket is not audited (customers'
// own actions never are). The log's labels exist in every language.
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { refusal } from "@/test/customers";
import { AUDIT_ACTIONS, AUDIT_TARGETS } from "@/lib/audit-actions";
import type { SessionUser } from "../../trpc";

const getDb = useTestDb();

let sales: string;
let salesStaff: SessionUser & { username: string };
let otherSalesStaff: SessionUser & { username: string };
let techStaff: SessionUser;
let manager: SessionUser & { username: string };
let alice: SessionUser;
let threadId: string;
let threadNumber: number;

async function staffOf(permissions: string[], departmentId?: string) {
  const s = await makeStaff(getDb(), permissions);
  if (departmentId) await getDb().departmentStaff.create({ data: { departmentId, userId: s.userId } });
  return { ...(await sessionOf(getDb(), s.userId)), username: s.username };
}

beforeEach(async () => {
  await resetDb(getDb());
  await getDb().$executeRawUnsafe(`TRUNCATE "Department", "Thread", "AuditLog" RESTART IDENTITY CASCADE`);
  const dept = (fa: string) => getDb().department.create({ data: { name: { fa, ar: fa, en: fa } }, select: { id: true } }).then((d) => d.id);
  sales = await dept("فروش");
  const technical = await dept("فنی");
  salesStaff = await staffOf(["inbox.read", "inbox.write"], sales);
  otherSalesStaff = await staffOf(["inbox.read", "inbox.write"], sales);
  techStaff = await staffOf(["inbox.read", "inbox.write"], technical);
  manager = await staffOf(["inbox.read", "inbox.write", "departments.write"]);
  alice = await sessionOf(getDb(), (await makeCustomer(getDb())).userId);
  const t = await getDb().thread.create({
    data: { customerId: alice.customerId!, departmentId: sales, subject: "پیگیری سفارش", openedByStaff: true, status: "WAITING_CUSTOMER" },
    select: { id: true, number: true },
  });
  threadId = t.id;
  threadNumber = t.number;
});

const entries = () =>
  getDb().auditLog.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { actorId: true, actorName: true, action: true, targetType: true, targetId: true, targetLabel: true, changes: true },
  });
const thread = () => getDb().thread.findUniqueOrThrow({ where: { id: threadId }, select: { status: true, assigneeId: true, waitingSince: true } });

describe("assigning a thread", () => {
  it("writes one entry per change, from → to by username, by the staff member who did it", async () => {
    const api = callerAs(getDb(), salesStaff).inbox;
    await api.assign({ id: threadId, assigneeId: otherSalesStaff.id });
    expect(await entries()).toEqual([
      {
        actorId: salesStaff.id,
        actorName: salesStaff.username,
        action: "thread.assign",
        targetType: "thread",
        targetId: threadId,
        targetLabel: `#${threadNumber} پیگیری سفارش`,
        changes: { assignee: { from: null, to: otherSalesStaff.username } },
      },
    ]);

    await callerAs(getDb(), manager).inbox.assign({ id: threadId, assigneeId: manager.id });
    await api.assign({ id: threadId, assigneeId: null });
    const log = await entries();
    expect(log).toHaveLength(3);
    expect(log[1]).toMatchObject({ actorId: manager.id, action: "thread.assign", changes: { assignee: { from: otherSalesStaff.username, to: manager.username } } });
    expect(log[2]).toMatchObject({ actorId: salesStaff.id, action: "thread.unassign", changes: { assignee: { from: manager.username, to: null } } });
    expect((await thread()).assigneeId).toBeNull();
  });

  it("writes nothing for the same assignee again, nor for unassigning an unassigned thread", async () => {
    const api = callerAs(getDb(), salesStaff).inbox;
    await api.assign({ id: threadId, assigneeId: null });
    expect(await entries()).toEqual([]);
    await api.assign({ id: threadId, assigneeId: salesStaff.id });
    await api.assign({ id: threadId, assigneeId: salesStaff.id });
    expect((await entries()).map((e) => e.action)).toEqual(["thread.assign"]);
    expect((await thread()).assigneeId).toBe(salesStaff.id);
  });

  it("writes nothing when refused: another department's staff, or an assignee who cannot read the department", async () => {
    expect((await refusal(callerAs(getDb(), techStaff).inbox.assign({ id: threadId, assigneeId: techStaff.id }))).code).toBe("NOT_FOUND");
    const bad = await refusal(callerAs(getDb(), salesStaff).inbox.assign({ id: threadId, assigneeId: techStaff.id }));
    expect(bad.fields).toEqual([{ path: "assigneeId", message: "inbox.errors.assigneeCannotRead" }]);
    expect((await refusal(callerAs(getDb(), alice).inbox.assign({ id: threadId, assigneeId: null }))).code).toBe("FORBIDDEN");
    expect(await entries()).toEqual([]);
    expect((await thread()).assigneeId).toBeNull();
  });
});

describe("closing and reopening a thread", () => {
  it("writes one entry for a close and one for a reopen, with the status from → to", async () => {
    const api = callerAs(getDb(), salesStaff).inbox;
    await api.setStatus({ id: threadId, status: "CLOSED" });
    expect((await thread()).status).toBe("CLOSED");
    await callerAs(getDb(), manager).inbox.setStatus({ id: threadId, status: "OPEN" });
    expect((await thread()).status).toBe("OPEN");
    expect(await entries()).toEqual([
      {
        actorId: salesStaff.id,
        actorName: salesStaff.username,
        action: "thread.close",
        targetType: "thread",
        targetId: threadId,
        targetLabel: `#${threadNumber} پیگیری سفارش`,
        changes: { status: { from: "WAITING_CUSTOMER", to: "CLOSED" } },
      },
      {
        actorId: manager.id,
        actorName: manager.username,
        action: "thread.reopen",
        targetType: "thread",
        targetId: threadId,
        targetLabel: `#${threadNumber} پیگیری سفارش`,
        changes: { status: { from: "CLOSED", to: "OPEN" } },
      },
    ]);
  });

  it("writes nothing for closing a closed thread or reopening one that is not closed, and keeps its wait", async () => {
    const api = callerAs(getDb(), salesStaff).inbox;
    const since = new Date(Date.now() - 3_600_000);
    await getDb().thread.update({ where: { id: threadId }, data: { status: "WAITING_STAFF", waitingSince: since } });
    expect(await api.setStatus({ id: threadId, status: "OPEN" })).toEqual({ id: threadId, status: "WAITING_STAFF" });
    expect(await thread()).toMatchObject({ status: "WAITING_STAFF", waitingSince: since });
    expect(await entries()).toEqual([]);

    await api.setStatus({ id: threadId, status: "CLOSED" });
    await api.setStatus({ id: threadId, status: "CLOSED" });
    expect((await entries()).map((e) => e.changes)).toEqual([{ status: { from: "WAITING_STAFF", to: "CLOSED" } }]);
  });

  it("writes nothing when another department's staff try, and the thread stays as it was", async () => {
    expect((await refusal(callerAs(getDb(), techStaff).inbox.setStatus({ id: threadId, status: "CLOSED" }))).code).toBe("NOT_FOUND");
    expect((await thread()).status).toBe("WAITING_CUSTOMER");
    expect(await entries()).toEqual([]);
  });

  it("does not audit a customer closing their own ticket (customers' own actions are not audited)", async () => {
    await callerAs(getDb(), alice).myInbox.close({ id: threadId });
    expect((await thread()).status).toBe("CLOSED");
    expect(await entries()).toEqual([]);
  });

  it("shows the entries in the admin audit log, filtered by action", async () => {
    await callerAs(getDb(), salesStaff).inbox.setStatus({ id: threadId, status: "CLOSED" });
    await callerAs(getDb(), salesStaff).inbox.assign({ id: threadId, assigneeId: salesStaff.id });
    const auditor = await staffOf(["audit.read"]);
    const log = await callerAs(getDb(), auditor).audit.list({ action: "thread.close" });
    expect(log.rows.map((r) => [r.action, r.targetLabel])).toEqual([["thread.close", `#${threadNumber} پیگیری سفارش`]]);
  });
});

describe("the audit log's labels", () => {
  it("names every thread action, the thread target and the assignee field in fa, ar and en", () => {
    const actions = AUDIT_ACTIONS.filter((a) => a.startsWith("thread."));
    expect(actions).toEqual(["thread.assign", "thread.unassign", "thread.close", "thread.reopen"]);
    expect(AUDIT_TARGETS).toContain("thread");
    for (const locale of ["fa", "ar", "en"]) {
      const audit = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")).audit;
      for (const a of actions) expect(audit.actions.thread[a.split(".")[1]!], `${locale} ${a}`).toMatch(/\S/);
      expect(audit.targets.thread, locale).toMatch(/\S/);
      expect(audit.fields.assignee, locale).toMatch(/\S/);
    }
  });
});
