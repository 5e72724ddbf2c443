import { z } from "zod";
import { TIME_ZONE } from "../format";
import { normalizeText } from "../normalize";
import { idField } from "./common";
import { ORDER_STATUSES } from "./orders";

// The orders lists (issue 6): the admin's filtered list, a customer's orders on their card, and the
// customer's own list. All page by keyset on (placedAt desc, id desc).

/** The filters' names in the URL, in the order the filter form shows them. */
export const ORDER_FILTER_KEYS = ["q", "status", "from", "to"] as const;

const optionalDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);

/** Lenient on purpose: read from a bookmarked URL, so a stale value is dropped rather than failing the page. */
export const orderFilterSchema = z
  .object({
    /** The customer's name, username or mobile (or an order number), matched on Customer.searchText. */
    q: z.string().max(100).optional().transform((v) => (v ? normalizeText(v) : undefined) || undefined),
    status: z.enum(ORDER_STATUSES).optional().catch(undefined),
    /** Days of the reader's calendar: from 00:00 of `from` to the end of `to`, in `timeZone`. */
    from: optionalDay,
    to: optionalDay,
    timeZone: z.enum(Object.values(TIME_ZONE) as [string, ...string[]]).optional().catch(undefined),
  })
  .strip();
export type OrderFilterInput = z.input<typeof orderFilterSchema>;
export type OrderFilter = z.output<typeof orderFilterSchema>;

/** The last row of the previous page: its placedAt (ISO) and id. */
export const orderCursorSchema = z.object({ placedAt: z.iso.datetime(), id: idField }).strict();
export type OrderCursor = z.output<typeof orderCursorSchema>;

const paging = {
  cursor: orderCursorSchema.nullish(),
  limit: z.number().int().min(1).max(100).default(30),
  /** Sent by tRPC's infinite queries. */
  direction: z.enum(["forward", "backward"]).optional(),
};

export const adminOrderListSchema = z.object({ filter: orderFilterSchema.prefault({}), ...paging }).strict();
export type AdminOrderListInput = z.input<typeof adminOrderListSchema>;

export const customerOrdersSchema = z.object({ customerId: idField, ...paging }).strict();

export const myOrdersSchema = z.object(paging).strict();
