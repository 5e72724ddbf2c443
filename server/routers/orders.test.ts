// The orders pages (issue 6): the admin list's filters and keyset paging, an order's detail with the
// moves ORDER_TRANSITIONS allows, a customer's orders on their card, and the customer's own orders
// (only theirs, amounts hidden when their groups hide prices). Real database, through the routers.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, newCustomer, refusal } from "@/test/customers";
import { ORDER_STATUSES, ORDER_TRANSITIONS } from "@/lib/schemas/orders";
import type { OrderStatus } from "../generated/prisma/client";

const getDb = useTestDb();
const name = (fa: string) => ({ fa, ar: fa, en: `en ${fa}` });
type Caller = ReturnType<typeof callerAs>;
let admin: Caller;
let adminActor: Awaited<ReturnType<typeof makeAdmin>>["actor"];
let productId: string;

async function order(customerId: string, over: { status?: OrderStatus; placedAt?: Date; total?: bigint } = {}) {
  const total = over.total ?? 3000n;
  return getDb().order.create({
    data: {
      customerId,
      status: over.status ?? "PENDING_PAYMENT",
      placedAt: over.placedAt ?? new Date(),
      subtotal: total,
      total,
      paidAmount: 1000n,
      dueAmount: total - 1000n,
      shippingAddress: { title: "خانه", recipientName: "سارا", mobile: "+989121234567", city: "تهران", street: "آزادی", postalCode: "1234567890", customerId: "x" },
      lines: { create: [{ productId, sku: "no5", name: name("عطر"), quantity: 3, unitPrice: total / 3n }] },
      payments: { create: [{ provider: "test", kind: "ONLINE", amount: 1000n, status: "SUCCEEDED", reference: `r-${Math.random()}` }] },
    },
    select: { id: true, number: true, placedAt: true },
  });
}

async function customerApi(customerId: string) {
  const c = await getDb().customer.findUniqueOrThrow({ where: { id: customerId }, select: { userId: true } });
  return callerAs(getDb(), await sessionOf(getDb(), c.userId));
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

beforeEach(async () => {
  await resetDb(getDb());
  const a = await makeAdmin(getDb());
  adminActor = a.actor;
  admin = callerAs(getDb(), await sessionOf(getDb(), a.userId));
  productId = (await getDb().product.create({ data: { sku: "no5", name: name("عطر"), price: 1000n } })).id;
});

describe("the admin orders list", () => {
  it("filters by status, by customer across Persian/Arabic spellings and mobile digits, and by number", async () => {
    const ali = await newCustomer(getDb(), adminActor, { name: "علی کریمی", mobile: "09121112233" });
    const sara = await newCustomer(getDb(), adminActor, { name: "سارا یزدی" });
    const a1 = await order(ali.id, { status: "PAID" });
    const a2 = await order(ali.id, { status: "SHIPPED" });
    const s1 = await order(sara.id, { status: "PAID" });

    const list = async (filter: Record<string, string>) => ids((await admin.adminOrders.list({ filter })).rows).sort();
    expect(await list({})).toEqual([a1.id, a2.id, s1.id].sort());
    expect(await list({ status: "PAID" })).toEqual([a1.id, s1.id].sort());
    // Arabic ي and ك find the Persian ی and ک; the status filter combines with it.
    expect(await list({ q: "علي كريمي" })).toEqual([a1.id, a2.id].sort());
    expect(await list({ q: "كريمي", status: "PAID" })).toEqual([a1.id]);
    // Persian digits and spaces in a mobile number.
    expect(await list({ q: "۰۹۱۲ ۱۱۱ ۲۲۳۳" })).toEqual([a1.id, a2.id].sort());
    expect(await list({ q: `#${s1.number}` })).toEqual([s1.id]);
    // A LIKE wildcard is a letter.
    expect(await list({ q: "%" })).toEqual([]);
    // A stale status in a bookmarked URL is dropped, not an error.
    expect(await list({ status: "LOST" })).toHaveLength(3);
  });

  it("filters by days of the reader's calendar (Tehran)", async () => {
    const { customerId } = await makeCustomer(getDb());
    // 2025-03-20 in Tehran (UTC+3:30) runs from 2025-03-19T20:30Z to 2025-03-20T20:30Z.
    const before = await order(customerId, { placedAt: new Date("2025-03-19T20:29:59Z") });
    const first = await order(customerId, { placedAt: new Date("2025-03-19T20:30:00Z") });
    const last = await order(customerId, { placedAt: new Date("2025-03-20T20:29:59Z") });
    const after = await order(customerId, { placedAt: new Date("2025-03-20T20:30:00Z") });
    const list = async (filter: Record<string, string>) => ids((await admin.adminOrders.list({ filter })).rows).sort();
    expect(await list({ from: "2025-03-20", to: "2025-03-20", timeZone: "Asia/Tehran" })).toEqual([first.id, last.id].sort());
    expect(await list({ from: "2025-03-20", timeZone: "Asia/Tehran" })).toEqual([first.id, last.id, after.id].sort());
    expect(await list({ to: "2025-03-19", timeZone: "Asia/Tehran" })).toEqual([before.id]);
  });

  it("pages by (placedAt desc, id desc) without gaps or repeats, ties included", async () => {
    const { customerId } = await makeCustomer(getDb());
    const base = Date.parse("2025-01-01T00:00:00Z");
    // Groups of three orders share an instant, so the id breaks the ties.
    for (let i = 0; i < 23; i++) await order(customerId, { placedAt: new Date(base + Math.floor(i / 3) * 60_000) });
    const expected = await getDb().order.findMany({ orderBy: [{ placedAt: "desc" }, { id: "desc" }], select: { id: true } });
    const seen: string[] = [];
    let cursor: { placedAt: string; id: string } | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<Caller["adminOrders"]["list"]>> = await admin.adminOrders.list({ cursor, limit: 5 });
      seen.push(...ids(page.rows));
      cursor = page.next;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen).toEqual(ids(expected));
    // Rows carry the columns the page shows, amounts as BigInt minor units.
    const [row] = (await admin.adminOrders.list({ limit: 1 })).rows;
    expect(row).toMatchObject({ status: "PENDING_PAYMENT", total: 3000n, paidAmount: 1000n, dueAmount: 2000n, currency: "IRT", customerId });
  });
});

