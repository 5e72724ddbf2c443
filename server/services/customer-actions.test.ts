// The per-customer actions (C-4) and bulk actions (C-5): each one's rule, what the customer then
// notices (signing in), what the panel shows, and the audit record.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, newCustomer, refusal } from "@/test/customers";
import type { CustomerCreateInput } from "@/lib/schemas/customers";
import { listAudit } from "./audit";
import type { Actor } from "./audit";
import { authenticate, currentSessionState } from "./sign-in";
import { bulkCustomers } from "./customer-actions";
import { assertCanOrder } from "./customer-status";
import { deleteCustomer } from "./customers";
import { customerFilterSchema } from "@/lib/schemas/customers";

const getDb = useTestDb();
let actor: Actor;
let adminName: string;
let admin: ReturnType<typeof callerAs>;

beforeEach(async () => {
  await resetDb(getDb());
  const staff = await makeAdmin(getDb());
  actor = staff.actor;
  adminName = (await getDb().user.findUniqueOrThrow({ where: { id: staff.userId } })).name;
  admin = callerAs(getDb(), await sessionOf(getDb(), staff.userId));
});

const customer = (over: Partial<CustomerCreateInput> = {}) => newCustomer(getDb(), actor, { password: "customer-pass", ...over });
const userOf = (userId: string) => getDb().user.findUniqueOrThrow({ where: { id: userId } });
const setStatus = (userId: string, status: "ACTIVE" | "INACTIVE" | "BLOCKED" | "PENDING") =>
  getDb().user.update({ where: { id: userId }, data: { status } });
const lastAudit = async (action: string) => (await listAudit(getDb(), { action, limit: 5 })).rows[0];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("change password", () => {
  it("the old password stops working, the new one works, every session ends; audited without the password", async () => {
    const { id, userId } = await customer({ username: "nima", password: "old-password" });
    await admin.customers.setPassword({ id, password: "new-password-1" });
    expect(await authenticate(getDb(), "nima", "old-password")).toEqual({ ok: false, code: "invalid" });
    expect((await authenticate(getDb(), "nima", "new-password-1")).ok).toBe(true);
    expect((await userOf(userId)).sessionVersion).toBe(1);
    expect(await currentSessionState(getDb(), userId, 0)).toBeNull();
    const entry = await lastAudit("customer.password");
    expect(entry).toMatchObject({ targetId: id, targetLabel: "nima" });
    expect(JSON.stringify(entry)).not.toContain("new-password-1");
  });

  it("a short password is refused on its field", async () => {
    const { id } = await customer();
    expect(await refusal(admin.customers.setPassword({ id, password: "short" }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "password", message: "validation.passwordTooShort" }],
    });
  });
});

describe("change username", () => {
  it("the customer signs in and is found by the new username only; audited", async () => {
    const { id } = await customer({ username: "nima", password: "nima-pass-1" });
    await admin.customers.setUsername({ id, username: "Nima.New" });
    expect((await authenticate(getDb(), "nima.new", "nima-pass-1")).ok).toBe(true);
    expect((await authenticate(getDb(), "nima", "nima-pass-1")).ok).toBe(false);
    expect((await admin.customers.list({ filter: { q: "nima.new" } })).rows.map((r) => r.id)).toEqual([id]);
    expect(await lastAudit("customer.username")).toMatchObject({ changes: { username: { from: "nima", to: "nima.new" } } });
  });

  it("another customer's username, in any case, is a conflict on the field", async () => {
    await customer({ username: "taken" });
    const { id } = await customer({ username: "mine" });
    expect(await refusal(admin.customers.setUsername({ id, username: "TAKEN" }))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "username", message: "errors.usernameTaken" }],
    });
    expect((await admin.customers.card({ id })).user.username).toBe("mine");
  });

  it("keeping the same username changes nothing and writes no audit record", async () => {
    const { id } = await customer({ username: "same" });
    await admin.customers.setUsername({ id, username: "SAME" });
    expect(await lastAudit("customer.username")).toBeUndefined();
  });
});

