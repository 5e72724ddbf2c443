import "server-only";
import { router, adminProcedure } from "../trpc";
import { customFieldOrderSchema, customFieldSchema, customFieldUpdateSchema, customerIdSchema } from "@/lib/schemas/customers";
import { createCustomField, deleteCustomField, listCustomFields, reorderCustomFields, updateCustomField } from "../services/custom-fields";

// Definitions of the customer record's extra fields (C-6).

export const customFieldsRouter = router({
  list: adminProcedure("customers.read").query(({ ctx }) => listCustomFields(ctx.db)),
  create: adminProcedure("customers.write").input(customFieldSchema).mutation(({ ctx, input }) => createCustomField(ctx.db, ctx.actor, input)),
  update: adminProcedure("customers.write")
    .input(customFieldUpdateSchema)
    .mutation(({ ctx, input }) => updateCustomField(ctx.db, ctx.actor, input.id, input.field)),
  delete: adminProcedure("customers.write").input(customerIdSchema).mutation(({ ctx, input }) => deleteCustomField(ctx.db, ctx.actor, input.id)),
  reorder: adminProcedure("customers.write").input(customFieldOrderSchema).mutation(({ ctx, input }) => reorderCustomFields(ctx.db, ctx.actor, input.ids)),
});
