import "server-only";
import { router, customerProcedure } from "../trpc";
import { noInputSchema } from "@/lib/schemas/cart";
import { customerThreadListSchema, threadIdSchema } from "@/lib/schemas/inbox";
import { listThreadsForCustomer } from "../services/inbox/list";
import { closeOwnThread, openThreadForCustomer } from "../services/inbox/threads";
import { customerDepartments, customerOrders } from "../services/inbox/pickers";
import { customerUnreadThreads } from "../services/inbox/unread";

// The customer's tickets (issue 10, M-2), scoped by ctx.customerId: another customer's thread is
// NOT_FOUND, internal notes never leave the server. New tickets and replies (with files) go through
// POST /api/inbox/messages.

const inbox = customerProcedure("account.inbox");

export const myInboxRouter = router({
  list: inbox.input(customerThreadListSchema).query(({ ctx, input }) => listThreadsForCustomer(ctx.db, ctx.customerId, input)),
  /** A mutation: opening marks the staff's messages read. */
  open: inbox.input(threadIdSchema).mutation(({ ctx, input }) => openThreadForCustomer(ctx.db, ctx.customerId, input.id)),
  close: inbox.input(threadIdSchema).mutation(({ ctx, input }) => closeOwnThread(ctx.db, ctx.customerId, input.id)),
  unread: inbox.input(noInputSchema).query(({ ctx }) => customerUnreadThreads(ctx.db, ctx.customerId)),
  departments: inbox.input(noInputSchema).query(({ ctx }) => customerDepartments(ctx.db)),
  orders: inbox.input(noInputSchema).query(({ ctx }) => customerOrders(ctx.db, ctx.customerId)),
});
