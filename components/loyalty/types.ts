import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/routers/_app";

// The loyalty procedures' answers as the client receives them (superjson keeps BigInt and Date).
type Outputs = inferRouterOutputs<AppRouter>;

export type HistoryPage = Outputs["loyalty"]["pointsHistory"];
export type HistoryRow = HistoryPage["rows"][number];
export type CustomerReferrals = Outputs["loyalty"]["referrals"];
export type PointsRuleRow = Outputs["points"]["listRules"]["rows"][number];
export type CommissionRuleRow = Outputs["commissions"]["listRules"]["rows"][number];
export type LoyaltyReport = Outputs["commissions"]["report"];
