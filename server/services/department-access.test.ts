// Which departments a staff member reaches (issue 10): their own as one of its staff, every one with
// departments.write, none for a customer. The inbox relies on these for its 404s.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { canReadDepartment, departmentsVisibleTo } from "./department-access";

const getDb = useTestDb();
let sales: string;
let support: string;

beforeEach(async () => {
  await getDb().$executeRawUnsafe(`TRUNCATE "Department", "Thread" RESTART IDENTITY CASCADE`);
  await resetDb(getDb());
  const dept = (fa: string, position: number) =>
    getDb().department.create({ data: { name: { fa, ar: "", en: "" }, position }, select: { id: true } }).then((d) => d.id);
  sales = await dept("فروش", 0);
  support = await dept("پشتیبانی", 1);
});

describe("department access", () => {
  it("gives a staff member the departments they are staff of, and no other", async () => {
    const agent = await makeStaff(getDb(), ["inbox.read", "inbox.write"]);
    await getDb().departmentStaff.create({ data: { departmentId: sales, userId: agent.userId } });
    const session = await sessionOf(getDb(), agent.userId);
    expect(await departmentsVisibleTo(getDb(), session)).toEqual([sales]);
    expect(await canReadDepartment(getDb(), session, sales)).toBe(true);
    expect(await canReadDepartment(getDb(), session, support)).toBe(false);
  });

  it("gives nothing to a staff member of no department, even with inbox.read", async () => {
    const agent = await makeStaff(getDb(), ["inbox.read"]);
    const session = await sessionOf(getDb(), agent.userId);
    expect(await departmentsVisibleTo(getDb(), session)).toEqual([]);
    expect(await canReadDepartment(getDb(), session, sales)).toBe(false);
  });

  it("gives a manager (departments.write) every department, inactive ones too", async () => {
    await getDb().department.update({ where: { id: support }, data: { active: false } });
    const manager = await makeStaff(getDb(), ["inbox.read", "departments.write"]);
    const session = await sessionOf(getDb(), manager.userId);
    expect(await departmentsVisibleTo(getDb(), session)).toEqual([sales, support]);
    expect(await canReadDepartment(getDb(), session, support)).toBe(true);
  });

  it("gives a customer nothing, even one listed as a department's staff by hand", async () => {
    const customer = await makeCustomer(getDb());
    await getDb().departmentStaff.create({ data: { departmentId: sales, userId: customer.userId } });
    const session = await sessionOf(getDb(), customer.userId);
    expect(await departmentsVisibleTo(getDb(), session)).toEqual([]);
    expect(await canReadDepartment(getDb(), session, sales)).toBe(false);
  });

  it("stops access once the staff member leaves the department", async () => {
    const agent = await makeStaff(getDb(), ["inbox.read"]);
    await getDb().departmentStaff.create({ data: { departmentId: sales, userId: agent.userId } });
    const session = await sessionOf(getDb(), agent.userId);
    await getDb().departmentStaff.deleteMany({ where: { userId: agent.userId } });
    expect(await canReadDepartment(getDb(), session, sales)).toBe(false);
  });
});
