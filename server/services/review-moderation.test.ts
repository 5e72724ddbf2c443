// Review moderation's guarantees (issue 9 points 5 and 7, N-4): approval grants the loyalty review
// points exactly once however often and however concurrently it runs (single and bulk), a rejected
// review can be approved and an approved one rejected (the points stay), an edit keeps the original
// text in the audit log, a delete removes the review with an audit entry; every write is audited.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { makeAdmin } from "@/test/customers";
import { makeCustomer } from "@/test/factories";
import { balances, drain, pointsEntries } from "@/test/loyalty";
import type { Actor } from "./audit";
import { writeLoyaltySettings } from "./loyalty/loyalty-settings";
import { rateProduct } from "./ratings";
import { approveReview, approveReviews, deleteReview, editReview, rejectReview } from "./review-moderation";

const getDb = useTestDb();
const name = (fa: string) => ({ fa, ar: fa, en: fa });
/** Seed 003: 5.0 points per approved review, in hundredths. */
const REVIEW_POINTS = 500n;
let actor: Actor;
let productId: string;

beforeEach(async () => {
  await resetDb(getDb());
  actor = (await makeAdmin(getDb())).actor;
  productId = (await getDb().product.create({ data: { sku: "CH-N5", name: name("عطر شنل"), price: 1000n } })).id;
  await writeLoyaltySettings(getDb(), { productPoints: false, signUpGift: 0n, referrerSignUpPoints: 0n, reviewPoints: REVIEW_POINTS });
});

/** A customer's review of the product in a completed order of theirs, made as the customer makes it. */
async function review(customerId?: string, comment = "خوش‌بو و ماندگار") {
  const owner = customerId ?? (await makeCustomer(getDb())).customerId;
  const order = await getDb().order.create({
    data: {
      customerId: owner,
      status: "COMPLETED",
      completedAt: new Date(),
      lines: { create: [{ productId, sku: "CH-N5", name: name("عطر شنل"), quantity: 1, unitPrice: 1000n }] },
    },
    select: { id: true },
  });
  const r = await rateProduct(getDb(), owner, { orderId: order.id, productId, rating: 5, comment });
  return { id: r.id, customerId: owner };
}

const events = (reviewId: string) => getDb().domainEvent.findMany({ where: { aggregateId: reviewId }, select: { type: true } });
const audits = (reviewId: string) =>
  getDb().auditLog.findMany({ where: { targetId: reviewId }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, targetType: true, changes: true } });
const state = (reviewId: string) => getDb().productReview.findUnique({ where: { id: reviewId }, select: { status: true, rejectReason: true, comment: true, editedAt: true } });

describe("approval grants the review points exactly once", () => {
  it("approved twice, then five times at once: one event, one REVIEW entry worth the configured points", async () => {
    const r = await review();
    expect(await approveReview(getDb(), actor, r.id)).toEqual({ id: r.id, status: "APPROVED" });
    expect(await approveReview(getDb(), actor, r.id)).toEqual({ id: r.id, status: "APPROVED" });
    await Promise.all(Array.from({ length: 5 }, () => approveReview(getDb(), actor, r.id)));
    expect(await events(r.id)).toEqual([{ type: "review.approved" }]);
    // Only the approval that changed something is audited.
    expect((await audits(r.id)).map((a) => a.action)).toEqual(["review.approve"]);

    await drain(getDb());
    await drain(getDb());
    const entries = await pointsEntries(getDb(), { customerId: r.customerId });
    expect(entries).toEqual([expect.objectContaining({ kind: "REVIEW", amount: REVIEW_POINTS, sourceType: "REVIEW", sourceId: r.id })]);
    expect(await balances(getDb(), r.customerId)).toMatchObject({ pointsBalance: REVIEW_POINTS });
  });

  it("two concurrent first approvals of a pending review record one event and one audit entry", async () => {
    const r = await review();
    const results = await Promise.all([approveReview(getDb(), actor, r.id), approveReview(getDb(), actor, r.id)]);
    expect(results.map((x) => x.status)).toEqual(["APPROVED", "APPROVED"]);
    expect(await events(r.id)).toHaveLength(1);
    expect((await audits(r.id)).map((a) => a.action)).toEqual(["review.approve"]);
  });

  it("approved, rejected and approved again: still one reward; rejecting an approved review leaves its points", async () => {
    const r = await review();
    await approveReview(getDb(), actor, r.id);
    await drain(getDb());
    await rejectReview(getDb(), actor, r.id, "حاوی تبلیغ فروشگاه دیگر");
    expect(await state(r.id)).toMatchObject({ status: "REJECTED", rejectReason: "حاوی تبلیغ فروشگاه دیگر" });
    await drain(getDb());
    expect(await balances(getDb(), r.customerId)).toMatchObject({ pointsBalance: REVIEW_POINTS });
    await approveReview(getDb(), actor, r.id);
    expect(await state(r.id)).toMatchObject({ status: "APPROVED", rejectReason: null });
    await drain(getDb());
    expect(await events(r.id)).toHaveLength(1);
    expect(await pointsEntries(getDb(), { customerId: r.customerId })).toHaveLength(1);
  });

  it("a rejected review approved later earns the points then", async () => {
    const r = await review();
    await rejectReview(getDb(), actor, r.id, "نامرتبط");
    await drain(getDb());
    expect(await pointsEntries(getDb(), { customerId: r.customerId })).toEqual([]);
    await approveReview(getDb(), actor, r.id);
    await drain(getDb());
    expect((await pointsEntries(getDb(), { customerId: r.customerId })).map((e) => e.amount)).toEqual([REVIEW_POINTS]);
  });

  it("bulk approval, overlapping and concurrent, approves each review once", async () => {
    const a = await review();
    const b = await review();
    const c = await review();
    await approveReview(getDb(), actor, a.id);
    const [first, second] = await Promise.all([approveReviews(getDb(), actor, [a.id, b.id, c.id, b.id]), approveReviews(getDb(), actor, [c.id, b.id])]);
    // a was approved before; b and c are approved by exactly one of the two calls.
    expect(first.approved + second.approved).toBe(2);
    for (const r of [a, b, c]) expect(await events(r.id)).toHaveLength(1);
    await drain(getDb());
    expect(await getDb().pointsEntry.count({ where: { kind: "REVIEW" } })).toBe(3);
  });

  it("no reward when the settings give no review points", async () => {
    await writeLoyaltySettings(getDb(), { productPoints: false, signUpGift: 0n, referrerSignUpPoints: 0n, reviewPoints: 0n });
    const r = await review();
    await approveReview(getDb(), actor, r.id);
    await drain(getDb());
    expect(await pointsEntries(getDb())).toEqual([]);
  });
});

