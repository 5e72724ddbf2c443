import "server-only";
import { router, adminProcedure } from "../trpc";
import { loyaltySettingsSchema, pointsRuleSchema, pointsRuleUpdateSchema, ruleActiveSchema, ruleIdSchema } from "@/lib/schemas/loyalty";
import { noInputSchema } from "@/lib/schemas/cart";
import {
  createPointsRule,
  deletePointsRule,
  listPointsRules,
  pointsRuleForEdit,
  setPointsRuleActive,
  updatePointsRule,
} from "../services/loyalty/points-rules";
import { loyaltySettingsForEdit, updateLoyaltySettings } from "../services/loyalty/loyalty-settings";

// Points (P-1, P-2): the variable points rules and the fixed points settings. Amounts leave as
// BigInt (points in hundredths, money in minor units of `currency`); the *ForEdit answers give the
// form's strings (money in major units, points as decimals: "2.5").
//
//   listRules()                  → { currency, rows: [{ id, name, type, minOrderTotal: bigint|null, minItemCount: number|null,
//                                     points: bigint, referrerPoints: bigint, active, createdAt, updatedAt }] } (oldest first)
//   getRule({ id })              → { id, currency, values: PointsRuleInput as strings }
//   createRule(PointsRuleInput)  → { id }        updateRule({ id, ...PointsRuleInput }) → { id }
//   setRuleActive({ id, active }) → { id, active }   deleteRule({ id }) → { id }
//   settings()                   → { currency, settings: { productPoints, signUpGift, referrerSignUpPoints, reviewPoints } (bigint),
//                                    values: LoyaltySettingsInput as strings }
//   updateSettings(LoyaltySettingsInput) → the same as settings()

const read = adminProcedure("points.read");
const write = adminProcedure("points.write");

export const pointsRouter = router({
  listRules: read.input(noInputSchema).query(({ ctx }) => listPointsRules(ctx.db)),
  getRule: read.input(ruleIdSchema).query(({ ctx, input }) => pointsRuleForEdit(ctx.db, input.id)),
  createRule: write.input(pointsRuleSchema).mutation(({ ctx, input }) => createPointsRule(ctx.db, ctx.actor, input)),
  updateRule: write.input(pointsRuleUpdateSchema).mutation(({ ctx, input }) => {
    const { id, ...data } = input;
    return updatePointsRule(ctx.db, ctx.actor, id, data);
  }),
  setRuleActive: write.input(ruleActiveSchema).mutation(({ ctx, input }) => setPointsRuleActive(ctx.db, ctx.actor, input.id, input.active)),
  deleteRule: write.input(ruleIdSchema).mutation(({ ctx, input }) => deletePointsRule(ctx.db, ctx.actor, input.id)),
  settings: read.input(noInputSchema).query(({ ctx }) => loyaltySettingsForEdit(ctx.db)),
  updateSettings: write.input(loyaltySettingsSchema).mutation(({ ctx, input }) => updateLoyaltySettings(ctx.db, ctx.actor, input)),
});
