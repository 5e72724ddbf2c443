// Customer settings (C-8): sign-ups waiting for approval, and the visit statistics of the card (C-4, C-7).
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import { listAudit } from "../services/audit";
import { authenticate } from "../services/sign-in";
import { assertCanOrder } from "../services/customer-status";
import { recordVisit } from "../services/visits";

const getDb = useTestDb();
let admin: ReturnType<typeof callerAs>;
const visitor = () => callerAs(getDb(), null);
const sara = { name: "سارا", username: "sara", mobile: "09121234567", email: "sara@example.com", password: "sara-pass-1" };

beforeEach(async () => {
  await resetDb(getDb());
  admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
});

describe("settings", () => {
  it("start with open sign-ups and national addresses; a change is saved and audited", async () => {
    expect(await admin.customerSettings.get()).toEqual({ signUpApproval: false, addressCapture: "national" });
    expect(await admin.customerSettings.update({ signUpApproval: true, addressCapture: "map" })).toEqual({ signUpApproval: true, addressCapture: "map" });
    expect(await admin.customerSettings.get()).toEqual({ signUpApproval: true, addressCapture: "map" });
    const [entry] = (await listAudit(getDb(), { action: "settings.customers", limit: 5 })).rows;
    expect(entry!.changes).toEqual({ signUpApproval: { from: false, to: true }, addressCapture: { from: "national", to: "map" } });
  });

  it("reading needs settings.read and changing needs settings.write", async () => {
    const reader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["settings.read"])).userId));
    await expect(reader.customerSettings.get()).resolves.toMatchObject({ signUpApproval: false });
    await expect(reader.customerSettings.update({ signUpApproval: true, addressCapture: "national" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await admin.customerSettings.get()).signUpApproval).toBe(false);
  });

  it("an unknown address-capture method is refused on its field", async () => {
    expect((await refusal(admin.customerSettings.update({ signUpApproval: false, addressCapture: "pigeon" as never }))).fields).toEqual([
      { path: "addressCapture", message: expect.any(String) },
    ]);
  });
});

describe("sign-ups waiting for approval (C-8)", () => {
  it("without approval, a sign-up is active at once", async () => {
    expect(await visitor().auth.signUp(sara)).toMatchObject({ pending: false });
    expect((await authenticate(getDb(), "sara", "sara-pass-1")).ok).toBe(true);
  });

  it("with approval, the new customer is pending: cannot sign in or order, is listed as pending, until approved", async () => {
    await admin.customerSettings.update({ signUpApproval: true, addressCapture: "national" });
    const { customerId, pending } = await visitor().auth.signUp(sara);
    expect(pending).toBe(true);
    expect(await authenticate(getDb(), "sara", "sara-pass-1")).toEqual({ ok: false, code: "pending" });
    await expect(assertCanOrder(getDb(), customerId)).rejects.toMatchObject({ fields: [{ path: "customer", message: "errors.orders.customerPending" }] });
    expect((await admin.customers.list({ filter: { status: "PENDING" } })).rows.map((r) => r.id)).toEqual([customerId]);
    await admin.customers.approve({ id: customerId });
    expect((await authenticate(getDb(), "sara", "sara-pass-1")).ok).toBe(true);
    await expect(assertCanOrder(getDb(), customerId)).resolves.toBeUndefined();
    expect((await admin.customers.list({ filter: { status: "PENDING" } })).rows).toEqual([]);
  });

  it("turning approval off later leaves the waiting customers waiting", async () => {
    await admin.customerSettings.update({ signUpApproval: true, addressCapture: "national" });
    const { customerId } = await visitor().auth.signUp(sara);
    await admin.customerSettings.update({ signUpApproval: false, addressCapture: "national" });
    expect((await admin.customers.card({ id: customerId })).user.status).toBe("PENDING");
  });
});

describe("visit statistics (C-4, C-7)", () => {
  it("count account-area visits per source and day; the card shows all-time, the last 30 days and the last visit", async () => {
    const c = await makeCustomer(getDb());
    const me = callerAs(getDb(), await sessionOf(getDb(), c.userId));
    await me.visits.record({ source: "WEB" });
    await me.visits.record({ source: "WEB" });
    await me.visits.record({ source: "APP" });
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    await recordVisit(getDb(), c.customerId, "WEB", longAgo);
    await recordVisit(getDb(), c.customerId, "WEB", new Date(longAgo.getTime() + 60_000));
    const rows = await getDb().customerVisit.findMany({ where: { customerId: c.customerId }, orderBy: [{ day: "asc" }, { source: "asc" }] });
    expect(rows.map((r) => [r.day.toISOString().slice(0, 10), r.source, r.count])).toEqual([
      [longAgo.toISOString().slice(0, 10), "WEB", 2],
      [new Date().toISOString().slice(0, 10), "WEB", 2],
      [new Date().toISOString().slice(0, 10), "APP", 1],
    ]);
    const { visits } = await admin.customers.card({ id: c.customerId });
    expect(visits).toEqual([
      { source: "WEB", total: 4, last30Days: 2, lastAt: expect.any(Date) },
      { source: "APP", total: 1, last30Days: 1, lastAt: expect.any(Date) },
    ]);
    expect(visits[0]!.lastAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("a customer with no visits shows zeros", async () => {
    const c = await makeCustomer(getDb());
    expect((await admin.customers.card({ id: c.customerId })).visits).toEqual([
      { source: "WEB", total: 0, last30Days: 0, lastAt: null },
      { source: "APP", total: 0, last30Days: 0, lastAt: null },
    ]);
  });

  it("only the website or the app is a source", async () => {
    const c = await makeCustomer(getDb());
    const me = callerAs(getDb(), await sessionOf(getDb(), c.userId));
    expect((await refusal(me.visits.record({ source: "TV" as never }))).code).toBe("BAD_REQUEST");
    expect(await getDb().customerVisit.count()).toBe(0);
  });
});