describe("block and unblock", () => {
  it("blocking with a reason signs the customer out, refuses sign-in as 'blocked', and shows the reason in the list and the card", async () => {
    const { id, userId } = await customer({ username: "bad", password: "bad-password" });
    await admin.customers.block({ id, reason: "fakeOrders", details: "سه سفارش جعلی" });
    expect(await authenticate(getDb(), "bad", "bad-password")).toEqual({ ok: false, code: "blocked" });
    expect((await userOf(userId)).sessionVersion).toBe(1);
    expect(await currentSessionState(getDb(), userId, 0)).toBeNull();
    const [row] = (await admin.customers.list({ filter: { q: "bad" } })).rows;
    expect(row).toMatchObject({ status: "BLOCKED", blockReason: "fakeOrders" });
    expect((await admin.customers.card({ id })).user).toMatchObject({ status: "BLOCKED", blockReason: "fakeOrders", statusReason: "سه سفارش جعلی" });
    expect(await lastAudit("customer.block")).toMatchObject({
      targetId: id,
      changes: { status: { from: "ACTIVE", to: "BLOCKED" }, blockReason: { to: "fakeOrders" }, details: { to: "سه سفارش جعلی" } },
    });
  });

  it("the reason 'other' needs details, on the details field; nothing changes without them", async () => {
    const { id } = await customer();
    expect(await refusal(admin.customers.block({ id, reason: "other", details: " " }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "details", message: "validation.detailsRequired" }],
    });
    expect((await admin.customers.card({ id })).user.status).toBe("ACTIVE");
    await admin.customers.block({ id, reason: "other", details: "تهدید کارمندان" });
    expect((await admin.customers.card({ id })).user).toMatchObject({ blockReason: "other", statusReason: "تهدید کارمندان" });
  });

  it("blocks inactive and pending customers too, but not a blocked one twice; unblocking returns them to their status", async () => {
    const inactive = await customer({ active: false });
    const pending = await customer();
    await setStatus(pending.userId, "PENDING");
    await admin.customers.block({ id: inactive.id, reason: "spam", details: "" });
    await admin.customers.block({ id: pending.id, reason: "spam", details: "" });
    expect(await refusal(admin.customers.block({ id: pending.id, reason: "fraud", details: "" }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "id", message: "errors.customers.status.BLOCKED" }],
    });
    expect((await admin.customers.card({ id: pending.id })).user.blockReason).toBe("spam");
    // Unblocking returns each to where the block found them: the pending one still awaits approval.
    await admin.customers.unblock({ id: inactive.id });
    await admin.customers.unblock({ id: pending.id });
    expect((await admin.customers.card({ id: inactive.id })).user.status).toBe("INACTIVE");
    expect((await admin.customers.card({ id: pending.id })).user).toMatchObject({ status: "PENDING", blockReason: null });
    expect(await lastAudit("customer.unblock")).toMatchObject({ changes: { status: { from: "BLOCKED", to: "PENDING" } } });
  });

  it("unblocking lets the customer sign in again, clears the reason, and does not revive old sessions", async () => {
    const { id, userId } = await customer({ username: "back", password: "back-password" });
    await admin.customers.block({ id, reason: "other", details: "اشتباه" });
    await admin.customers.unblock({ id });
    expect((await authenticate(getDb(), "back", "back-password")).ok).toBe(true);
    expect((await admin.customers.card({ id })).user).toMatchObject({ status: "ACTIVE", blockReason: null, statusReason: null });
    expect(await currentSessionState(getDb(), userId, 0)).toBeNull();
    expect(await currentSessionState(getDb(), userId, 1)).not.toBeNull();
    expect(await lastAudit("customer.unblock")).toMatchObject({ changes: { status: { from: "BLOCKED", to: "ACTIVE" } } });
  });

  it("unblocking a customer who is not blocked is refused with the status they are in", async () => {
    const { id } = await customer();
    expect(await refusal(admin.customers.unblock({ id }))).toEqual({ code: "BAD_REQUEST", fields: [{ path: "id", message: "errors.customers.status.ACTIVE" }] });
    expect(await lastAudit("customer.unblock")).toBeUndefined();
  });
});

