import { z } from "zod";
import { normalizeText } from "../normalize";
import { idField } from "./common";

// The customers' storefront (issue 6 point 1): the list's filters as the URL holds them, keyset
// paging, the product page and "add to cart". Shared by the pages and the `shop` procedures.

/** The list's filters: a stale value in the URL is dropped rather than failing the page. */
export const shopFilterSchema = z
  .object({
    // Normalised like Product.searchText, so Persian and Arabic spellings (ی/ي, ک/ك) meet.
    q: z.string().max(100).optional().catch(undefined).transform((v) => (v ? normalizeText(v) : undefined) || undefined),
    category: idField.optional().catch(undefined),
    brand: idField.optional().catch(undefined),
  })
  .strip();
export type ShopFilterInput = z.input<typeof shopFilterSchema>;

export const shopListSchema = z
  .object({
    filter: shopFilterSchema.prefault({}),
    /** The createdAt and id of the last row of the previous page (keyset paging). */
    cursor: z.object({ createdAt: z.date(), id: idField }).strict().nullish(),
    limit: z.number().int().min(1).max(60).default(24),
    /** Sent by tRPC's infinite queries. */
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
export type ShopListInput = z.input<typeof shopListSchema>;

export const shopProductSchema = z.object({ id: idField }).strict();

export const addToCartSchema = z.object({ productId: idField }).strict();

/** The most of one product a cart holds. */
export const MAX_CART_QUANTITY = 99;
