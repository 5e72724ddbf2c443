// The ledgers themselves (P-4): an idempotency key writes once and moves the balance once, an entry
// is written only under its customer's lock, and the database refuses to edit or delete an entry.
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb, useTestDb } from "@/test/db";
import { makeStaff } from "@/test/factories";
import { balances, shopper } from "@/test/loyalty";
import { appendEntries, appendEntry, ledgerSum, lockCustomers } from "./ledger";

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

  it("appends a batch at once: keys already written are skipped, each balance moves by its new entries only", async () => {
    const a = await shopper(getDb());
    const b = await shopper(getDb());
    const written = await getDb().$transaction(async (tx) => {
      const locked = await lockCustomers(tx, [a.customerId, b.customerId]);
      await appendEntry(tx, locked, "points", entry(a.customerId, 300n, "old"));
      const n = await appendEntries(tx, locked, "points", [
        entry(a.customerId, 300n, "old"),
        entry(a.customerId, 250n),
        entry(b.customerId, 1000n),
        entry(b.customerId, 5n),
      ]);
      return { n, inMemory: { a: locked.get(a.customerId)!.points, b: locked.get(b.customerId)!.points } };
    });
    expect(written).toEqual({ n: 3, inMemory: { a: 550n, b: 1005n } });
    expect(await balances(getDb(), a.customerId)).toEqual({ pointsBalance: 550n, walletBalance: 0n });
    expect(await balances(getDb(), b.customerId)).toEqual({ pointsBalance: 1005n, walletBalance: 0n });
    expect(await ledgerSum(getDb(), "points", b.customerId)).toBe(1005n);
    await expect(getDb().$transaction((tx) => appendEntries(tx, new Map(), "wallet", [entry(a.customerId, 1n)]))).rejects.toThrow(/not locked/);
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
