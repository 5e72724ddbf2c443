import "server-only";
import type { Tx } from "../db";
import type { UserStatus } from "../generated/prisma/client";
import { FieldErrors } from "../errors";

// Who may place an order (C-8, issue 6's checkout calls this): only an active customer. A customer
// awaiting approval, deactivated, blocked or deleted is refused with the reason.

export const orderRefusal = (status: UserStatus, deleted: boolean): string | null =>
  deleted ? "errors.orders.customerDeleted" : status === "ACTIVE" ? null : `errors.orders.customer${status[0]}${status.slice(1).toLowerCase()}`;

export async function assertCanOrder(tx: Tx, customerId: string): Promise<void> {
  const c = await tx.customer.findUnique({ where: { id: customerId }, select: { deletedAt: true, user: { select: { status: true } } } });
  const refusal = c ? orderRefusal(c.user.status, c.deletedAt !== null) : "errors.notFound";
  if (refusal) throw new FieldErrors([{ path: "customer", message: refusal }], "invalid");
}
