// The review moderation procedures (issue 9 points 5 and 7, N-4) as the admin queue, the product
// page and the account page call them: approval through the router grants the review points once
// however many clicks; reject needs a reason; edit and delete; the queue's filters and keyset
// paging; the product page shows only approved reviews with the right average; a customer sees only
// their own reviews with the reject reason; and who may do what.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { makeAdmin, newCustomer, refusal } from "@/test/customers";
import { drain, pointsEntries } from "@/test/loyalty";
import { writeLoyaltySettings } from "../services/loyalty/loyalty-settings";
import type { ReviewFilterInput } from "@/lib/schemas/review-moderation";

const getDb = useTestDb();
const name = (fa: string) => ({ fa, ar: `${fa} ar`, en: `${fa} en` });
type Caller = ReturnType<typeof callerAs>;
let admin: Caller;
let adminActor: Awaited<ReturnType<typeof makeAdmin>>["actor"];
let p1: string;
let p2: string;
let base: number;

interface Shopper {
  customerId: string;
  userId: string;
  api: Caller;
}

async function shopper(fullName?: string): Promise<Shopper> {
  const made = fullName ? await newCustomer(getDb(), adminActor, { name: fullName }) : await makeCustomer(getDb());
  const userId = made.userId;
  const customerId = "customerId" in made ? made.customerId : made.id;
  return { customerId, userId, api: callerAs(getDb(), await sessionOf(getDb(), userId)) };
}

/**
 * The customer rates `productId` in a new completed order of theirs, as the ratings page does; the
 * reviews are `seconds` apart so the newest-first order is known.
 */
async function rated(who: Shopper, productId: string, rating: number, comment = "", seconds = 0) {
  const o = await getDb().order.create({
    data: {
      customerId: who.customerId,
      status: "COMPLETED",
      completedAt: new Date(),
      lines: { create: [{ productId, sku: "sku", name: name("کالا"), quantity: 1, unitPrice: 1000n }] },
    },
    select: { id: true },
  });
  const r = await who.api.ratings.rate({ orderId: o.id, productId, rating, comment });
  await getDb().productReview.update({ where: { id: r.id }, data: { createdAt: new Date(base + seconds * 1000) } });
  return r.id;
}

async function staffWith(permissions: string[]) {
  return callerAs(getDb(), await sessionOf(getDb(), (await makeStaff(getDb(), permissions)).userId));
}

const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);

beforeEach(async () => {
  await resetDb(getDb());
  const a = await makeAdmin(getDb());
  adminActor = a.actor;
  admin = callerAs(getDb(), await sessionOf(getDb(), a.userId));
  p1 = (await getDb().product.create({ data: { sku: "p1", name: name("عطر یک"), price: 1000n, searchText: "عطر یک p1" } })).id;
  p2 = (await getDb().product.create({ data: { sku: "p2", name: name("کرم دو"), price: 1000n, searchText: "کرم دو p2" } })).id;
  base = Date.parse("2025-05-01T10:00:00Z");
});

describe("approving from the queue", () => {
  it("clicked twice and twice at once: one review.approved event and, once drained, one REVIEW entry of the configured points", async () => {
    await writeLoyaltySettings(getDb(), { productPoints: false, signUpGift: 0n, referrerSignUpPoints: 0n, reviewPoints: 750n });
    const me = await shopper();
    const id = await rated(me, p1, 5, "عالی");
    await admin.reviews.approve({ reviewId: id });
    await admin.reviews.approve({ reviewId: id });
    await Promise.all([admin.reviews.approve({ reviewId: id }), admin.reviews.approve({ reviewId: id }), admin.reviews.approveMany({ reviewIds: [id] })]);
    expect(await getDb().domainEvent.count({ where: { type: "review.approved", aggregateId: id } })).toBe(1);
    await drain(getDb());
    expect(await pointsEntries(getDb(), { customerId: me.customerId })).toEqual([
      expect.objectContaining({ kind: "REVIEW", amount: 750n, sourceId: id, idempotencyKey: `review:${id}:points` }),
    ]);
    // The customer's points page names the reviewed product.
    const shown = await me.api.myLoyalty.points({});
    expect(shown.rows).toEqual([expect.objectContaining({ kind: "REVIEW", amount: 750n, source: expect.objectContaining({ product: { sku: "p1", name: name("عطر یک") } }) })]);
  });

  it("bulk approval approves the ticked rows only", async () => {
    const me = await shopper();
    const a = await rated(me, p1, 5, "", 1);
    const b = await rated(me, p2, 4, "", 2);
    const c = await rated(me, p1, 3, "", 3);
    expect(await admin.reviews.approveMany({ reviewIds: [a, c] })).toEqual({ approved: 2 });
    expect(ids(await admin.reviews.list({ filter: { status: "PENDING" } }))).toEqual([b]);
    expect((await refusal(admin.reviews.approveMany({ reviewIds: [] }))).fields).toEqual([{ path: "reviewIds", message: "validation.required" }]);
  });
});

