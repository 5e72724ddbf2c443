import { z } from "zod";
import { normalizeText } from "../normalize";
import { idField, requiredText } from "./common";
import { REVIEW_COMMENT_MAX } from "./reviews";

// Review moderation (issue 9, N-4): the admin queue's filters and actions, the product page's
// approved reviews and the customer's own reviews. Every list pages by keyset on (createdAt desc, id desc).

export const REVIEW_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The queue's status filter: one status, or every one. */
export const REVIEW_STATUS_FILTERS = [...REVIEW_STATUSES, "ALL"] as const;

/** The filters' names in the URL, in the order the filter form shows them. */
export const REVIEW_FILTER_KEYS = ["status", "rating", "product", "customer", "q"] as const;

export const REJECT_REASON_MAX = 300;

/** Lenient on purpose: read from a bookmarked URL, so a stale value is dropped rather than failing the page. */
export const reviewFilterSchema = z
  .object({
    /** The moderation queue opens on what is waiting. */
    status: z.enum(REVIEW_STATUS_FILTERS).catch("PENDING").default("PENDING"),
    rating: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
    /** One product, picked by searching its name or SKU. */
    product: idField.optional().catch(undefined),
    /** One customer, picked from a row of the list. */
    customer: idField.optional().catch(undefined),
    /** The customer's name, username or mobile, matched on Customer.searchText. */
    q: z.string().max(100).optional().catch(undefined).transform((v) => (v ? normalizeText(v) : undefined) || undefined),
  })
  .strip();
export type ReviewFilterInput = z.input<typeof reviewFilterSchema>;
export type ReviewFilter = z.output<typeof reviewFilterSchema>;

/** The last row of the previous page: its createdAt (ISO) and id. */
export const reviewCursorSchema = z.object({ createdAt: z.iso.datetime(), id: idField }).strict();
export type ReviewCursor = z.output<typeof reviewCursorSchema>;

const paging = {
  cursor: reviewCursorSchema.nullish(),
  limit: z.number().int().min(1).max(100).default(30),
  /** Sent by tRPC's infinite queries. */
  direction: z.enum(["forward", "backward"]).optional(),
};

export const reviewListSchema = z.object({ filter: reviewFilterSchema.prefault({}), ...paging }).strict();
export type ReviewListInput = z.input<typeof reviewListSchema>;

export const reviewIdSchema = z.object({ reviewId: idField }).strict();

/** Approve the rows ticked in the queue (each still approved once). */
export const approveManySchema = z
  .object({ reviewIds: z.array(idField).min(1, "validation.required").max(100, "validation.tooLong") })
  .strict();

/** Reject with the reason the customer will read in their account. */
export const rejectReviewSchema = z.object({ reviewId: idField, reason: requiredText(REJECT_REASON_MAX) }).strict();
export type RejectReviewInput = z.input<typeof rejectReviewSchema>;
export const REJECT_FIELDS = ["reason"] as const;

/** Staff correct the text; the original stays in the audit log. An empty text keeps only the stars. */
export const editReviewSchema = z
  .object({ reviewId: idField, comment: z.string().trim().max(REVIEW_COMMENT_MAX, "validation.tooLong") })
  .strict();
export type EditReviewInput = z.input<typeof editReviewSchema>;
export const EDIT_FIELDS = ["comment"] as const;

/** The product picker of the queue's filter. */
export const reviewProductSearchSchema = z.object({ q: z.string().max(100) }).strict();
export const reviewProductSchema = z.object({ productId: idField }).strict();

/** The approved reviews of one product, for its page. */
export const productReviewsSchema = z.object({ productId: idField, ...paging, limit: z.number().int().min(1).max(50).default(10) }).strict();

/** The signed-in customer's own reviews. */
export const myReviewsSchema = z.object({ ...paging, limit: z.number().int().min(1).max(50).default(20) }).strict();