describe("an order's detail and its status buttons", () => {
  it("shows lines, amounts, the address copy and payments", async () => {
    const { customerId } = await makeCustomer(getDb());
    const o = await order(customerId, { status: "PAID", total: 3000n });
    const d = await admin.adminOrders.get({ orderId: o.id });
    expect(d).toMatchObject({ number: o.number, status: "PAID", total: 3000n, paidAmount: 1000n, dueAmount: 2000n, customer: { id: customerId, deleted: false } });
    expect(d.lines).toEqual([expect.objectContaining({ sku: "no5", quantity: 3, unitPrice: 1000n, lineTotal: 3000n })]);
    // Only the address's text fields leave the server.
    expect(d.address).toEqual({ title: "خانه", recipientName: "سارا", mobile: "+989121234567", city: "تهران", street: "آزادی", postalCode: "1234567890" });
    expect(d.payments).toEqual([expect.objectContaining({ kind: "ONLINE", amount: 1000n, status: "SUCCEEDED" })]);
    expect((await refusal(admin.adminOrders.get({ orderId: "0190d7e5-0000-7000-8000-000000000000" }))).fields).toEqual([{ path: "orderId", message: "errors.notFound" }]);
  });

  it("offers exactly the moves of ORDER_TRANSITIONS, and refuses any other with a translated reason", async () => {
    const { customerId } = await makeCustomer(getDb());
    for (const status of ORDER_STATUSES) {
      const o = await order(customerId, { status });
      const d = await admin.adminOrders.get({ orderId: o.id });
      expect(d.next).toEqual([...ORDER_TRANSITIONS[status]]);
      const refused = ORDER_STATUSES.find((to) => !ORDER_TRANSITIONS[status].includes(to));
      if (refused) {
        expect(await refusal(admin.adminOrders.setStatus({ orderId: o.id, to: refused }))).toEqual({
          code: "CONFLICT",
          fields: [{ path: "to", message: "errors.orders.transition" }],
        });
      }
    }
    // "Complete" on a delivered (shipped) order completes it; then only cancelling is left.
    const shipped = await order(customerId, { status: "SHIPPED" });
    await admin.adminOrders.setStatus({ orderId: shipped.id, to: "COMPLETED" });
    expect(await admin.adminOrders.get({ orderId: shipped.id })).toMatchObject({ status: "COMPLETED", next: ["CANCELLED"], completedAt: expect.any(Date) });
  });
});

