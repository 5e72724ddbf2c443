import "server-only";
import type { Db } from "../../db";
import { departmentsVisibleTo } from "../department-access";
import type { Who } from "./threads";

// The navigation badges (issue 10): how many threads have something the viewer has not read.

/** Staff: threads of the departments they may read with unread customer messages. */
export async function staffUnreadThreads(db: Db, who: Who): Promise<number> {
  const departments = await departmentsVisibleTo(db, who);
  if (departments.length === 0) return 0;
  return db.thread.count({ where: { departmentId: { in: departments }, staffUnread: { gt: 0 } } });
}

/** A customer: their threads with unread staff messages (internal notes never count). */
export async function customerUnreadThreads(db: Db, customerId: string): Promise<number> {
  return db.thread.count({ where: { customerId, customerUnread: { gt: 0 } } });
}
