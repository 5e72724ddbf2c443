import "server-only";
import type { Tx } from "../db";
import { isStaff } from "../permissions";
import type { SessionUser } from "../trpc";

// Which departments' threads (and their files) a staff member reaches (issue 10): those they are
// one of the staff of, or every one with departments.write (managers). Anything else is "not found".

type Who = Pick<SessionUser, "id" | "permissions">;

const managesAll = (who: Who) => who.permissions.includes("departments.write");

/** The ids of the departments this user may read; empty for a customer. */
export async function departmentsVisibleTo(db: Tx, who: Who): Promise<string[]> {
  if (!isStaff(who.permissions)) return [];
  if (managesAll(who)) {
    const rows = await db.department.findMany({ select: { id: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
    return rows.map((r) => r.id);
  }
  const rows = await db.departmentStaff.findMany({ where: { userId: who.id }, select: { departmentId: true } });
  return rows.map((r) => r.departmentId);
}

/** Whether this user may read the department's threads. */
export async function canReadDepartment(db: Tx, who: Who, departmentId: string): Promise<boolean> {
  if (!isStaff(who.permissions)) return false;
  if (managesAll(who)) return true;
  const row = await db.departmentStaff.findUnique({
    where: { departmentId_userId: { departmentId, userId: who.id } },
    select: { userId: true },
  });
  return row !== null;
}