describe("a customer's orders on their card", () => {
  it("lists only that customer's orders, newest first, with the count", async () => {
    const me = await newCustomer(getDb(), adminActor, {});
    const other = await newCustomer(getDb(), adminActor, {});
    const older = await order(me.id, { placedAt: new Date("2025-01-01T00:00:00Z") });
    const newer = await order(me.id, { placedAt: new Date("2025-02-01T00:00:00Z") });
    await order(other.id);
    await getDb().customer.update({ where: { id: me.id }, data: { orderCount: 2 } });
    const page = await admin.adminOrders.ofCustomer({ customerId: me.id });
    expect(ids(page.rows)).toEqual([newer.id, older.id]);
    expect(page.count).toBe(2);
    const first = await admin.adminOrders.ofCustomer({ customerId: me.id, limit: 1 });
    expect(ids((await admin.adminOrders.ofCustomer({ customerId: me.id, limit: 1, cursor: first.next })).rows)).toEqual([older.id]);
  });

  it("opens with customers.read; the orders list needs orders.read", async () => {
    const { customerId } = await makeCustomer(getDb());
    const cardReader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["customers.read"])).userId));
    const orderReader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["orders.read"])).userId));
    await expect(cardReader.adminOrders.ofCustomer({ customerId })).resolves.toMatchObject({ rows: [] });
    expect((await refusal(cardReader.adminOrders.list({}))).code).toBe("FORBIDDEN");
    expect((await refusal(orderReader.adminOrders.ofCustomer({ customerId }))).code).toBe("FORBIDDEN");
    expect((await refusal(orderReader.adminOrders.setStatus({ orderId: customerId, to: "PAID" }))).code).toBe("FORBIDDEN");
    const customer = await customerApi(customerId);
    expect((await refusal(customer.adminOrders.list({}))).code).toBe("FORBIDDEN");
    expect((await refusal(customer.adminOrders.get({ orderId: customerId }))).code).toBe("FORBIDDEN");
  });
});

describe("the customer's own orders", () => {
  it("lists and opens only their own; another's order is not found", async () => {
    const me = await makeCustomer(getDb());
    const them = await makeCustomer(getDb());
    const mine = await order(me.customerId, { status: "COMPLETED" });
    const theirs = await order(them.customerId);
    const api = await customerApi(me.customerId);
    const list = await api.orders.list({});
    expect(ids(list.rows)).toEqual([mine.id]);
    expect(list.rows[0]).toMatchObject({ number: mine.number, status: "COMPLETED", total: 3000n, lineCount: 1 });
    const detail = await api.orders.get({ orderId: mine.id });
    expect(detail).toMatchObject({ id: mine.id, showPrices: true, total: 3000n, address: expect.objectContaining({ city: "تهران" }), reviews: [] });
    expect(await refusal(api.orders.get({ orderId: theirs.id }))).toMatchObject({ fields: [{ path: "orderId", message: "errors.notFound" }] });
  });

  it("hides every amount when the customer's groups hide prices", async () => {
    const { customerId } = await makeCustomer(getDb());
    const hidden = await getDb().customerGroup.create({ data: { name: "بی‌قیمت", showPrices: false } });
    await getDb().customerGroupMember.create({ data: { groupId: hidden.id, customerId } });
    const o = await order(customerId, { total: 987_654n });
    const api = await customerApi(customerId);
    const list = await api.orders.list({});
    const detail = await api.orders.get({ orderId: o.id });
    expect(list.showPrices).toBe(false);
    expect(detail.showPrices).toBe(false);
    // No amount under any name, anywhere in either response.
    for (const response of [list, detail]) {
      const json = JSON.stringify(response, (_, v) => (typeof v === "bigint" ? `big:${v}` : v));
      expect(json).not.toMatch(/big:|987654|329218|total|paidAmount|dueAmount|unitPrice/);
    }
  });

  it("needs account.orders", async () => {
    const { userId } = await makeCustomer(getDb());
    const session = await sessionOf(getDb(), userId);
    const without = callerAs(getDb(), { ...session, permissions: session.permissions.filter((p) => p !== "account.orders") });
    expect((await refusal(without.orders.list({}))).code).toBe("FORBIDDEN");
    expect((await refusal(callerAs(getDb(), null).orders.list({}))).code).toBe("UNAUTHORIZED");
    expect((await refusal(admin.orders.list({}))).code).toBe("FORBIDDEN");
  });
});
