import "server-only";
import { router, adminProcedure } from "../trpc";
import { commissionRuleSchema, commissionRuleUpdateSchema, loyaltyReportSchema, ruleActiveSchema, ruleIdSchema } from "@/lib/schemas/loyalty";
import { noInputSchema } from "@/lib/schemas/cart";
import {
  commissionRuleForEdit,
  createCommissionRule,
  deleteCommissionRule,
  listCommissionRules,
  setCommissionRuleActive,
  updateCommissionRule,
} from "../services/loyalty/commission-rules";
import { loyaltyReport } from "../services/loyalty/loyalty-report";

// Referral commissions (P-3) and the points and commissions report.
//
//   listRules()                       → { currency, rows: [{ id, maxDaysSinceSignup, minOrderAmount: bigint, percentBp, active,
//                                          createdAt, updatedAt }] } (oldest first; percentBp 2000 = 20 %)
//   getRule({ id })                   → { id, currency, values: { active, maxDaysSinceSignup, minOrderAmount, percent } (strings) }
//   createRule(CommissionRuleInput)   → { id }     updateRule({ id, ...CommissionRuleInput }) → { id }
//   setRuleActive({ id, active })     → { id, active }   deleteRule({ id }) → { id }
//   report({ from, to, period: "day"|"month", locale, top }) →
//     { currency, periods: [{ key, firstDay, points: { KIND: bigint }, wallet: { KIND: bigint } }],
//       totals: { points, wallet }, topReferrers: [{ customerId, name, username, points, wallet, referred }] }

const read = adminProcedure("commissions.read");
const write = adminProcedure("commissions.write");

export const commissionsRouter = router({
  listRules: read.input(noInputSchema).query(({ ctx }) => listCommissionRules(ctx.db)),
  getRule: read.input(ruleIdSchema).query(({ ctx, input }) => commissionRuleForEdit(ctx.db, input.id)),
  createRule: write.input(commissionRuleSchema).mutation(({ ctx, input }) => createCommissionRule(ctx.db, ctx.actor, input)),
  updateRule: write.input(commissionRuleUpdateSchema).mutation(({ ctx, input }) => {
    const { id, ...data } = input;
    return updateCommissionRule(ctx.db, ctx.actor, id, data);
  }),
  setRuleActive: write.input(ruleActiveSchema).mutation(({ ctx, input }) => setCommissionRuleActive(ctx.db, ctx.actor, input.id, input.active)),
  deleteRule: write.input(ruleIdSchema).mutation(({ ctx, input }) => deleteCommissionRule(ctx.db, ctx.actor, input.id)),
  report: read.input(loyaltyReportSchema).query(({ ctx, input }) => loyaltyReport(ctx.db, input)),
});
