import "server-only";
import type { Db, Tx } from "../db";
import { FieldErrors, isUniqueViolation } from "../errors";
import type { OrderStatus, Prisma } from "../generated/prisma/client";
import { ORDER_TRANSITIONS } from "@/lib/schemas/orders";
import { recordAudit, type Actor } from "./audit";
import { appendEntry, findByKey, lockCustomers } from "./loyalty/ledger";

// An order's life after checkout (issue 6). Staff move it along ORDER_TRANSITIONS; each move is
// audited. Completion and cancellation of a completed order write an outbox row (DomainEvent) in
// the same transaction for the loyalty issue; its UNIQUE(type, aggregateId) makes each exactly once.

const refuse = (message: string, kind: "conflict" | "invalid" = "conflict") => new FieldErrors([{ path: "to", message }], kind);

/** What the completion and cancellation events carry (amounts as decimal strings: JSON has no BigInt). */
async function eventPayload(tx: Tx, orderId: string) {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      customerId: true,
      number: true,
      currency: true,
      total: true,
      lines: { select: { productId: true, categoryId: true, brandId: true, sku: true, quantity: true, unitPrice: true, pointValue: true }, orderBy: { id: "asc" } },
    },
  });
  return {
    customerId: order.customerId,
    number: order.number,
    currency: order.currency,
    total: String(order.total),
    lines: order.lines.map((l) => ({ ...l, unitPrice: String(l.unitPrice), pointValue: String(l.pointValue) })),
  };
}

async function writeEvent(tx: Tx, type: string, aggregateId: string) {
  const payload = (await eventPayload(tx, aggregateId)) as unknown as Prisma.InputJsonValue;
  await tx.domainEvent.create({ data: { type, aggregateId, payload } });
}

/** Puts the order's quantities back into the warehouse they were taken from. */
async function returnStock(tx: Tx, orderId: string, warehouseId: string | null) {
  if (!warehouseId) return;
  const warehouse = await tx.warehouse.findUnique({ where: { id: warehouseId }, select: { id: true } });
  if (!warehouse) return; // the warehouse was deleted since: nowhere to return to
  const lines = await tx.orderLine.findMany({ where: { orderId }, select: { productId: true, quantity: true } });
  for (const l of lines) {
    await tx.$executeRaw`
      INSERT INTO "ProductStock" ("productId", "warehouseId", quantity) VALUES (${l.productId}::uuid, ${warehouseId}::uuid, ${l.quantity})
      ON CONFLICT ("productId", "warehouseId") DO UPDATE SET quantity = "ProductStock".quantity + EXCLUDED.quantity`;
  }
}

/** Delivered cash on delivery has been paid: the courier's collection is recorded as the payment. */
async function collectCash(tx: Tx, orderId: string, amount: bigint, now: Date) {
  await tx.payment.create({ data: { orderId, provider: "cash", kind: "CASH_ON_DELIVERY", amount, status: "SUCCEEDED" } });
  await tx.order.update({
    where: { id: orderId },
    data: { paidAmount: { increment: amount }, dueAmount: 0n, paidAt: now },
  });
}

/**
 * What the wallet paid for the order goes back to it: one ORDER_REFUND entry reversing the
 * ORDER_PAYMENT entry, under the customer's lock; its key (and reversesId) make it once per order.
 */
async function refundWallet(tx: Tx, orderId: string) {
  const paid = await findByKey(tx, "wallet", `order:${orderId}:wallet-payment`);
  if (!paid || paid.amount >= 0n) return;
  const balances = await lockCustomers(tx, [paid.customerId]);
  await appendEntry(tx, balances, "wallet", {
    customerId: paid.customerId,
    amount: -paid.amount,
    kind: "ORDER_REFUND",
    sourceType: "ORDER",
    sourceId: orderId,
    reversesId: paid.id,
    idempotencyKey: `order:${orderId}:wallet-refund`,
  });
}

export async function changeOrderStatus(db: Db, actor: Actor, orderId: string, to: OrderStatus, now = new Date()) {
  try {
    return await db.$transaction(async (tx) => {
      // The row lock orders concurrent changes: the second sees the first's result and is refused.
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Order" WHERE id = ${orderId}::uuid FOR UPDATE`;
      if (!locked) throw new FieldErrors([{ path: "orderId", message: "errors.notFound" }], "invalid");
      const order = await tx.order.findUniqueOrThrow({
        where: { id: orderId },
        select: { status: true, number: true, warehouseId: true, paidAt: true, paymentKind: true, dueAmount: true },
      });
      const from = order.status;
      if (!ORDER_TRANSITIONS[from].includes(to)) throw refuse("errors.orders.transition");
      await tx.order.update({
        where: { id: orderId },
        data: {
          status: to,
          ...(to === "PAID" && !order.paidAt ? { paidAt: now } : {}),
          ...(to === "COMPLETED" ? { completedAt: now } : {}),
          ...(to === "CANCELLED" ? { cancelledAt: now } : {}),
        },
      });
      if (to === "COMPLETED" && order.paymentKind === "CASH_ON_DELIVERY" && order.dueAmount > 0n) await collectCash(tx, orderId, order.dueAmount, now);
      if (to === "COMPLETED") await writeEvent(tx, "order.completed", orderId);
      if (to === "CANCELLED") {
        await returnStock(tx, orderId, order.warehouseId);
        await refundWallet(tx, orderId);
        // Rewards were granted on completion: the loyalty issue reverses them on this event.
        if (from === "COMPLETED") await writeEvent(tx, "order.cancelled", orderId);
      }
      await recordAudit(tx, actor, "order.status", { type: "order", id: orderId, label: `#${order.number}` }, { status: { from, to } });
      return { id: orderId, status: to };
    });
  } catch (e) {
    // Only reachable if a completion slipped past the row lock: the event already exists.
    if (isUniqueViolation(e)) throw refuse("errors.orders.transition");
    throw e;
  }
}
