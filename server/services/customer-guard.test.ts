// A customer may also hold panel rights (the store's admin has a customer record too). The customer
// actions must not become a way around the roles: nobody changes such a customer beyond their own
// rights, the last admin is never locked out, and "sign in as" never carries panel rights.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, newCustomer, refusal } from "@/test/customers";
import { impersonatedState } from "./impersonation";

const getDb = useTestDb();
let helper: ReturnType<typeof callerAs>;
let boss: { id: string; userId: string };
let plain: { id: string; userId: string };

const beyond = { code: "BAD_REQUEST", fields: [{ path: "id", message: "errors.roles.beyondYours" }] };

beforeEach(async () => {
  await resetDb(getDb());
  const owner = await makeAdmin(getDb());
  // The store's admin, who is also a customer: the system admin role on a customer record.
  boss = await newCustomer(getDb(), owner.actor, { username: "boss", name: "مدیر فروشگاه", password: "boss-pass-1" });
  const adminRole = await getDb().role.findUniqueOrThrow({ where: { key: "admin" } });
  await getDb().userRole.create({ data: { userId: boss.userId, roleId: adminRole.id } });
  plain = await newCustomer(getDb(), owner.actor, { username: "plain", name: "مشتری ساده" });
  const staff = await makeStaff(getDb(), ["customers.read", "customers.write", "customers.delete", "customers.impersonate"]);
  helper = callerAs(getDb(), await sessionOf(getDb(), staff.userId));
});

describe("a customer who holds more rights than the staff user", () => {
  it("keeps their password, username and e-mail", async () => {
    expect(await refusal(helper.customers.setPassword({ id: boss.id, password: "taken-over-1" }))).toEqual(beyond);
    expect(await refusal(helper.customers.setUsername({ id: boss.id, username: "bossy" }))).toEqual(beyond);
    const { values } = await helper.customers.forEdit({ id: boss.id });
    expect(await refusal(helper.customers.update({ id: boss.id, ...values, email: "mine@example.com" }))).toEqual(beyond);
    const user = await getDb().user.findUniqueOrThrow({ where: { id: boss.userId } });
    expect(user).toMatchObject({ username: "boss", email: values.email || null });
  });

  it("cannot be blocked, deactivated or deleted by them", async () => {
    expect(await refusal(helper.customers.block({ id: boss.id, reason: "fraud", details: "" }))).toEqual(beyond);
    expect(await refusal(helper.customers.setActive({ id: boss.id, active: false }))).toEqual(beyond);
    expect(await refusal(helper.customers.delete({ id: boss.id }))).toEqual(beyond);
    expect(await helper.customers.bulk({ action: "deactivate", ids: [boss.id, plain.id] })).toEqual({ changed: 1 });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: boss.userId } })).status).toBe("ACTIVE");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: plain.userId } })).status).toBe("INACTIVE");
  });

  it("is never viewed as: sign in as refuses a customer with panel rights", async () => {
    expect(await refusal(helper.customers.impersonate({ id: boss.id }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "id", message: "errors.customers.impersonateStaff" }],
    });
    expect(await getDb().impersonation.count()).toBe(0);
  });
});

it("panel rights granted to a customer while they are viewed never reach the viewer", async () => {
  const { ticket } = await helper.customers.impersonate({ id: plain.id });
  const viewer = await getDb().impersonation.findUniqueOrThrow({ where: { id: ticket } });
  const adminRole = await getDb().role.findUniqueOrThrow({ where: { key: "admin" } });
  await getDb().userRole.create({ data: { userId: plain.userId, roleId: adminRole.id } });
  const state = await impersonatedState(getDb(), ticket, viewer.actorId);
  expect(state?.permissions.length).toBeGreaterThan(0);
  expect(state?.permissions.filter((p) => !p.startsWith("account."))).toEqual([]);
});

it("the last holder of the admin role cannot be blocked, even by a staff user with every right", async () => {
  const full = await makeAdmin(getDb());
  const caller = callerAs(getDb(), await sessionOf(getDb(), full.userId));
  expect(await refusal(caller.customers.block({ id: boss.id, reason: "fraud", details: "" }))).toEqual({
    code: "BAD_REQUEST",
    fields: [{ path: "id", message: "errors.roles.lastAdmin" }],
  });
});
