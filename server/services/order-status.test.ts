// An order's status after checkout (issue 6): allowed moves, the audit record, the outbox events of
// completion and cancellation, exactly-once completion, and the stock a cancellation returns.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import type { OrderStatus } from "../generated/prisma/client";
import type { Actor } from "./audit";
import { changeOrderStatus } from "./order-status";

const getDb = useTestDb();
const name = (fa: string) => ({ fa, ar: fa, en: fa });
let actor: Actor;
let admin: ReturnType<typeof callerAs>;

async function orderIn(status: OrderStatus, withWarehouse = true) {
  const db = getDb();
  const { customerId } = await makeCustomer(db);
  const warehouse = await db.warehouse.create({ data: { code: `w-${Math.random()}`, name: name("تهران") } });
  const product = await db.product.create({ data: { sku: `p-${Math.random()}`, name: name("عطر"), price: 1000n, pointValue: 150n } });
  await db.productStock.create({ data: { productId: product.id, warehouseId: warehouse.id, quantity: 4 } });
  const order = await db.order.create({
    data: {
      customerId,
      status,
      warehouseId: withWarehouse ? warehouse.id : null,
      subtotal: 3000n,
      total: 3000n,
      lines: { create: [{ productId: product.id, sku: product.sku, name: name("عطر"), quantity: 3, unitPrice: 1000n, pointValue: 150n }] },
    },
  });
  return { order, customerId, product, warehouse };
}
const stock = async (productId: string, warehouseId: string) =>
  (await getDb().productStock.findUniqueOrThrow({ where: { productId_warehouseId: { productId, warehouseId } } })).quantity;
const events = (aggregateId: string) => getDb().domainEvent.findMany({ where: { aggregateId }, orderBy: { createdAt: "asc" } });

beforeEach(async () => {
  await resetDb(getDb());
  const a = await makeAdmin(getDb());
  actor = a.actor;
  admin = callerAs(getDb(), await sessionOf(getDb(), a.userId));
});

describe("order status transitions", () => {
  it("completing a cash-on-delivery order records the cash collected; a partly prepaid order keeps its due", async () => {
    const cod = (await orderIn("SHIPPED")).order;
    await getDb().order.update({ where: { id: cod.id }, data: { paymentKind: "CASH_ON_DELIVERY", dueAmount: 3000n } });
    const online = (await orderIn("SHIPPED")).order;
    await getDb().order.update({ where: { id: online.id }, data: { paymentKind: "ONLINE", paidAmount: 1500n, dueAmount: 1500n } });
    for (const { id } of [cod, online]) await admin.adminOrders.setStatus({ orderId: id, to: "COMPLETED" });

    expect(await getDb().order.findUniqueOrThrow({ where: { id: cod.id } })).toMatchObject({ paidAmount: 3000n, dueAmount: 0n, paidAt: expect.any(Date) });
    expect(await getDb().payment.findMany({ where: { orderId: cod.id } })).toMatchObject([
      { provider: "cash", kind: "CASH_ON_DELIVERY", amount: 3000n, status: "SUCCEEDED" },
    ]);
    // Staff settle the colleague's remaining due outside the order; completion does not invent a payment.
    expect(await getDb().order.findUniqueOrThrow({ where: { id: online.id } })).toMatchObject({ paidAmount: 1500n, dueAmount: 1500n });
    expect(await getDb().payment.count({ where: { orderId: online.id } })).toBe(0);
  });

  it("walks the happy path, each move audited", async () => {
    const { order } = await orderIn("PENDING_PAYMENT");
    for (const to of ["PAID", "PROCESSING", "SHIPPED", "COMPLETED"] as const) {
      await expect(admin.adminOrders.setStatus({ orderId: order.id, to })).resolves.toEqual({ id: order.id, status: to });
    }
    const row = await getDb().order.findUniqueOrThrow({ where: { id: order.id } });
    expect(row).toMatchObject({ status: "COMPLETED", paidAt: expect.any(Date), completedAt: expect.any(Date), cancelledAt: null });
    const audit = await getDb().auditLog.findMany({ where: { targetId: order.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.targetLabel, a.changes])).toEqual([
      ["order.status", `#${order.number}`, { status: { from: "PENDING_PAYMENT", to: "PAID" } }],
      ["order.status", `#${order.number}`, { status: { from: "PAID", to: "PROCESSING" } }],
      ["order.status", `#${order.number}`, { status: { from: "PROCESSING", to: "SHIPPED" } }],
      ["order.status", `#${order.number}`, { status: { from: "SHIPPED", to: "COMPLETED" } }],
    ]);
  });

  it.each([
    ["PENDING_PAYMENT", "SHIPPED"],
    ["PENDING_PAYMENT", "COMPLETED"],
    ["PAID", "COMPLETED"],
    ["PROCESSING", "PAID"],
    ["SHIPPED", "CANCELLED"],
    ["CANCELLED", "PAID"],
    ["COMPLETED", "COMPLETED"],
  ] as const)("refuses %s → %s and changes nothing", async (from, to) => {
    const { order } = await orderIn(from);
    expect((await refusal(admin.adminOrders.setStatus({ orderId: order.id, to }))).fields).toEqual([{ path: "to", message: "errors.orders.transition" }]);
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe(from);
    expect(await getDb().auditLog.count({ where: { targetId: order.id } })).toBe(0);
  });

  it("needs orders.write", async () => {
    const { order } = await orderIn("PAID");
    const reader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["orders.read"])).userId));
    expect((await refusal(reader.adminOrders.setStatus({ orderId: order.id, to: "PROCESSING" }))).code).toBe("FORBIDDEN");
  });
});

