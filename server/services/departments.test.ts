// Departments (issue 10 point 1) through their procedures: create/edit with errors on the right field,
// staff members that must be staff, delete refused while threads exist, deactivation, the order,
// the audit log and who may do what.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import type { DepartmentInput } from "@/lib/schemas/departments";
import { listAudit } from "./audit";
import { activeDepartments, departmentRecipients } from "./departments";
import { seedDemoDepartments, DEMO_DEPARTMENTS } from "../demo-departments";

const getDb = useTestDb();
let admin: ReturnType<typeof callerAs>;
let adminName: string;

beforeEach(async () => {
  await getDb().$executeRawUnsafe(`TRUNCATE "Department", "Thread" RESTART IDENTITY CASCADE`);
  await resetDb(getDb());
  const staff = await makeAdmin(getDb());
  adminName = staff.username;
  admin = callerAs(getDb(), await sessionOf(getDb(), staff.userId));
});

const form = (over: Partial<DepartmentInput> = {}): DepartmentInput => ({
  name: { fa: "فروش", ar: "المبيعات", en: "Sales" },
  description: "",
  active: true,
  notify: "SMS",
  staffIds: [],
  ...over,
});
const create = (over: Partial<DepartmentInput> = {}) => admin.departments.create(form(over));
const lastAudit = async (action: string) => (await listAudit(getDb(), { action, limit: 1 })).rows[0];

/** A thread in the department, written directly (the inbox service is another part of the issue). */
async function threadIn(departmentId: string) {
  const { customerId } = await makeCustomer(getDb());
  return getDb().thread.create({ data: { customerId, departmentId, subject: "پیگیری سفارش", openedByStaff: false }, select: { id: true } });
}

describe("create and edit", () => {
  it("creates a department with its staff; the list shows them and a zero thread count; audited", async () => {
    const agent = await makeStaff(getDb(), ["inbox.read"]);
    const { id } = await create({ description: "پیگیری سفارش‌ها", notify: "BOTH", staffIds: [agent.userId] });
    expect(await admin.departments.list()).toEqual([
      {
        id,
        name: { fa: "فروش", ar: "المبيعات", en: "Sales" },
        description: "پیگیری سفارش‌ها",
        active: true,
        notify: "BOTH",
        position: 0,
        staff: [{ id: agent.userId, name: expect.any(String), username: agent.username }],
        threads: 0,
      },
    ]);
    expect(await lastAudit("department.create")).toMatchObject({
      actorName: adminName,
      targetType: "department",
      targetId: id,
      targetLabel: "فروش",
      changes: { "name.fa": { from: null, to: "فروش" }, notify: { from: null, to: "BOTH" }, staff: { from: null, to: [agent.username] } },
    });
  });

  it("refuses an empty Persian name on name.fa and writes nothing", async () => {
    expect(await refusal(create({ name: { fa: "  ", ar: "", en: "Sales" } }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "name.fa", message: "validation.required" }],
    });
    expect(await getDb().department.count()).toBe(0);
  });

  it("refuses a name already taken in another spelling (ي/ی, case) on that language's field", async () => {
    await create({ name: { fa: "پشتیبانی", ar: "الدعم", en: "Support" } });
    // Arabic ي instead of Persian ی, and upper-case English.
    expect(await refusal(create({ name: { fa: "پشتيباني", ar: "", en: "SUPPORT" } }))).toEqual({
      code: "CONFLICT",
      fields: [
        { path: "name.fa", message: "departments.errors.nameTaken" },
        { path: "name.en", message: "departments.errors.nameTaken" },
      ],
    });
    expect(await getDb().department.count()).toBe(1);
  });

  it("lets a department keep its own name on edit, but not take another's", async () => {
    const sales = await create();
    const support = await create({ name: { fa: "پشتیبانی", ar: "", en: "" } });
    await admin.departments.update({ id: sales.id, ...form({ description: "جدید" }) });
    expect(await refusal(admin.departments.update({ id: support.id, ...form({ name: { fa: "فروش", ar: "", en: "" } }) }))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "name.fa", message: "departments.errors.nameTaken" }],
    });
  });

  it("refuses a customer, or an unknown user, as a staff member on staffIds", async () => {
    const customer = await makeCustomer(getDb());
    expect(await refusal(create({ staffIds: [customer.userId] }))).toEqual({
      code: "BAD_REQUEST",
      fields: [{ path: "staffIds", message: "departments.errors.notStaff" }],
    });
    expect(await refusal(create({ staffIds: ["00000000-0000-7000-8000-000000000000"] }))).toMatchObject({ fields: [{ path: "staffIds" }] });
    expect(await getDb().department.count()).toBe(0);
  });

  it("replaces the staff on edit and records who left and who joined", async () => {
    const [a, b] = [await makeStaff(getDb(), ["inbox.read"]), await makeStaff(getDb(), ["inbox.read"])];
    const { id } = await create({ staffIds: [a.userId] });
    await admin.departments.update({ id, ...form({ staffIds: [b.userId], notify: "EMAIL" }) });
    const [row] = await admin.departments.list();
    expect(row!.staff.map((s) => s.username)).toEqual([b.username]);
    expect(row!.notify).toBe("EMAIL");
    expect((await lastAudit("department.update"))?.changes).toEqual({
      notify: { from: "SMS", to: "EMAIL" },
      staff: { from: [a.username], to: [b.username] },
    });
  });

  it("offers only active staff users in the picker, found by name or username in either spelling", async () => {
    const agent = await makeStaff(getDb(), ["inbox.read"]);
    await getDb().user.update({ where: { id: agent.userId }, data: { name: "علی كريمي" } });
    await makeCustomer(getDb());
    const found = await admin.departments.staffOptions({ query: "کریمی" });
    expect(found.map((u) => u.username)).toEqual([agent.username]);
    const all = await admin.departments.staffOptions({ query: "" });
    expect(all.every((u) => !u.username.startsWith("c_"))).toBe(true);
  });
});

