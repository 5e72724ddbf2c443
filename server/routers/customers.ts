import "server-only";
import { router, adminProcedure } from "../trpc";
import {
  customerBlockSchema,
  customerBulkSchema,
  customerCreateSchema,
  customerFilterSchema,
  customerIdSchema,
  customerListSchema,
  customerNoteSchema,
  customerPasswordSchema,
  customerSmsSchema,
  customerUpdateSchema,
  customerUsernameSchema,
} from "@/lib/schemas/customers";
import { z } from "zod";
import { countCustomers, listCustomers } from "../services/customer-list";
import { createCustomer, customerCard, customerForEdit, deleteCustomer, updateCustomer } from "../services/customers";
import {
  addCustomerNote,
  approveCustomer,
  blockCustomer,
  bulkCustomers,
  queueCustomerSms,
  setCustomerActive,
  setCustomerPassword,
  setCustomerUsername,
  unblockCustomer,
} from "../services/customer-actions";
import { listCustomFields } from "../services/custom-fields";
import { startImpersonation } from "../services/impersonation";
import { defaultGroupId } from "../services/groups";

// The admin's customers (C-1 … C-5). Each procedure names the permission it needs.

const read = adminProcedure("customers.read");
const write = adminProcedure("customers.write");

export const customersRouter = router({
  list: read.input(customerListSchema).query(({ ctx, input }) =>
    listCustomers(ctx.db, { filter: input.filter, sort: input.sort, dir: input.dir, cursor: input.cursor, limit: input.limit }),
  ),
  count: read.input(z.object({ filter: customerFilterSchema }).strict()).query(async ({ ctx, input }) => ({
    count: await countCustomers(ctx.db, input.filter),
  })),
  /** What the list's filters and the form need: groups and custom field definitions. */
  options: read.query(async ({ ctx }) => ({
    groups: await ctx.db.customerGroup.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    fields: await listCustomFields(ctx.db),
    defaultGroupId: await defaultGroupId(ctx.db),
  })),
  card: read.input(customerIdSchema).query(({ ctx, input }) => customerCard(ctx.db, input.id)),
  forEdit: read.input(customerIdSchema).query(({ ctx, input }) => customerForEdit(ctx.db, input.id)),
  create: write.input(customerCreateSchema).mutation(({ ctx, input }) => createCustomer(ctx.db, ctx.actor, input)),
  update: write.input(customerUpdateSchema).mutation(({ ctx, input }) => updateCustomer(ctx.db, ctx.actor, input)),
  delete: adminProcedure("customers.delete")
    .input(customerIdSchema)
    .mutation(({ ctx, input }) => deleteCustomer(ctx.db, ctx.actor, input.id)),
  setPassword: write
    .input(customerPasswordSchema)
    .mutation(({ ctx, input }) => setCustomerPassword(ctx.db, ctx.actor, input.id, input.password)),
  setUsername: write
    .input(customerUsernameSchema)
    .mutation(({ ctx, input }) => setCustomerUsername(ctx.db, ctx.actor, input.id, input.username)),
  block: write
    .input(customerBlockSchema)
    .mutation(({ ctx, input }) => blockCustomer(ctx.db, ctx.actor, input.id, input.reason, input.details)),
  unblock: write.input(customerIdSchema).mutation(({ ctx, input }) => unblockCustomer(ctx.db, ctx.actor, input.id)),
  setActive: write
    .input(customerIdSchema.extend({ active: z.boolean() }).strict())
    .mutation(({ ctx, input }) => setCustomerActive(ctx.db, ctx.actor, input.id, input.active)),
  approve: write.input(customerIdSchema).mutation(({ ctx, input }) => approveCustomer(ctx.db, ctx.actor, input.id)),
  addNote: write.input(customerNoteSchema).mutation(({ ctx, input }) => addCustomerNote(ctx.db, ctx.actor, input.customerId, input.body)),
  sendSms: adminProcedure("customers.message")
    .input(customerSmsSchema)
    .mutation(({ ctx, input }) => queueCustomerSms(ctx.db, ctx.actor, input.customerId, input.body)),
  bulk: write.input(customerBulkSchema).mutation(({ ctx, input }) => bulkCustomers(ctx.db, ctx.actor, input)),
  /** Issues an impersonation ticket; the admin's session binds it (see app/[locale]/impersonation.ts). */
  impersonate: adminProcedure("customers.impersonate")
    .input(customerIdSchema)
    .mutation(({ ctx, input }) => startImpersonation(ctx.db, ctx.actor, input.id)),
});
