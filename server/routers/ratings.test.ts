// Ratings (issue 6, C-4): customers rate the products of their completed orders (reviews awaiting
// moderation), one review per order and product even under concurrent submissions; the page of
// unrated orders; the admin's rating request, refused with the reason when nothing is left to rate.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, refusal } from "@/test/customers";
import type { OrderStatus } from "../generated/prisma/client";

const getDb = useTestDb();
const name = (fa: string) => ({ fa, ar: fa, en: fa });
type Caller = ReturnType<typeof callerAs>;
let admin: Caller;
let adminId: string;
let p1: string;
let p2: string;

async function order(customerId: string, status: OrderStatus = "COMPLETED", products = [p1, p2], completedAt = new Date()) {
  return getDb().order.create({
    data: {
      customerId,
      status,
      completedAt: status === "COMPLETED" ? completedAt : null,
      lines: { create: products.map((productId, i) => ({ productId, sku: `sku${i}`, name: name(`کالا ${i}`), quantity: 1, unitPrice: 1000n })) },
    },
    select: { id: true, number: true },
  });
}

async function shopper(opts: { mobile?: string } = {}) {
  const { userId, customerId } = await makeCustomer(getDb(), opts);
  return { customerId, userId, api: callerAs(getDb(), await sessionOf(getDb(), userId)) };
}

const reviews = () => getDb().productReview.findMany({ select: { orderId: true, productId: true, rating: true, comment: true, status: true } });

beforeEach(async () => {
  await resetDb(getDb());
  const a = await makeAdmin(getDb());
  adminId = a.userId;
  admin = callerAs(getDb(), await sessionOf(getDb(), a.userId));
  p1 = (await getDb().product.create({ data: { sku: "p1", name: name("عطر یک"), price: 1000n } })).id;
  p2 = (await getDb().product.create({ data: { sku: "p2", name: name("عطر دو"), price: 1000n } })).id;
});

describe("rating a product", () => {
  it("records a PENDING review for a product of the customer's completed order", async () => {
    const me = await shopper();
    const o = await order(me.customerId);
    const r = await me.api.ratings.rate({ orderId: o.id, productId: p1, rating: 5, comment: "  عالی بود  " });
    expect(r).toMatchObject({ rating: 5, status: "PENDING" });
    expect(await reviews()).toEqual([{ orderId: o.id, productId: p1, rating: 5, comment: "عالی بود", status: "PENDING" }]);
  });

  it("refuses orders that are not completed, products not in the order, and another customer's order", async () => {
    const me = await shopper();
    const them = await shopper();
    for (const status of ["PENDING_PAYMENT", "PAID", "PROCESSING", "SHIPPED", "CANCELLED"] as const) {
      const o = await order(me.customerId, status);
      expect((await refusal(me.api.ratings.rate({ orderId: o.id, productId: p1, rating: 4 }))).fields).toEqual([{ path: "orderId", message: "errors.ratings.notCompleted" }]);
    }
    const mine = await order(me.customerId, "COMPLETED", [p1]);
    expect((await refusal(me.api.ratings.rate({ orderId: mine.id, productId: p2, rating: 4 }))).fields).toEqual([{ path: "productId", message: "errors.ratings.notInOrder" }]);
    const theirs = await order(them.customerId);
    expect((await refusal(me.api.ratings.rate({ orderId: theirs.id, productId: p1, rating: 4 }))).fields).toEqual([{ path: "orderId", message: "errors.notFound" }]);
    expect(await reviews()).toEqual([]);
  });

  it("takes 1–5 whole stars and a comment of at most 1000 characters, refused on the field", async () => {
    const me = await shopper();
    const o = await order(me.customerId);
    const field = async (input: Record<string, unknown>) => (await refusal(me.api.ratings.rate({ orderId: o.id, productId: p1, ...input } as never))).fields;
    expect(await field({ rating: 0 })).toEqual([{ path: "rating", message: "validation.ratingRange" }]);
    expect(await field({ rating: 6 })).toEqual([{ path: "rating", message: "validation.ratingRange" }]);
    expect(await field({ rating: 2.5 })).toEqual([{ path: "rating", message: "validation.ratingRange" }]);
    expect(await field({})).toEqual([{ path: "rating", message: "validation.ratingRequired" }]);
    expect(await field({ rating: 3, comment: "x".repeat(1001) })).toEqual([{ path: "comment", message: "validation.tooLong" }]);
    // A customer cannot set the moderation state.
    expect((await refusal(me.api.ratings.rate({ orderId: o.id, productId: p1, rating: 3, status: "APPROVED" } as never))).code).toBe("BAD_REQUEST");
    await me.api.ratings.rate({ orderId: o.id, productId: p1, rating: 1, comment: "x".repeat(1000) });
    expect(await reviews()).toHaveLength(1);
  });

  it("keeps one review per order and product: a second is refused, two at once record one", async () => {
    const me = await shopper();
    const o = await order(me.customerId);
    await me.api.ratings.rate({ orderId: o.id, productId: p1, rating: 4 });
    expect(await refusal(me.api.ratings.rate({ orderId: o.id, productId: p1, rating: 2 }))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "rating", message: "errors.ratings.alreadyRated" }],
    });
    const both = await Promise.allSettled([
      me.api.ratings.rate({ orderId: o.id, productId: p2, rating: 5 }),
      me.api.ratings.rate({ orderId: o.id, productId: p2, rating: 1 }),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await reviews()).filter((r) => r.productId === p2)).toHaveLength(1);
    // The same product in another completed order is another review.
    const again = await order(me.customerId);
    await me.api.ratings.rate({ orderId: again.id, productId: p1, rating: 5 });
    expect(await reviews()).toHaveLength(3);
  });
});