describe("completion is recorded exactly once", () => {
  it("writes order.completed with the customer, number, total and lines in the same transaction", async () => {
    const { order, customerId, product } = await orderIn("SHIPPED");
    await changeOrderStatus(getDb(), actor, order.id, "COMPLETED");
    expect(await events(order.id)).toEqual([
      expect.objectContaining({
        type: "order.completed",
        processedAt: null,
        payload: {
          customerId,
          number: order.number,
          currency: "IRT",
          total: "3000",
          lines: [{ productId: product.id, categoryId: null, brandId: null, sku: product.sku, quantity: 3, unitPrice: "1000", pointValue: "150" }],
        },
      }),
    ]);
  });

  it("two completions at once: one event, one COMPLETED, the other refused", async () => {
    const { order } = await orderIn("SHIPPED");
    const results = await Promise.allSettled([
      changeOrderStatus(getDb(), actor, order.id, "COMPLETED"),
      changeOrderStatus(getDb(), actor, order.id, "COMPLETED"),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await events(order.id)).map((e) => e.type)).toEqual(["order.completed"]);
    expect(await getDb().auditLog.count({ where: { targetId: order.id } })).toBe(1);
  });

  it("a second completion after the first is refused and writes nothing", async () => {
    const { order } = await orderIn("SHIPPED");
    await changeOrderStatus(getDb(), actor, order.id, "COMPLETED");
    expect((await refusal(changeOrderStatus(getDb(), actor, order.id, "COMPLETED"))).fields).toEqual([{ path: "to", message: "errors.orders.transition" }]);
    expect(await events(order.id)).toHaveLength(1);
  });

  it("a leftover event (a race past the lock) refuses the completion as a whole", async () => {
    const { order } = await orderIn("SHIPPED");
    await getDb().domainEvent.create({ data: { type: "order.completed", aggregateId: order.id } });
    expect((await refusal(changeOrderStatus(getDb(), actor, order.id, "COMPLETED"))).fields).toEqual([{ path: "to", message: "errors.orders.transition" }]);
    expect((await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("SHIPPED");
  });
});

describe("cancellation", () => {
  it("returns the stock; no event unless the order was completed", async () => {
    const { order, product, warehouse } = await orderIn("PAID");
    await changeOrderStatus(getDb(), actor, order.id, "CANCELLED");
    expect(await stock(product.id, warehouse.id)).toBe(7);
    expect(await events(order.id)).toEqual([]);
    expect(await getDb().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "CANCELLED", cancelledAt: expect.any(Date) });
  });

  it("a completed order's cancellation writes order.cancelled for the loyalty issue, once", async () => {
    const { order, product, warehouse } = await orderIn("SHIPPED");
    await changeOrderStatus(getDb(), actor, order.id, "COMPLETED");
    await changeOrderStatus(getDb(), actor, order.id, "CANCELLED");
    expect((await events(order.id)).map((e) => e.type)).toEqual(["order.completed", "order.cancelled"]);
    expect(await stock(product.id, warehouse.id)).toBe(7);
    expect((await refusal(changeOrderStatus(getDb(), actor, order.id, "CANCELLED"))).fields![0]!.message).toBe("errors.orders.transition");
  });

  it("an order without a warehouse cancels without touching stock", async () => {
    const { order, product, warehouse } = await orderIn("PENDING_PAYMENT", false);
    await changeOrderStatus(getDb(), actor, order.id, "CANCELLED");
    expect(await stock(product.id, warehouse.id)).toBe(4);
  });
});
