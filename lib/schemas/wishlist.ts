import { z } from "zod";
import { idField } from "./common";

// The wishlist (issue 6 point 2, PRODUCT.md C-4/C-7): the customer's own list and the admin's views
// of it (the customer card, the most-wished report). Shared by the components and the procedures.

export const wishlistProductSchema = z.object({ productId: idField }).strict();

const paging = {
  /** Keyset: the createdAt and productId of the last row of the previous page, newest first. */
  cursor: z.object({ createdAt: z.date(), productId: idField }).strict().nullish(),
  limit: z.number().int().min(1).max(100).default(20),
  /** Sent by tRPC's infinite queries. */
  direction: z.enum(["forward", "backward"]).optional(),
};

export const wishlistListSchema = z.object(paging).strict();
export type WishlistListInput = z.input<typeof wishlistListSchema>;

export const customerWishlistSchema = z.object({ customerId: idField, ...paging }).strict();
export type CustomerWishlistInput = z.input<typeof customerWishlistSchema>;

export const wishlistReportSchema = z
  .object({
    /** Keyset on (how many wish it, product id), most wished first. */
    cursor: z.object({ wishers: z.number().int().min(0), productId: idField }).strict().nullish(),
    limit: z.number().int().min(1).max(100).default(50),
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
export type WishlistReportInput = z.input<typeof wishlistReportSchema>;
