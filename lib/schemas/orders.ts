import { z } from "zod";
import { idField } from "./common";

export const ORDER_STATUSES = ["PENDING_PAYMENT", "PAID", "PROCESSING", "SHIPPED", "COMPLETED", "CANCELLED"] as const;
export type OrderStatusValue = (typeof ORDER_STATUSES)[number];

/** The moves staff may make (issue 6); anything else is refused. */
export const ORDER_TRANSITIONS: Record<OrderStatusValue, readonly OrderStatusValue[]> = {
  PENDING_PAYMENT: ["PAID", "CANCELLED"],
  PAID: ["PROCESSING", "CANCELLED"],
  PROCESSING: ["SHIPPED", "CANCELLED"],
  SHIPPED: ["COMPLETED"],
  COMPLETED: ["CANCELLED"],
  CANCELLED: [],
};

export const orderStatusChangeSchema = z.object({ orderId: idField, to: z.enum(ORDER_STATUSES, "validation.invalid") }).strict();
