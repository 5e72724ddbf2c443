// "Sign in as the customer" (C-4): audited, bound only by the staff user it was issued to and only
// shortly after, the session then speaks for the customer with the impersonator named, and it ends
// when ended, when the permission goes, or when the customer may no longer be seen.
import { beforeEach, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import type { Session } from "next-auth";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, newCustomer, refusal } from "@/test/customers";
import { authOptions, jwtCallback } from "../auth-options";
import type { SessionUser } from "../trpc";
import { listAudit } from "./audit";
import { endImpersonation } from "./impersonation";
import { deleteCustomer } from "./customers";
import { verifyPassword } from "./passwords";

const getDb = useTestDb();

let staff: { userId: string; name: string };
let other: { userId: string };
let customer: { id: string; userId: string };
let actor: { userId: string; ip: null };

beforeEach(async () => {
  await resetDb(getDb());
  const made = await makeStaff(getDb(), ["customers.read", "customers.impersonate"]);
  staff = { userId: made.userId, name: (await getDb().user.findUniqueOrThrow({ where: { id: made.userId } })).name };
  actor = { userId: made.userId, ip: null };
  other = await makeStaff(getDb(), ["customers.read", "customers.impersonate"]);
  const owner = await makeAdmin(getDb());
  customer = await newCustomer(getDb(), owner.actor, { username: "viewed", name: "مشتری دیده‌شده", password: "viewed-pass" });
});

const staffCaller = async (userId = staff.userId) => callerAs(getDb(), await sessionOf(getDb(), userId));
const issue = async (customerId = customer.id, userId = staff.userId) => (await (await staffCaller(userId)).customers.impersonate({ id: customerId })).ticket;

/** The token of a fresh sign-in of this user. */
const signIn = async (userId: string) => (await jwtCallback({ token: {}, user: { id: userId, sessionVersion: 0 } }))!;
/** What the browser does after the ticket is issued: a session update carrying it. */
const bind = async (token: JWT, ticket: string | null) => jwtCallback({ token, trigger: "update", session: { impersonation: ticket } });
/** The next request with this token. */
const next = async (token: JWT) => jwtCallback({ token });

/** The session a page and the tRPC context then see (server/context.ts). */
function contextSession(token: JWT): SessionUser {
  const session = authOptions.callbacks.session({ session: { user: {} } as Session, token } as never) as Session;
  return {
    id: session.user.id,
    customerId: session.user.customerId,
    permissions: session.user.permissions,
    impersonatorId: session.user.impersonator?.id ?? null,
  };
}

