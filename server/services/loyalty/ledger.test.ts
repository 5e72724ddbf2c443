// The ledgers themselves (P-4): an idempotency key writes once and moves the balance once, an entry
// is written only under its customer's lock, and the database refuses to edit or delete an entry.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { makeStaff } from "@/test/factories";
import { balances, shopper } from "@/test/loyalty";
import { appendEntry, ledgerSum, lockCustomers } from "./ledger";

const getDb = useTestDb();

beforeEach(async () => {
  await resetDb(getDb());
});

const entry = (customerId: string, amount: bigint, idempotencyKey = crypto.randomUUID()) =>
  ({ customerId, amount, kind: "MANUAL", sourceType: "MANUAL", idempotencyKey }) as const;

describe("the ledger", () => {
  it("writes a key once: the second append returns the first entry and leaves the balance alone", async () => {
    const { customerId } = await shopper(getDb());
    const [first, second] = await getDb().$transaction(async (tx) => {
      const locked = await lockCustomers(tx, [customerId]);
      return [await appendEntry(tx, locked, "wallet", entry(customerId, 700n, "k1")), await appendEntry(tx, locked, "wallet", entry(customerId, 700n, "k1"))];
    });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    expect(await balances(getDb(), customerId)).toEqual({ pointsBalance: 0n, walletBalance: 700n });
    expect(await ledgerSum(getDb(), "wallet", customerId)).toBe(700n);
  });

  it("refuses to append for a customer whose row this transaction has not locked", async () => {
    const { customerId } = await shopper(getDb());
    await expect(getDb().$transaction((tx) => appendEntry(tx, new Map(), "points", entry(customerId, 1n)))).rejects.toThrow(/not locked/);
    expect(await getDb().pointsEntry.count()).toBe(0);
  });

  it("is append-only in the database: no UPDATE, no DELETE; a deleted staff author only loses the link", async () => {
    const { customerId } = await shopper(getDb());
    const author = await makeStaff(getDb(), ["points.write"]);
    await getDb().$transaction(async (tx) => appendEntry(tx, await lockCustomers(tx, [customerId]), "points", { ...entry(customerId, 500n), createdById: author.userId }));
    await expect(getDb().pointsEntry.updateMany({ data: { amount: 1n } })).rejects.toThrow();
    await expect(getDb().pointsEntry.deleteMany({})).rejects.toThrow();
    await getDb().user.delete({ where: { id: author.userId } });
    expect(await getDb().pointsEntry.findFirstOrThrow()).toMatchObject({ amount: 500n, createdById: null });
  });
});
