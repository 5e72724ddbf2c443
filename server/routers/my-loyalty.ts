import "server-only";
import { router, customerProcedure } from "../trpc";
import { myLedgerSchema } from "@/lib/schemas/loyalty";
import { noInputSchema } from "@/lib/schemas/cart";
import { ledgerHistory } from "../services/loyalty/history";
import { myReferral, referredCustomers } from "../services/loyalty/referrals";

// The signed-in customer's own points, wallet and referrals (P-5); every query is scoped by
// ctx.customerId and takes no owner id.
//
//   points({ cursor?, limit? })   → HistoryPage of points: { balance (hundredths), currency, rows: LedgerRow[], next }  (account.points)
//   wallet({ cursor?, limit? })   → HistoryPage of the wallet: balance in minor units of currency                       (account.wallet)
//   referral()                    → { code, path: "/sign-up?ref=CODE", urls: { fa, ar, en } }                            (account.profile)
//   referred({ cursor?, limit? }) → { currency, totals: { points, wallet }|null, rows: [{ id, name, signedUpAt, points, wallet }], next }
// LedgerRow.createdBy is always null here: customers do not see which staff member wrote an entry.

export const myLoyaltyRouter = router({
  points: customerProcedure("account.points")
    .input(myLedgerSchema)
    .query(({ ctx, input }) => ledgerHistory(ctx.db, "points", ctx.customerId, input, "customer")),
  wallet: customerProcedure("account.wallet")
    .input(myLedgerSchema)
    .query(({ ctx, input }) => ledgerHistory(ctx.db, "wallet", ctx.customerId, input, "customer")),
  // Every customer has a referral code and link (issue 7, P-5), so it needs only what every customer
  // holds; whom they referred and what it earned stay with account.referrals, which a store grants.
  referral: customerProcedure("account.profile").input(noInputSchema).query(({ ctx }) => myReferral(ctx.db, ctx.customerId)),
  referred: customerProcedure("account.referrals")
    .input(myLedgerSchema)
    .query(({ ctx, input }) => referredCustomers(ctx.db, ctx.customerId, input, "customer")),
});
