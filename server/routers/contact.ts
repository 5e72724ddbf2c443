import "server-only";
import { router, adminProcedure, publicProcedure } from "../trpc";
import { contactDeleteSchema, contactIdSchema, contactListSchema, contactSchema, contactStatusSchema } from "@/lib/schemas/contact";
import { deleteContactMessages, listContactMessages, openContactMessage, sendContactMessage, setContactStatus } from "../services/contact";

// Contact-us (N-3): the visitors' form and the staff's inbox of its messages. The catalog has
// contact.read and contact.delete only: reading a message and marking it (read, handled, unread) is
// the work of whoever reads them, so contact.read opens those; deleting needs contact.delete.

const read = adminProcedure("contact.read");

export const contactRouter = router({
  /** The public form (rate-limited per address, honeypot; the route checks the Origin). */
  send: publicProcedure.input(contactSchema).mutation(({ ctx, input }) => sendContactMessage(ctx.db, ctx.ip, input)),
  list: read.input(contactListSchema).query(({ ctx, input }) => listContactMessages(ctx.db, input)),
  /** A mutation, not a query: opening a message marks it read. */
  open: read.input(contactIdSchema).mutation(({ ctx, input }) => openContactMessage(ctx.db, input.id)),
  setStatus: read.input(contactStatusSchema).mutation(({ ctx, input }) => setContactStatus(ctx.db, ctx.actor, input.id, input.status)),
  delete: adminProcedure("contact.delete")
    .input(contactDeleteSchema)
    .mutation(({ ctx, input }) => deleteContactMessages(ctx.db, ctx.actor, input.ids)),
});