describe("reject, edit and delete", () => {
  it("reject records the status and the reason in the audit log; a new reason replaces the old one", async () => {
    const r = await review();
    await rejectReview(getDb(), actor, r.id, "ناسزا");
    await rejectReview(getDb(), actor, r.id, "ناسزا"); // the same again changes nothing
    await rejectReview(getDb(), actor, r.id, "توهین به دیگران");
    expect(await state(r.id)).toMatchObject({ status: "REJECTED", rejectReason: "توهین به دیگران" });
    expect(await audits(r.id)).toEqual([
      { action: "review.reject", actorId: actor.userId, targetType: "review", changes: { status: { from: "PENDING", to: "REJECTED" }, rejectReason: { from: null, to: "ناسزا" } } },
      { action: "review.reject", actorId: actor.userId, targetType: "review", changes: { rejectReason: { from: "ناسزا", to: "توهین به دیگران" } } },
    ]);
  });

  it("an edit keeps the customer's original text in the audit log and marks the review edited", async () => {
    const r = await review(undefined, "عالیه، شماره تلفنم ۰۹۱۲۱۱۱۲۲۳۳");
    expect((await state(r.id))?.editedAt).toBeNull();
    await editReview(getDb(), actor, r.id, "عالیه");
    const after = await state(r.id);
    expect(after).toMatchObject({ comment: "عالیه", status: "PENDING" });
    expect(after?.editedAt).toBeInstanceOf(Date);
    expect(await audits(r.id)).toEqual([
      { action: "review.edit", actorId: actor.userId, targetType: "review", changes: { comment: { from: "عالیه، شماره تلفنم ۰۹۱۲۱۱۱۲۲۳۳", to: "عالیه" } } },
    ]);
    // Saving the same text again is not an edit.
    await editReview(getDb(), actor, r.id, "عالیه");
    expect(await audits(r.id)).toHaveLength(1);
  });

  it("delete removes the review, records what it said, and leaves points already granted", async () => {
    const r = await review(undefined, "خوب بود");
    await approveReview(getDb(), actor, r.id);
    await drain(getDb());
    await deleteReview(getDb(), actor, r.id);
    expect(await state(r.id)).toBeNull();
    expect((await audits(r.id)).at(-1)).toEqual({
      action: "review.delete",
      actorId: actor.userId,
      targetType: "review",
      changes: { status: { from: "APPROVED", to: null }, rating: { from: 5, to: null }, comment: { from: "خوب بود", to: null } },
    });
    expect(await balances(getDb(), r.customerId)).toMatchObject({ pointsBalance: REVIEW_POINTS });
  });

  it("an unknown review is refused on reviewId and nothing is written", async () => {
    const missing = "01890000-0000-7000-8000-000000000000";
    for (const run of [
      () => approveReview(getDb(), actor, missing),
      () => approveReviews(getDb(), actor, [missing]),
      () => rejectReview(getDb(), actor, missing, "x"),
      () => editReview(getDb(), actor, missing, "x"),
      () => deleteReview(getDb(), actor, missing),
    ]) {
      await expect(run()).rejects.toMatchObject({ fields: [{ path: "reviewId", message: "errors.notFound" }] });
    }
    expect(await getDb().auditLog.count()).toBe(0);
  });

  it("a bulk approval naming an unknown review approves none of them", async () => {
    const r = await review();
    // Sorted after the real one, so the real one is approved first and then rolled back.
    await expect(approveReviews(getDb(), actor, [r.id, "7fffffff-0000-7000-8000-000000000000"])).rejects.toMatchObject({ fields: [{ path: "reviewId" }] });
    expect(await state(r.id)).toMatchObject({ status: "PENDING" });
    expect(await events(r.id)).toEqual([]);
  });
});
