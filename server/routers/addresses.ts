import "server-only";
import { router, customerProcedure } from "../trpc";
import { addressIdSchema, addressWriteSchema } from "@/lib/schemas/addresses";
import { deleteAddress, listAddresses, saveAddress, setDefaultAddress } from "../services/addresses";

// The customer's own address book; every call is scoped by ctx.customerId.

const own = customerProcedure("account.addresses");

export const addressesRouter = router({
  list: own.query(({ ctx }) => listAddresses(ctx.db, ctx.customerId)),
  save: own.input(addressWriteSchema).mutation(({ ctx, input }) => saveAddress(ctx.db, ctx.customerId, input.id, input.address)),
  setDefault: own.input(addressIdSchema).mutation(({ ctx, input }) => setDefaultAddress(ctx.db, ctx.customerId, input.id)),
  delete: own.input(addressIdSchema).mutation(({ ctx, input }) => deleteAddress(ctx.db, ctx.customerId, input.id)),
});
