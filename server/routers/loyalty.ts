import "server-only";
import { router, adminProcedure } from "../trpc";
import { customerLedgerSchema, customerReferralsSchema, pointsAdjustSchema, walletAdjustSchema } from "@/lib/schemas/loyalty";
import { ledgerHistory } from "../services/loyalty/history";
import { adjustPoints, adjustWallet } from "../services/loyalty/manual-adjustments";
import { customerReferrals } from "../services/loyalty/referrals";

// A customer's points, wallet and referrals on their card (C-4, C-7), for staff.
//
//   pointsHistory({ customerId, cursor?, limit? }) → HistoryPage: { balance: bigint, currency, rows: LedgerRow[], next: cursor|null }
//   walletHistory({ customerId, cursor?, limit? }) → HistoryPage   (LedgerRow: server/services/loyalty/history.ts)
//   adjustPoints({ customerId, direction: "credit"|"debit", amount: "2.5", reason, idempotencyKey: uuid })
//     → { entryId, balance: bigint, replayed }   (a debit beyond the balance: field error on "amount")
//   adjustWallet({ … amount in major units: "49.50" }) → { entryId, balance, replayed, currency }
//   referrals({ customerId, cursor?, limit? }) → { referralCode, referrer: { id, name, username }|null,
//     referred: { currency, totals: { points, wallet }|null, rows: [{ id, name, username, deleted, signedUpAt, points, wallet }], next } }
// cursor = { createdAt: ISO string, id } of the last row of the previous page.

export const loyaltyRouter = router({
  pointsHistory: adminProcedure("points.read")
    .input(customerLedgerSchema)
    .query(({ ctx, input }) => ledgerHistory(ctx.db, "points", input.customerId, input, "staff")),
  walletHistory: adminProcedure("wallet.read")
    .input(customerLedgerSchema)
    .query(({ ctx, input }) => ledgerHistory(ctx.db, "wallet", input.customerId, input, "staff")),
  adjustPoints: adminProcedure("points.write").input(pointsAdjustSchema).mutation(({ ctx, input }) => adjustPoints(ctx.db, ctx.actor, input)),
  adjustWallet: adminProcedure("wallet.write").input(walletAdjustSchema).mutation(({ ctx, input }) => adjustWallet(ctx.db, ctx.actor, input)),
  referrals: adminProcedure("customers.read")
    .input(customerReferralsSchema)
    .query(({ ctx, input }) => customerReferrals(ctx.db, input.customerId, input)),
});
