// Manual credit and debit by staff (C-4, issue 7 point 8): audited with the reason, never below zero
// even under 100 concurrent debits, and a double-clicked submission (same idempotency key) writes once.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { makeAdmin, refusal } from "@/test/customers";
import { balanceMismatches, balances, shopper } from "@/test/loyalty";
import { pointsAdjustSchema, walletAdjustSchema } from "@/lib/schemas/loyalty";
import type { Actor } from "../audit";
import { adjustPoints, adjustWallet } from "./manual-adjustments";

const getDb = useTestDb();
let actor: Actor;
const key = () => crypto.randomUUID();

beforeEach(async () => {
  await resetDb(getDb());
  actor = (await makeAdmin(getDb())).actor;
});

const wallet = (customerId: string, direction: "credit" | "debit", amount: string, idempotencyKey = key()) =>
  adjustWallet(getDb(), actor, walletAdjustSchema.parse({ customerId, direction, amount, reason: "اصلاح", idempotencyKey }));
const points = (customerId: string, direction: "credit" | "debit", amount: string, idempotencyKey = key()) =>
  adjustPoints(getDb(), actor, pointsAdjustSchema.parse({ customerId, direction, amount, reason: "جبران تأخیر ارسال", idempotencyKey }));

describe("manual credit and debit", () => {
  it("credits and debits with the reason, audited with the balance before and after", async () => {
    const { customerId, username } = await shopper(getDb());
    expect(await points(customerId, "credit", "2.5")).toMatchObject({ balance: 250n, replayed: false });
    expect(await points(customerId, "debit", "1")).toMatchObject({ balance: 150n });
    expect(await wallet(customerId, "credit", "۱۰۰٬۰۰۰")).toMatchObject({ balance: 100_000n, currency: "IRT" });
    const entries = await getDb().pointsEntry.findMany({ orderBy: { createdAt: "asc" }, select: { amount: true, kind: true, sourceType: true, note: true, createdById: true } });
    expect(entries).toEqual([
      { amount: 250n, kind: "MANUAL", sourceType: "MANUAL", note: "جبران تأخیر ارسال", createdById: actor.userId },
      { amount: -100n, kind: "MANUAL", sourceType: "MANUAL", note: "جبران تأخیر ارسال", createdById: actor.userId },
    ]);
    const audits = await getDb().auditLog.findMany({ orderBy: { createdAt: "asc" }, select: { action: true, targetId: true, targetLabel: true, changes: true } });
    expect(audits).toEqual([
      { action: "points.adjust", targetId: customerId, targetLabel: username, changes: { pointsBalance: { from: "0", to: "2.5" }, reason: { from: null, to: "جبران تأخیر ارسال" } } },
      { action: "points.adjust", targetId: customerId, targetLabel: username, changes: { pointsBalance: { from: "2.5", to: "1.5" }, reason: { from: null, to: "جبران تأخیر ارسال" } } },
      { action: "wallet.adjust", targetId: customerId, targetLabel: username, changes: { walletBalance: { from: "0", to: "100000" }, reason: { from: null, to: "اصلاح" } } },
    ]);
  });

  it("refuses a debit beyond the balance, on the amount field, and writes nothing", async () => {
    const { customerId } = await shopper(getDb());
    await wallet(customerId, "credit", "1000");
    expect(await refusal(wallet(customerId, "debit", "1001"))).toEqual({ code: "CONFLICT", fields: [{ path: "amount", message: "errors.loyalty.insufficientBalance" }] });
    expect(await refusal(points(customerId, "debit", "0.01"))).toMatchObject({ fields: [{ path: "amount", message: "errors.loyalty.insufficientBalance" }] });
    expect(await wallet(customerId, "debit", "1000")).toMatchObject({ balance: 0n });
    expect(await getDb().auditLog.count()).toBe(2);
  });

  it("requires a reason and a positive amount (the shared schema)", () => {
    const base = { customerId: crypto.randomUUID(), direction: "credit", idempotencyKey: key() };
    const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => r.error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues(walletAdjustSchema.safeParse({ ...base, amount: "10", reason: "  " }))).toEqual([["reason", "validation.required"]]);
    expect(issues(walletAdjustSchema.safeParse({ ...base, amount: "0", reason: "x" }))).toEqual([["amount", "validation.amountPositive"]]);
    expect(issues(pointsAdjustSchema.safeParse({ ...base, amount: "0.00", reason: "x" }))).toEqual([["amount", "validation.amountPositive"]]);
    expect(issues(pointsAdjustSchema.safeParse({ ...base, amount: "2.555", reason: "x" }))).toEqual([["amount", "validation.pointsInvalid"]]);
    expect(issues(walletAdjustSchema.safeParse({ ...base, amount: "-5", reason: "x" }))).toEqual([["amount", "validation.moneyInvalid"]]);
  });

  it("a wallet amount finer than the currency's minor unit is refused", async () => {
    const { customerId } = await shopper(getDb());
    expect((await refusal(wallet(customerId, "credit", "10.5"))).fields).toEqual([{ path: "amount", message: "validation.moneyDecimals" }]);
  });

  it("a double-click (same key) writes one entry and one audit record; the key cannot move to another customer", async () => {
    const { customerId } = await shopper(getDb());
    const other = await shopper(getDb());
    const k = key();
    const [a, b] = await Promise.all([wallet(customerId, "credit", "500", k), wallet(customerId, "credit", "500", k)]);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(a.entryId).toBe(b.entryId);
    expect(await balances(getDb(), customerId)).toMatchObject({ walletBalance: 500n });
    expect(await getDb().walletEntry.count()).toBe(1);
    expect(await getDb().auditLog.count()).toBe(1);
    // A debit retried after the balance changed is still the same submission: replayed, not refused.
    const d = key();
    await wallet(customerId, "debit", "500", d);
    expect(await wallet(customerId, "debit", "500", d)).toMatchObject({ replayed: true, balance: 0n });
    expect((await refusal(wallet(other.customerId, "credit", "1", k))).fields).toEqual([{ path: "idempotencyKey", message: "errors.loyalty.keyReused" }]);
  });

  it("100 concurrent debits of 1,000 against 30,000: exactly 30 pass, the wallet ends at zero, never below", async () => {
    const { customerId } = await shopper(getDb());
    await wallet(customerId, "credit", "30000");
    const results = await Promise.allSettled(Array.from({ length: 100 }, () => wallet(customerId, "debit", "1000")));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(30);
    for (const r of results) if (r.status === "rejected") expect((await refusal(Promise.reject(r.reason))).fields).toEqual([{ path: "amount", message: "errors.loyalty.insufficientBalance" }]);
    expect(await balances(getDb(), customerId)).toMatchObject({ walletBalance: 0n });
    expect(await getDb().walletEntry.count({ where: { amount: { lt: 0 } } })).toBe(30);
    expect(await balanceMismatches(getDb())).toEqual([]);
  });

  it("a deleted or unknown customer is not found", async () => {
    const { customerId } = await shopper(getDb());
    await getDb().customer.update({ where: { id: customerId }, data: { deletedAt: new Date() } });
    expect((await refusal(points(customerId, "credit", "1"))).fields).toEqual([{ path: "customerId", message: "errors.notFound" }]);
    expect((await refusal(points(crypto.randomUUID(), "credit", "1"))).fields).toEqual([{ path: "customerId", message: "errors.notFound" }]);
  });
});