describe("deactivate, delete and order", () => {
  it("deactivates and activates; an inactive department is not offered for new tickets; audited", async () => {
    const sales = await create();
    const support = await create({ name: { fa: "پشتیبانی", ar: "", en: "" } });
    await admin.departments.deactivate({ id: support.id });
    expect((await activeDepartments(getDb())).map((d) => d.id)).toEqual([sales.id]);
    expect((await admin.departments.list()).find((d) => d.id === support.id)?.active).toBe(false);
    expect(await lastAudit("department.deactivate")).toMatchObject({ targetId: support.id, changes: { active: { from: true, to: false } } });
    await admin.departments.activate({ id: support.id });
    expect((await activeDepartments(getDb())).map((d) => d.id)).toEqual([sales.id, support.id]);
    expect(await lastAudit("department.activate")).toMatchObject({ targetId: support.id });
  });

  it("refuses to delete a department that has threads, with a clear field error; it can be deactivated", async () => {
    const { id } = await create();
    await threadIn(id);
    expect((await admin.departments.list())[0]!.threads).toBe(1);
    expect(await refusal(admin.departments.delete({ id }))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "id", message: "departments.errors.hasThreads" }],
    });
    expect(await getDb().department.count()).toBe(1);
    await admin.departments.deactivate({ id });
    expect((await getDb().department.findUnique({ where: { id } }))?.active).toBe(false);
  });

  it("deletes a department without threads, with its staff links; audited", async () => {
    const agent = await makeStaff(getDb(), ["inbox.read"]);
    const { id } = await create({ staffIds: [agent.userId] });
    await admin.departments.delete({ id });
    expect(await getDb().department.count()).toBe(0);
    expect(await getDb().departmentStaff.count()).toBe(0);
    expect(await lastAudit("department.delete")).toMatchObject({ targetId: id, targetLabel: "فروش" });
  });

  it("reorders all departments; a stale list is refused", async () => {
    const a = await create();
    const b = await create({ name: { fa: "فنی", ar: "", en: "" } });
    await admin.departments.reorder({ ids: [b.id, a.id] });
    expect((await admin.departments.list()).map((d) => d.id)).toEqual([b.id, a.id]);
    expect(await refusal(admin.departments.reorder({ ids: [a.id] }))).toMatchObject({ fields: [{ path: "ids" }] });
  });

  it("names the department's active staff and its channel for the notifications", async () => {
    const agent = await makeStaff(getDb(), ["inbox.read"]);
    const { id } = await create({ staffIds: [agent.userId], notify: "EMAIL" });
    const r = await departmentRecipients(getDb(), id);
    expect(r.notify).toBe("EMAIL");
    expect(r.staff.map((u) => u.id)).toEqual([agent.userId]);
  });
});

describe("who may do what", () => {
  it("refuses a customer every procedure", async () => {
    const customer = await makeCustomer(getDb());
    const as = callerAs(getDb(), await sessionOf(getDb(), customer.userId));
    expect((await refusal(as.departments.list())).code).toBe("FORBIDDEN");
    expect((await refusal(as.departments.create(form()))).code).toBe("FORBIDDEN");
  });

  it("lets departments.read list but not write", async () => {
    const { id } = await create();
    const reader = await makeStaff(getDb(), ["departments.read"]);
    const as = callerAs(getDb(), await sessionOf(getDb(), reader.userId));
    expect(await as.departments.list()).toHaveLength(1);
    expect((await refusal(as.departments.create(form({ name: { fa: "فنی", ar: "", en: "" } })))).code).toBe("FORBIDDEN");
    expect((await refusal(as.departments.deactivate({ id }))).code).toBe("FORBIDDEN");
    expect((await refusal(as.departments.delete({ id }))).code).toBe("FORBIDDEN");
    expect(await getDb().department.count()).toBe(1);
  });
});

describe("demo data", () => {
  it("seeds the five departments once, the demo admin on sales and support, told by SMS", async () => {
    const demoAdmin = await getDb().user.create({ data: { username: "admin", name: "مدیر" }, select: { id: true } });
    await getDb().$transaction((tx) => seedDemoDepartments(tx));
    await getDb().$transaction((tx) => seedDemoDepartments(tx));
    const rows = await admin.departments.list();
    expect(rows.map((d) => d.name.fa)).toEqual(DEMO_DEPARTMENTS.map((d) => d.name.fa));
    expect(rows.map((d) => d.name.fa)).toEqual(["فروش", "فنی", "مدیریت", "پشتیبانی", "مشاوره"]);
    expect(rows.every((d) => d.notify === "SMS")).toBe(true);
    expect(rows.filter((d) => d.staff.some((s) => s.id === demoAdmin.id)).map((d) => d.name.fa)).toEqual(["فروش", "پشتیبانی"]);
  });
});