describe("reject, edit, delete", () => {
  it("reject needs a reason of at most 300 characters, refused on the reason field", async () => {
    const me = await shopper();
    const id = await rated(me, p1, 1, "بد");
    expect(await refusal(admin.reviews.reject({ reviewId: id, reason: "" }))).toEqual({ code: "BAD_REQUEST", fields: [{ path: "reason", message: "validation.required" }] });
    expect((await refusal(admin.reviews.reject({ reviewId: id, reason: "   " }))).fields).toEqual([{ path: "reason", message: "validation.required" }]);
    expect((await refusal(admin.reviews.reject({ reviewId: id, reason: "x".repeat(301) }))).fields).toEqual([{ path: "reason", message: "validation.tooLong" }]);
    expect((await admin.reviews.list({ filter: {} })).rows).toHaveLength(1); // still pending
    await admin.reviews.reject({ reviewId: id, reason: " بی‌ارتباط با محصول " });
    const [row] = (await admin.reviews.list({ filter: { status: "REJECTED" } })).rows;
    expect(row).toMatchObject({ id, status: "REJECTED", rejectReason: "بی‌ارتباط با محصول" });
  });

  it("edit changes the text shown everywhere, marks it edited, and the audit log keeps the original", async () => {
    const me = await shopper();
    const id = await rated(me, p1, 4, "خوبه ولی گرونه <script>");
    expect((await refusal(admin.reviews.edit({ reviewId: id, comment: "x".repeat(1001) }))).fields).toEqual([{ path: "comment", message: "validation.tooLong" }]);
    await admin.reviews.edit({ reviewId: id, comment: "خوبه ولی گرونه" });
    const [row] = (await admin.reviews.list({ filter: {} })).rows;
    expect(row).toMatchObject({ comment: "خوبه ولی گرونه" });
    expect(row!.editedAt).toBeInstanceOf(Date);
    expect((await me.api.ratings.myReviews({})).rows[0]).toMatchObject({ comment: "خوبه ولی گرونه" });
    const audit = await admin.audit.list({ action: "review.edit" });
    expect(audit.rows.map((r) => [r.targetId, r.changes])).toEqual([[id, { comment: { from: "خوبه ولی گرونه <script>", to: "خوبه ولی گرونه" } }]]);
  });

  it("delete removes the review from the queue, the product page and the customer's list", async () => {
    const me = await shopper();
    const id = await rated(me, p1, 5, "پاک شود");
    await admin.reviews.approve({ reviewId: id });
    await admin.reviews.delete({ reviewId: id });
    expect((await admin.reviews.list({ filter: { status: "ALL" } })).rows).toEqual([]);
    expect((await me.api.shop.reviews({ productId: p1 })).summary).toEqual({ count: 0, average: null });
    expect((await me.api.ratings.myReviews({})).rows).toEqual([]);
    expect((await refusal(admin.reviews.delete({ reviewId: id }))).fields).toEqual([{ path: "reviewId", message: "errors.notFound" }]);
  });
});