describe("activate, deactivate and approve", () => {
  it("deactivating ends the sessions and refuses sign-in; activating lets them back", async () => {
    const { id, userId } = await customer({ username: "away", password: "away-password" });
    await admin.customers.setActive({ id, active: false });
    expect(await authenticate(getDb(), "away", "away-password")).toEqual({ ok: false, code: "inactive" });
    expect((await userOf(userId)).sessionVersion).toBe(1);
    await admin.customers.setActive({ id, active: true });
    expect((await authenticate(getDb(), "away", "away-password")).ok).toBe(true);
  });

  it("activate does not unblock and deactivate does not touch a pending customer", async () => {
    const blocked = await customer();
    await admin.customers.block({ id: blocked.id, reason: "fraud", details: "" });
    expect((await refusal(admin.customers.setActive({ id: blocked.id, active: true }))).fields).toEqual([
      { path: "id", message: "errors.customers.status.BLOCKED" },
    ]);
    const pending = await customer();
    await setStatus(pending.userId, "PENDING");
    expect((await refusal(admin.customers.setActive({ id: pending.id, active: false }))).fields).toEqual([
      { path: "id", message: "errors.customers.status.PENDING" },
    ]);
  });

  it("approving a pending customer lets them sign in; an active one cannot be approved", async () => {
    const { id, userId } = await customer({ username: "waiting", password: "waiting-pass" });
    await setStatus(userId, "PENDING");
    expect(await authenticate(getDb(), "waiting", "waiting-pass")).toEqual({ ok: false, code: "pending" });
    await admin.customers.approve({ id });
    expect((await authenticate(getDb(), "waiting", "waiting-pass")).ok).toBe(true);
    expect(await lastAudit("customer.approve")).toMatchObject({ targetId: id, changes: { status: { from: "PENDING", to: "ACTIVE" } } });
    expect((await refusal(admin.customers.approve({ id }))).fields).toEqual([{ path: "id", message: "errors.customers.status.ACTIVE" }]);
  });
});

describe("admin notes", () => {
  it("appear on the card newest first, with the author's name and date; audited", async () => {
    const { id } = await customer();
    await admin.customers.addNote({ customerId: id, body: "اول" });
    await sleep(5);
    await admin.customers.addNote({ customerId: id, body: "دوم" });
    await sleep(5);
    await admin.customers.addNote({ customerId: id, body: "  سوم  " });
    const { notes } = await admin.customers.card({ id });
    expect(notes.map((n) => [n.body, n.authorName])).toEqual([
      ["سوم", adminName],
      ["دوم", adminName],
      ["اول", adminName],
    ]);
    expect(notes[0]!.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await lastAudit("customer.note")).toMatchObject({ targetId: id, changes: { note: { to: "سوم" } } });
  });

  it("notes written in the same millisecond still show newest first", async () => {
    const { id } = await customer();
    await admin.customers.addNote({ customerId: id, body: "اول" });
    await admin.customers.addNote({ customerId: id, body: "دوم" });
    await getDb().customerNote.updateMany({ where: { customerId: id }, data: { createdAt: new Date("2026-05-01T10:00:00.000Z") } });
    expect((await admin.customers.card({ id })).notes.map((n) => n.body)).toEqual(["دوم", "اول"]);
  });

  it("an empty note, or a note on a customer who does not exist, is refused on its field", async () => {
    const { id } = await customer();
    expect((await refusal(admin.customers.addNote({ customerId: id, body: "   " }))).fields).toEqual([{ path: "body", message: "validation.required" }]);
    expect(await refusal(admin.customers.addNote({ customerId: "0195a3c4-0000-7000-8000-000000000001", body: "x" }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "customerId", message: "errors.notFound" }],
    });
  });
});

