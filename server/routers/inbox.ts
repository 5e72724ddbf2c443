import "server-only";
import { router, adminProcedure } from "../trpc";
import { noInputSchema } from "@/lib/schemas/cart";
import { adminThreadListSchema, assignSchema, customerSearchSchema, departmentStaffSchema, threadIdSchema, threadStatusSchema } from "@/lib/schemas/inbox";
import { listThreadsForStaff } from "../services/inbox/list";
import { assignableStaff, assignThread, openThreadForStaff, setThreadStatus } from "../services/inbox/threads";
import { searchCustomers, staffDepartments } from "../services/inbox/pickers";
import { staffUnreadThreads } from "../services/inbox/unread";

// The admin inbox (issue 10, M-1/M-2). inbox.read lists and opens threads of the departments the
// staff member may read; inbox.write writes (new threads and replies go through the multipart route
// POST /api/inbox/messages), closes, reopens and assigns. Another department's thread is NOT_FOUND.

const read = adminProcedure("inbox.read");
const write = adminProcedure("inbox.write");
const who = (ctx: { session: { id: string; permissions: string[] }; ip: string | null }) => ({ id: ctx.session.id, permissions: ctx.session.permissions, ip: ctx.ip });

export const inboxRouter = router({
  list: read.input(adminThreadListSchema).query(({ ctx, input }) => listThreadsForStaff(ctx.db, who(ctx), input)),
  /** A mutation, not a query: opening a thread marks it read for staff. */
  open: read.input(threadIdSchema).mutation(({ ctx, input }) => openThreadForStaff(ctx.db, who(ctx), input.id)),
  unread: read.input(noInputSchema).query(({ ctx }) => staffUnreadThreads(ctx.db, who(ctx))),
  departments: read.input(noInputSchema).query(({ ctx }) => staffDepartments(ctx.db, who(ctx))),
  assignable: read.input(departmentStaffSchema).query(({ ctx, input }) => assignableStaff(ctx.db, who(ctx), input.departmentId)),
  customers: write.input(customerSearchSchema).query(({ ctx, input }) => searchCustomers(ctx.db, input.q)),
  setStatus: write.input(threadStatusSchema).mutation(({ ctx, input }) => setThreadStatus(ctx.db, who(ctx), input.id, input.status)),
  assign: write.input(assignSchema).mutation(({ ctx, input }) => assignThread(ctx.db, who(ctx), input.id, input.assigneeId)),
});