describe("the queue's filters and paging", () => {
  it("opens on pending reviews; filters by status, stars, product, customer and customer search", async () => {
    const zahra = await shopper("زهرا کریمی");
    const ali = await shopper("علی رضایی");
    const z1 = await rated(zahra, p1, 5, "", 1);
    const z2 = await rated(zahra, p2, 2, "", 2);
    const a1 = await rated(ali, p1, 2, "", 3);
    const a2 = await rated(ali, p2, 5, "", 4);
    await admin.reviews.approve({ reviewId: z1 });
    await admin.reviews.reject({ reviewId: a2, reason: "تکراری" });
    const list = async (filter: ReviewFilterInput) => ids(await admin.reviews.list({ filter }));

    expect(await list({})).toEqual([a1, z2]); // pending, newest first
    expect(await list({ status: "APPROVED" })).toEqual([z1]);
    expect(await list({ status: "REJECTED" })).toEqual([a2]);
    expect(await list({ status: "ALL" })).toEqual([a2, a1, z2, z1]);
    expect(await list({ status: "ALL", rating: 5 })).toEqual([a2, z1]);
    expect(await list({ status: "ALL", rating: "2" })).toEqual([a1, z2]); // as the URL gives it
    expect(await list({ status: "ALL", product: p1 })).toEqual([a1, z1]);
    expect(await list({ status: "ALL", customer: ali.customerId })).toEqual([a2, a1]);
    expect(await list({ status: "ALL", product: p2, customer: zahra.customerId, rating: 2 })).toEqual([z2]);
    // The name typed with Arabic letters (ي, ك) finds the Persian spelling.
    expect(await list({ status: "ALL", q: "كريمي" })).toEqual([z2, z1]);
    // A stale value in a bookmarked URL is dropped rather than failing the page.
    expect(await list({ status: "BOGUS" as never, rating: "9", product: "not-an-id" })).toEqual([a1, z2]);

    const [row] = (await admin.reviews.list({ filter: { status: "APPROVED" } })).rows;
    expect(row).toMatchObject({ product: { id: p1, sku: "p1", name: name("عطر یک") }, customer: { id: zahra.customerId, name: "زهرا کریمی" }, rating: 5, status: "APPROVED" });
  });

  it("pages by (createdAt desc, id desc) without gaps or repeats, reviews of the same second included", async () => {
    const me = await shopper();
    const made: string[] = [];
    for (let i = 0; i < 7; i++) made.push(await rated(me, i % 2 ? p1 : p2, 3, "", Math.floor(i / 3)));
    const seen: string[] = [];
    let cursor: { createdAt: string; id: string } | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<Caller["reviews"]["list"]>> = await admin.reviews.list({ filter: {}, cursor, limit: 3 });
      seen.push(...ids(page));
      cursor = page.next;
      pages++;
    } while (cursor);
    const expected = await getDb().productReview.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(seen).toEqual(expected.map((r) => r.id));
    expect(new Set(seen).size).toBe(7);
    expect(pages).toBe(3);
  });

  it("the product picker finds products by name or SKU and names the filtered one", async () => {
    expect((await admin.reviews.products({ q: "کرم" })).map((p) => p.id)).toEqual([p2]);
    expect((await admin.reviews.products({ q: "P1" })).map((p) => p.id)).toEqual([p1]);
    expect(await admin.reviews.product({ productId: p1 })).toMatchObject({ id: p1, sku: "p1", name: name("عطر یک") });
  });
});

describe("the product page", () => {
  it("shows only approved reviews, newest first, with their average and count; a first name only", async () => {
    const zahra = await shopper("زهرا کریمی");
    const ali = await shopper("علی رضایی");
    const r5 = await rated(zahra, p1, 5, "بوی خوش", 1);
    const r4 = await rated(ali, p1, 4, "خوب", 2);
    const r3 = await rated(zahra, p1, 4, "", 3);
    const pending = await rated(ali, p1, 1, "در انتظار", 4);
    const rejected = await rated(zahra, p1, 1, "رد شده", 5);
    await rated(ali, p2, 1, "محصول دیگر", 6);
    await admin.reviews.approveMany({ reviewIds: [r5, r4, r3] });
    await admin.reviews.reject({ reviewId: rejected, reason: "ناسزا" });

    const viewer = await shopper();
    const first = await viewer.api.shop.reviews({ productId: p1, limit: 2 });
    expect(first.summary).toEqual({ count: 3, average: 13 / 3 });
    expect(first.rows.map((r) => [r.id, r.rating, r.comment, r.reviewer])).toEqual([
      [r3, 4, "", "زهرا"],
      [r4, 4, "خوب", "علی"],
    ]);
    const more = await viewer.api.shop.reviews({ productId: p1, limit: 2, cursor: first.next });
    expect(more.rows.map((r) => r.id)).toEqual([r5]);
    expect(more.next).toBeNull();
    // Nothing of the reviewer but the first name leaves the server; nothing of pending or rejected ones.
    const json = JSON.stringify([first, more]);
    for (const secret of ["کریمی", "رضایی", "+98", "@", "customerId", pending, rejected, "در انتظار", "رد شده", "ناسزا"]) expect(json).not.toContain(secret);

    expect(await viewer.api.shop.reviews({ productId: p2 })).toMatchObject({ summary: { count: 0, average: null }, rows: [] });
  });

  it("an inactive product has no review page", async () => {
    const me = await shopper();
    await getDb().product.update({ where: { id: p1 }, data: { active: false } });
    expect((await refusal(me.api.shop.reviews({ productId: p1 }))).fields).toEqual([{ path: "productId", message: "errors.notFound" }]);
  });
});