describe("send an SMS", () => {
  it("queues a message to the customer's mobile in the outbox, shown on the card; audited", async () => {
    const { id, userId } = await customer({ mobile: "۰۹۱۲۱۲۳۴۵۶۷" });
    await admin.customers.sendSms({ customerId: id, body: "سفارش شما آماده است" });
    const messages = await getDb().outboxMessage.findMany();
    expect(messages).toEqual([
      expect.objectContaining({ channel: "SMS", userId, recipient: "+989121234567", body: "سفارش شما آماده است", status: "QUEUED" }),
    ]);
    expect((await admin.customers.card({ id })).messages).toEqual([expect.objectContaining({ channel: "SMS", status: "QUEUED", body: "سفارش شما آماده است" })]);
    expect(await lastAudit("customer.sms")).toMatchObject({ targetId: id });
  });

  it("is refused for a customer without a mobile, and queues nothing", async () => {
    const { id } = await customer({ mobile: "" });
    expect(await refusal(admin.customers.sendSms({ customerId: id, body: "سلام" }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "body", message: "errors.customers.noMobile" }],
    });
    expect(await getDb().outboxMessage.count()).toBe(0);
  });

  it("needs customers.message", async () => {
    const { id } = await customer({ mobile: "09121234567" });
    const writer = await makeStaff(getDb(), ["customers.read", "customers.write"]);
    await expect(callerAs(getDb(), await sessionOf(getDb(), writer.userId)).customers.sendSms({ customerId: id, body: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await getDb().outboxMessage.count()).toBe(0);
  });
});

describe("bulk actions (C-5)", () => {
  let vip: string;
  let people: Record<"active" | "active2" | "inactive" | "pending" | "blocked" | "deleted", { id: string; userId: string }>;

  beforeEach(async () => {
    vip = (await getDb().customerGroup.create({ data: { name: "VIP" } })).id;
    people = {
      active: await customer({ username: "k_active", city: "کرج" }),
      active2: await customer({ username: "k_active2", groupIds: [vip] }),
      inactive: await customer({ username: "k_inactive", active: false, city: "کرج" }),
      pending: await customer({ username: "k_pending", city: "کرج" }),
      blocked: await customer({ username: "k_blocked", city: "کرج" }),
      deleted: await customer({ username: "k_deleted", city: "کرج" }),
    };
    await setStatus(people.pending.userId, "PENDING");
    await admin.customers.block({ id: people.blocked.id, reason: "spam", details: "" });
    await deleteCustomer(getDb(), actor, people.deleted.id);
  });

  const statusOf = async (who: keyof typeof people) => (await userOf(people[who].userId)).status;
  const members = async () =>
    (await getDb().customerGroupMember.findMany({ where: { groupId: vip }, select: { customer: { select: { user: { select: { username: true } } } } } }))
      .map((m) => m.customer.user.username)
      .sort();
  const allIds = () => Object.values(people).map((p) => p.id);

  it("add to group by ids counts only the customers who were not members; the deleted one is not touched", async () => {
    expect(await admin.customers.bulk({ action: "addToGroup", groupId: vip, ids: allIds() })).toEqual({ changed: 4 });
    expect(await members()).toEqual(["k_active", "k_active2", "k_blocked", "k_inactive", "k_pending"]);
    expect(await lastAudit("customer.bulk.addToGroup")).toMatchObject({ targetLabel: "VIP", changes: { changed: { to: 4 } } });
  });

  it("remove from group by filter removes the matching members only", async () => {
    await admin.customers.bulk({ action: "addToGroup", groupId: vip, ids: [people.active.id, people.inactive.id] });
    expect(await admin.customers.bulk({ action: "removeFromGroup", groupId: vip, filter: { status: "ACTIVE" } })).toEqual({ changed: 2 });
    expect(await members()).toEqual(["k_inactive"]);
  });

  it("activate approves pending and activates inactive customers, leaves blocked ones, and counts what changed", async () => {
    expect(await admin.customers.bulk({ action: "activate", ids: allIds() })).toEqual({ changed: 2 });
    expect([await statusOf("active"), await statusOf("inactive"), await statusOf("pending"), await statusOf("blocked")]).toEqual([
      "ACTIVE",
      "ACTIVE",
      "ACTIVE",
      "BLOCKED",
    ]);
    expect(await statusOf("deleted")).toBe("INACTIVE");
    expect((await authenticate(getDb(), "k_pending", "customer-pass")).ok).toBe(true);
    expect(await lastAudit("customer.bulk.activate")).toMatchObject({ changes: { changed: { to: 2 } } });
  });

  it("deactivate by filter ends the sessions of the active customers matching it, and no one else's", async () => {
    const filter = customerFilterSchema.parse({ city: "كرج" });
    expect(await bulkCustomers(getDb(), actor, { action: "deactivate", filter })).toEqual({ changed: 1 });
    expect([await statusOf("active"), await statusOf("active2"), await statusOf("pending"), await statusOf("blocked")]).toEqual([
      "INACTIVE",
      "ACTIVE",
      "PENDING",
      "BLOCKED",
    ]);
    expect((await userOf(people.active.userId)).sessionVersion).toBe(1);
    expect((await userOf(people.active2.userId)).sessionVersion).toBe(0);
    expect(await authenticate(getDb(), "k_active", "customer-pass")).toEqual({ ok: false, code: "inactive" });
    expect(await lastAudit("customer.bulk.deactivate")).toMatchObject({ changes: { changed: { to: 1 }, filter: { to: { city: "کرج" } } } });
  });

  it("an empty filter means every customer; a search filter only its matches", async () => {
    expect(await admin.customers.bulk({ action: "addToGroup", groupId: vip, filter: { q: "K_ACTIVE" } })).toEqual({ changed: 1 });
    expect(await admin.customers.bulk({ action: "addToGroup", groupId: vip, filter: {} })).toEqual({ changed: 3 });
    expect(await members()).toHaveLength(5);
  });

  it("a group that does not exist is refused on the group field and nothing is audited", async () => {
    expect(await refusal(admin.customers.bulk({ action: "addToGroup", groupId: "0195a3c4-0000-7000-8000-000000000001", ids: allIds() }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "groupId", message: "errors.notFound" }],
    });
    expect(await lastAudit("customer.bulk.addToGroup")).toBeUndefined();
  });
});

