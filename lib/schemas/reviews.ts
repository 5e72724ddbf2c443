import { z } from "zod";
import { idField } from "./common";

// Ratings (issue 6): a customer rates a product of a completed order; the form and ratings.rate
// share this schema.

export const REVIEW_COMMENT_MAX = 1000;

export const reviewSchema = z
  .object({
    orderId: idField,
    productId: idField,
    rating: z
      .number("validation.ratingRequired")
      .int("validation.ratingRange")
      .min(1, "validation.ratingRange")
      .max(5, "validation.ratingRange"),
    comment: z.string().trim().max(REVIEW_COMMENT_MAX, "validation.tooLong").default(""),
  })
  .strict();
export type ReviewInput = z.input<typeof reviewSchema>;
export type ReviewData = z.output<typeof reviewSchema>;

export const ratingRequestSchema = z.object({ customerId: idField }).strict();

export const unratedSchema = z
  .object({
    /** The last order of the previous page (completedAt ISO, id). */
    cursor: z.object({ completedAt: z.iso.datetime(), id: idField }).strict().nullish(),
    limit: z.number().int().min(1).max(50).default(20),
    direction: z.enum(["forward", "backward"]).optional(),
  })
  .strict();