describe("my reviews", () => {
  it("a customer sees only their own reviews, each with its status and the reject reason", async () => {
    const me = await shopper();
    const them = await shopper();
    const approved = await rated(me, p1, 5, "عالی", 1);
    const rejected = await rated(me, p2, 1, "افتضاح", 2);
    const pending = await rated(me, p1, 3, "", 3);
    await rated(them, p1, 2, "مال دیگری", 4);
    await admin.reviews.approve({ reviewId: approved });
    await admin.reviews.reject({ reviewId: rejected, reason: "حاوی ناسزا" });

    const mine = await me.api.ratings.myReviews({});
    expect(mine.rows.map((r) => [r.id, r.status, r.rejectReason, r.productName.fa])).toEqual([
      [pending, "PENDING", null, "عطر یک"],
      [rejected, "REJECTED", "حاوی ناسزا", "کرم دو"],
      [approved, "APPROVED", null, "عطر یک"],
    ]);
    expect(JSON.stringify(mine)).not.toContain("مال دیگری");
    const paged = await me.api.ratings.myReviews({ limit: 2 });
    expect(ids(paged)).toEqual([pending, rejected]);
    expect(ids(await me.api.ratings.myReviews({ limit: 2, cursor: paged.next }))).toEqual([approved]);
    expect((await them.api.ratings.myReviews({})).rows).toHaveLength(1);
  });
});

describe("who may do what", () => {
  it("reviews.read lists but cannot write; reviews.write cannot delete; customers and visitors are refused", async () => {
    const me = await shopper();
    const id = await rated(me, p1, 5, "");
    const reader = await staffWith(["reviews.read"]);
    const writer = await staffWith(["reviews.read", "reviews.write"]);

    expect(ids(await reader.reviews.list({ filter: {} }))).toEqual([id]);
    for (const call of [
      reader.reviews.approve({ reviewId: id }),
      reader.reviews.approveMany({ reviewIds: [id] }),
      reader.reviews.reject({ reviewId: id, reason: "x" }),
      reader.reviews.edit({ reviewId: id, comment: "x" }),
      reader.reviews.delete({ reviewId: id }),
      writer.reviews.delete({ reviewId: id }),
      me.api.reviews.list({ filter: {} }),
      me.api.reviews.approve({ reviewId: id }),
      me.api.reviews.delete({ reviewId: id }),
    ]) {
      expect((await refusal(call)).code).toBe("FORBIDDEN");
    }
    expect((await refusal(callerAs(getDb(), null).reviews.list({ filter: {} }))).code).toBe("UNAUTHORIZED");
    expect((await refusal(callerAs(getDb(), null).shop.reviews({ productId: p1 }))).code).toBe("UNAUTHORIZED");
    // Nothing changed by the refused calls.
    expect(await getDb().productReview.findUnique({ where: { id }, select: { status: true, comment: true } })).toEqual({ status: "PENDING", comment: "" });

    await writer.reviews.reject({ reviewId: id, reason: "کوتاه" });
    await writer.reviews.edit({ reviewId: id, comment: "متن" });
    await writer.reviews.approve({ reviewId: id });
    expect(await getDb().productReview.findUnique({ where: { id }, select: { status: true, comment: true } })).toEqual({ status: "APPROVED", comment: "متن" });
  });
});