describe("who may order (C-8)", () => {
  it("only an active customer; pending, inactive, blocked and deleted customers are refused with the reason", async () => {
    const make = async (status?: "INACTIVE" | "BLOCKED" | "PENDING") => {
      const c = await customer();
      if (status) await setStatus(c.userId, status);
      return c.id;
    };
    await expect(assertCanOrder(getDb(), await make())).resolves.toBeUndefined();
    const reason = async (id: string) => (await refusal(assertCanOrder(getDb(), id))).fields;
    expect(await reason(await make("PENDING"))).toEqual([{ path: "customer", message: "errors.orders.customerPending" }]);
    expect(await reason(await make("INACTIVE"))).toEqual([{ path: "customer", message: "errors.orders.customerInactive" }]);
    expect(await reason(await make("BLOCKED"))).toEqual([{ path: "customer", message: "errors.orders.customerBlocked" }]);
    const gone = await make();
    await deleteCustomer(getDb(), actor, gone);
    expect(await reason(gone)).toEqual([{ path: "customer", message: "errors.orders.customerDeleted" }]);
    expect(await reason("0195a3c4-0000-7000-8000-000000000001")).toEqual([{ path: "customer", message: "errors.notFound" }]);
  });

  it("an approved customer may order", async () => {
    const c = await customer();
    await setStatus(c.userId, "PENDING");
    await admin.customers.approve({ id: c.id });
    await expect(assertCanOrder(getDb(), c.id)).resolves.toBeUndefined();
  });
});