describe("starting (C-4)", () => {
  it("issues a ticket and writes the audit record", async () => {
    const ticket = await issue();
    expect(ticket).toMatch(/^[0-9a-f-]{36}$/);
    const [entry] = (await listAudit(getDb(), { action: "customer.impersonate", limit: 5 })).rows;
    expect(entry).toMatchObject({ actorName: (await getDb().user.findUniqueOrThrow({ where: { id: staff.userId } })).username, targetId: customer.id, targetLabel: "viewed" });
  });

  it("is refused for a blocked or inactive customer, and for a deleted one; nothing is audited", async () => {
    const caller = await staffCaller();
    await getDb().user.update({ where: { id: customer.userId }, data: { status: "BLOCKED" } });
    expect(await refusal(caller.customers.impersonate({ id: customer.id }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "id", message: "errors.customers.impersonateInactive" }],
    });
    await getDb().user.update({ where: { id: customer.userId }, data: { status: "INACTIVE" } });
    expect((await refusal(caller.customers.impersonate({ id: customer.id }))).fields).toEqual([{ path: "id", message: "errors.customers.impersonateInactive" }]);
    await getDb().user.update({ where: { id: customer.userId }, data: { status: "ACTIVE" } });
    await deleteCustomer(getDb(), actor, customer.id);
    expect((await refusal(caller.customers.impersonate({ id: customer.id }))).fields).toEqual([{ path: "id", message: "errors.notFound" }]);
    expect((await listAudit(getDb(), { action: "customer.impersonate", limit: 5 })).rows).toEqual([]);
    expect(await getDb().impersonation.count()).toBe(0);
  });

  it("needs customers.impersonate", async () => {
    const reader = await makeStaff(getDb(), ["customers.read", "customers.write"]);
    await expect((await staffCaller(reader.userId)).customers.impersonate({ id: customer.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the session while viewing as the customer", () => {
  it("speaks for the customer, names the impersonator, and keeps the staff user's own identity in the token", async () => {
    const token = (await bind(await signIn(staff.userId), await issue()))!;
    expect(token).toMatchObject({
      sub: staff.userId,
      uid: customer.userId,
      customerId: customer.id,
      name: "مشتری دیده‌شده",
      impersonator: { id: staff.userId, name: staff.name },
    });
    expect(token.permissions).toContain("account.profile");
    expect(token.permissions!.some((p) => !p.startsWith("account."))).toBe(false);
    expect(contextSession(token)).toMatchObject({ id: customer.userId, customerId: customer.id, impersonatorId: staff.userId });
    // The account area answers as the customer; the admin panel is out of reach meanwhile.
    const asCustomer = callerAs(getDb(), contextSession(token));
    expect((await asCustomer.profile.get()).username).toBe("viewed");
    await expect(asCustomer.customers.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("never touches the customer's password", async () => {
    const token = (await bind(await signIn(staff.userId), await issue()))!;
    const asCustomer = callerAs(getDb(), contextSession(token));
    await expect(
      asCustomer.profile.changePassword({ currentPassword: "viewed-pass", newPassword: "hijacked-pass", confirmPassword: "hijacked-pass" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: "errors.impersonation.password" });
    const user = await getDb().user.findUniqueOrThrow({ where: { id: customer.userId } });
    expect(await verifyPassword("viewed-pass", user.passwordHash)).toBe(true);
    expect(user.sessionVersion).toBe(0);
  });

  it("page visits of a staff user viewing as the customer are not the customer's visits", async () => {
    const token = (await bind(await signIn(staff.userId), await issue()))!;
    await callerAs(getDb(), contextSession(token)).visits.record({ source: "WEB" });
    expect(await getDb().customerVisit.count()).toBe(0);
    await callerAs(getDb(), await sessionOf(getDb(), customer.userId)).visits.record({ source: "WEB" });
    expect(await getDb().customerVisit.count()).toBe(1);
  });

  it("a pending customer can be viewed", async () => {
    await getDb().user.update({ where: { id: customer.userId }, data: { status: "PENDING" } });
    const token = (await bind(await signIn(staff.userId), await issue()))!;
    expect(token.uid).toBe(customer.userId);
  });
});

describe("the ticket binds only for the staff user it was issued to, within 2 minutes", () => {
  it("another staff user, even one who may impersonate, cannot bind it", async () => {
    const ticket = await issue();
    const token = (await bind(await signIn(other.userId), ticket))!;
    expect(token).toMatchObject({ sub: other.userId, uid: other.userId, customerId: null, impersonator: undefined });
    expect(token.imp).toBeUndefined();
  });

  it("a customer cannot bind it either", async () => {
    const ticket = await issue();
    const token = (await bind(await signIn(customer.userId), ticket))!;
    expect(token).toMatchObject({ uid: customer.userId, impersonator: undefined });
  });

  it("binds 90 seconds after it was issued, not 3 minutes after", async () => {
    const ticket = await issue();
    await getDb().impersonation.update({ where: { id: ticket }, data: { createdAt: new Date(Date.now() - 90_000) } });
    expect((await bind(await signIn(staff.userId), ticket))!.uid).toBe(customer.userId);
    const late = await issue();
    await getDb().impersonation.update({ where: { id: late }, data: { createdAt: new Date(Date.now() - 3 * 60_000) } });
    const token = (await bind(await signIn(staff.userId), late))!;
    expect(token).toMatchObject({ uid: staff.userId, impersonator: undefined });
  });

  it("once bound, the view lasts past the 2 minutes", async () => {
    const ticket = await issue();
    const token = (await bind(await signIn(staff.userId), ticket))!;
    await getDb().impersonation.update({ where: { id: ticket }, data: { createdAt: new Date(Date.now() - 60 * 60_000) } });
    expect((await next(token))!.uid).toBe(customer.userId);
  });

  it("an ended ticket cannot be bound again", async () => {
    const ticket = await issue();
    await endImpersonation(getDb(), actor, ticket);
    expect((await bind(await signIn(staff.userId), ticket))!.uid).toBe(staff.userId);
  });

  it("a ticket id that was never issued binds nothing", async () => {
    expect((await bind(await signIn(staff.userId), "0195a3c4-0000-7000-8000-000000000001"))!.uid).toBe(staff.userId);
  });
});

describe("the view ends", () => {
  it("when the staff user ends it: the next request is theirs again, and the end is audited", async () => {
    const ticket = await issue();
    const token = (await bind(await signIn(staff.userId), ticket))!;
    expect(await endImpersonation(getDb(), actor, ticket)).toBe(customer.id);
    const after = (await next(token))!;
    expect(after).toMatchObject({ uid: staff.userId, customerId: null, impersonator: undefined, permissions: ["customers.impersonate", "customers.read"] });
    expect(after.imp).toBeUndefined();
    expect((await listAudit(getDb(), { action: "customer.impersonateEnd", limit: 5 })).rows).toHaveLength(1);
  });

  it("another staff user cannot end someone else's view", async () => {
    const ticket = await issue();
    const token = (await bind(await signIn(staff.userId), ticket))!;
    expect(await endImpersonation(getDb(), { userId: other.userId, ip: null }, ticket)).toBeNull();
    expect((await next(token))!.uid).toBe(customer.userId);
  });

  it("when the session drops the ticket", async () => {
    const token = (await bind(await signIn(staff.userId), await issue()))!;
    expect((await bind(token, null))!).toMatchObject({ uid: staff.userId, impersonator: undefined });
  });

  it("when the staff user loses customers.impersonate", async () => {
    const token = (await bind(await signIn(staff.userId), await issue()))!;
    await getDb().rolePermission.deleteMany({ where: { permission: "customers.impersonate", role: { users: { some: { userId: staff.userId } } } } });
    expect((await next(token))!).toMatchObject({ uid: staff.userId, impersonator: undefined, permissions: ["customers.read"] });
  });

  it("when the customer is blocked or deleted meanwhile", async () => {
    const token = (await bind(await signIn(staff.userId), await issue()))!;
    await (await callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId))).customers.block({ id: customer.id, reason: "fraud", details: "" });
    expect((await next(token))!.uid).toBe(staff.userId);
    const second = await newCustomer(getDb(), actor, { username: "second" });
    const token2 = (await bind(await signIn(staff.userId), await issue(second.id)))!;
    expect(token2.uid).toBe(second.userId);
    await deleteCustomer(getDb(), actor, second.id);
    expect((await next(token2))!.uid).toBe(staff.userId);
  });

  it("when the staff user starts viewing another customer: the first ticket is ended", async () => {
    const first = await issue();
    const second = await newCustomer(getDb(), actor, { username: "second" });
    await issue(second.id);
    expect((await getDb().impersonation.findUniqueOrThrow({ where: { id: first } })).endedAt).not.toBeNull();
  });

  it("when the staff user is deactivated: no session at all", async () => {
    const token = (await bind(await signIn(staff.userId), await issue()))!;
    await getDb().user.update({ where: { id: staff.userId }, data: { status: "INACTIVE" } });
    expect(await next(token)).toBeNull();
  });
});