describe("the page of unrated orders", () => {
  it("lists only the customer's completed orders with unrated products, and only those products", async () => {
    const me = await shopper();
    const them = await shopper();
    const older = await order(me.customerId, "COMPLETED", [p1, p2], new Date("2025-01-01T00:00:00Z"));
    const newer = await order(me.customerId, "COMPLETED", [p1, p1], new Date("2025-02-01T00:00:00Z"));
    await order(me.customerId, "SHIPPED");
    await order(them.customerId);
    let page = await me.api.ratings.unrated({});
    expect(page.rows.map((r) => [r.id, r.products.map((p) => p.productId)])).toEqual([
      [newer.id, [p1]], // a product on two lines is rated once
      [older.id, [p1, p2]],
    ]);
    await me.api.ratings.rate({ orderId: older.id, productId: p1, rating: 3 });
    await me.api.ratings.rate({ orderId: newer.id, productId: p1, rating: 3 });
    page = await me.api.ratings.unrated({});
    expect(page.rows.map((r) => [r.id, r.products.map((p) => p.productId)])).toEqual([[older.id, [p2]]]);
    await me.api.ratings.rate({ orderId: older.id, productId: p2, rating: 3 });
    expect((await me.api.ratings.unrated({})).rows).toEqual([]);
    expect((await me.api.ratings.myReviews({})).rows.map((r) => r.status)).toEqual(["PENDING", "PENDING", "PENDING"]);
    expect((await them.api.ratings.myReviews({})).rows).toEqual([]);
  });

  it("pages by completion without gaps or repeats", async () => {
    const me = await shopper();
    const base = Date.parse("2025-01-01T00:00:00Z");
    for (let i = 0; i < 7; i++) await order(me.customerId, "COMPLETED", [p1], new Date(base + Math.floor(i / 2) * 1000));
    const seen: string[] = [];
    let cursor: { completedAt: string; id: string } | null = null;
    do {
      const page: Awaited<ReturnType<Caller["ratings"]["unrated"]>> = await me.api.ratings.unrated({ cursor, limit: 3 });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.next;
    } while (cursor);
    const expected = await getDb().order.findMany({ orderBy: [{ completedAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(seen).toEqual(expected.map((o) => o.id));
  });
});

describe("the admin's rating request", () => {
  const outbox = () => getDb().outboxMessage.findMany({ select: { channel: true, recipient: true, body: true, status: true, userId: true, createdById: true } });
  const audits = () => getDb().auditLog.findMany({ where: { action: "customer.ratingRequest" }, select: { targetId: true, actorId: true, changes: true } });
  const saved = process.env.APP_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.APP_URL;
    else process.env.APP_URL = saved;
  });

  it("is refused with the reason when there is no completed order, or every one is rated", async () => {
    const c = await shopper();
    await order(c.customerId, "SHIPPED");
    expect(await refusal(admin.ratings.sendRequest({ customerId: c.customerId }))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "customerId", message: "errors.ratings.noCompletedOrders" }],
    });
    const o = await order(c.customerId, "COMPLETED", [p1]);
    await c.api.ratings.rate({ orderId: o.id, productId: p1, rating: 5 });
    expect(await refusal(admin.ratings.sendRequest({ customerId: c.customerId }))).toEqual({
      code: "CONFLICT",
      fields: [{ path: "customerId", message: "errors.ratings.allRated" }],
    });
    expect(await outbox()).toEqual([]);
    expect(await audits()).toEqual([]);
  });

  it("is refused when the customer has no mobile", async () => {
    const c = await shopper();
    await order(c.customerId);
    await getDb().user.update({ where: { id: c.userId }, data: { mobile: null } });
    expect((await refusal(admin.ratings.sendRequest({ customerId: c.customerId }))).fields).toEqual([{ path: "customerId", message: "errors.customers.noMobile" }]);
    expect(await outbox()).toEqual([]);
  });

  it("queues one SMS with the link to the unrated orders page, and audits it", async () => {
    process.env.APP_URL = "https://club.example.com/";
    const c = await shopper({ mobile: "+989121234567" });
    const rated = await order(c.customerId, "COMPLETED", [p1]);
    await c.api.ratings.rate({ orderId: rated.id, productId: p1, rating: 5 });
    await order(c.customerId, "COMPLETED", [p1, p2]);
    const r = await admin.ratings.sendRequest({ customerId: c.customerId });
    expect(r.unratedOrders).toBe(1);
    const [sms, ...rest] = await outbox();
    expect(rest).toEqual([]);
    expect(sms).toMatchObject({ channel: "SMS", recipient: "+989121234567", status: "QUEUED", userId: c.userId, createdById: adminId });
    expect(sms!.body).toContain("https://club.example.com/fa/account/reviews");
    expect(sms!.body).toContain("سفارش");
    expect(await audits()).toEqual([{ targetId: c.customerId, actorId: adminId, changes: { unratedOrders: { from: null, to: 1 } } }]);
  });

  it("needs customers.message; customers rate with account.reviews", async () => {
    const c = await shopper();
    await order(c.customerId);
    const reader = callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), ["customers.read", "orders.read"])).userId));
    expect((await refusal(reader.ratings.sendRequest({ customerId: c.customerId }))).code).toBe("FORBIDDEN");
    expect((await refusal(c.api.ratings.sendRequest({ customerId: c.customerId }))).code).toBe("FORBIDDEN");
    const session = await sessionOf(getDb(), c.userId);
    const without = callerAs(getDb(), { ...session, permissions: session.permissions.filter((p) => p !== "account.reviews") });
    expect((await refusal(without.ratings.unrated({}))).code).toBe("FORBIDDEN");
    expect((await refusal(admin.ratings.rate({ orderId: c.customerId, productId: p1, rating: 5 }))).code).toBe("FORBIDDEN");
  });
});
