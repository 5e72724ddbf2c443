import { z } from "zod";
import { moneyField } from "../money";
import { toLatinDigits } from "../normalize";
import { TIME_ZONE } from "../format";
import { idField, requiredText } from "./common";

// Loyalty (issue 7, P-1 … P-5): points rules, commission rules, the fixed points settings, manual
// credit/debit and the history pages. Forms and procedures share these schemas; messages are keys.
// Points travel as hundredths of a point (bigint: "2.5" → 250n); money as the major-unit decimal
// string moneyField gives, converted to minor units by the service with the store's currency.

/** A typed number without grouping separators, in Latin digits ("۲٫۵" → "2.5"). */
const plain = (v: unknown) => toLatinDigits(String(v ?? "")).replace(/[,٬\s]/g, "").replace(/٫/g, ".");

/** Points with up to two decimals ("3", "2.5", "۵٫۰") → hundredths; empty → `empty` (or required). */
const points = (empty: bigint | "required") =>
  z.union([z.string(), z.number(), z.null()]).transform((v, ctx) => {
    const s = plain(v);
    if (s === "") {
      if (empty !== "required") return empty;
      ctx.addIssue({ code: "custom", message: "validation.required" });
      return z.NEVER;
    }
    if (!/^\d+(\.\d{1,2})?$/.test(s)) {
      ctx.addIssue({ code: "custom", message: "validation.pointsInvalid" });
      return z.NEVER;
    }
    const [whole, fraction = ""] = s.split(".");
    if (whole!.length > 12) {
      ctx.addIssue({ code: "custom", message: "validation.tooLarge" });
      return z.NEVER;
    }
    return BigInt(whole!) * 100n + BigInt((fraction + "00").slice(0, 2));
  });

/** Points a form must fill (≥ 0). */
export const requiredPointsField = points("required");
/** Points that may be left empty, meaning 0. */
export const optionalPointsField = points(0n);

/** An amount of money that may be left empty: null = "no condition". */
export const optionalMoneyField = z.union([z.string(), z.number(), z.null()]).transform((v, ctx) => {
  if (plain(v) === "") return null;
  const parsed = moneyField.safeParse(v);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
  return z.NEVER;
});

/** A whole number from min to max typed in any digits; empty → null (optional) or required. */
function wholeNumber(min: number, max: number, message: string, optional: true): z.ZodType<number | null, string | number | null>;
function wholeNumber(min: number, max: number, message: string, optional: false): z.ZodType<number, string | number | null>;
function wholeNumber(min: number, max: number, message: string, optional: boolean): z.ZodType<number | null, string | number | null> {
  return z.union([z.string(), z.number(), z.null()]).transform((v, ctx) => {
    const s = plain(v);
    if (s === "") {
      if (optional) return null;
      ctx.addIssue({ code: "custom", message: "validation.required" });
      return z.NEVER;
    }
    const n = Number(s);
    if (!/^\d+$/.test(s) || !Number.isSafeInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return n;
  });
}

/** A percent with up to two decimals, above 0 and at most 100 → basis points ("12.5" → 1250). */
export const percentBpField = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const s = plain(v);
  if (s === "") {
    ctx.addIssue({ code: "custom", message: "validation.required" });
    return z.NEVER;
  }
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(s);
  const bp = m ? Number(m[1]) * 100 + Number(((m[2] ?? "") + "00").slice(0, 2)) : NaN;
  if (!(bp > 0 && bp <= 10_000)) {
    ctx.addIssue({ code: "custom", message: "validation.commissionPercent" });
    return z.NEVER;
  }
  return bp;
});

/** Basis points → the percent a form shows ("20" for 2000, "12.5" for 1250). */
export const bpToPercent = (bp: number): string => {
  const fraction = String(bp % 100).padStart(2, "0").replace(/0+$/, "");
  return fraction ? `${Math.floor(bp / 100)}.${fraction}` : String(bp / 100);
};

// ——— Points rules (P-1).

export const MAX_ITEM_COUNT = 1_000_000;
export const MAX_COMMISSION_DAYS = 3650;

const pointsRuleFields = {
  name: requiredText(120),
  active: z.boolean().default(true),
  /** Major units; empty = no condition on the total. */
  minOrderTotal: optionalMoneyField,
  /** Items (sum of quantities); empty = no condition on the count. */
  minItemCount: wholeNumber(1, MAX_ITEM_COUNT, "validation.itemCountRange", true),
  points: requiredPointsField,
  referrerPoints: optionalPointsField,
};

export const pointsRuleSchema = z.object(pointsRuleFields).strict();
export type PointsRuleInput = z.input<typeof pointsRuleSchema>;
export type PointsRuleData = z.output<typeof pointsRuleSchema>;

export const pointsRuleUpdateSchema = z.object({ id: idField, ...pointsRuleFields }).strict();

// ——— Commission rules (P-3): every field required.

const commissionRuleFields = {
  active: z.boolean().default(true),
  maxDaysSinceSignup: wholeNumber(1, MAX_COMMISSION_DAYS, "validation.commissionDays", false),
  /** Major units. */
  minOrderAmount: moneyField,
  /** Percent typed ("20", "12.5") → basis points. */
  percent: percentBpField,
};

export const commissionRuleSchema = z.object(commissionRuleFields).strict();
export type CommissionRuleInput = z.input<typeof commissionRuleSchema>;
export type CommissionRuleData = z.output<typeof commissionRuleSchema>;

export const commissionRuleUpdateSchema = z.object({ id: idField, ...commissionRuleFields }).strict();

export const ruleIdSchema = z.object({ id: idField }).strict();
export const ruleActiveSchema = z.object({ id: idField, active: z.boolean() }).strict();

// ——— Fixed points settings (P-2).

export const loyaltySettingsSchema = z
  .object({
    /** Add the sum of the order's product point values to the buyer. */
    productPoints: z.boolean(),
    /** Wallet gift (major units) to a customer who signs up with a referrer; empty = none. */
    signUpGift: optionalMoneyField.transform((v) => v ?? "0"),
    /** Points to the referrer when a referred customer signs up. */
    referrerSignUpPoints: optionalPointsField,
    /** Points to a customer when their product review is approved. */
    reviewPoints: optionalPointsField,
  })
  .strict();
export type LoyaltySettingsInput = z.input<typeof loyaltySettingsSchema>;
export type LoyaltySettingsData = z.output<typeof loyaltySettingsSchema>;

// ——— History pages (keyset on createdAt desc, id desc).

export const ledgerCursorSchema = z.object({ createdAt: z.iso.datetime(), id: idField }).strict();
export type LedgerCursor = z.output<typeof ledgerCursorSchema>;

const paging = {
  cursor: ledgerCursorSchema.nullish(),
  limit: z.number().int().min(1).max(100).default(30),
  /** Sent by tRPC's infinite queries. */
  direction: z.enum(["forward", "backward"]).optional(),
};

/** A customer's points or wallet history on their card (staff). */
export const customerLedgerSchema = z.object({ customerId: idField, ...paging }).strict();
/** The signed-in customer's own history, referred customers: no owner id, the session decides. */
export const myLedgerSchema = z.object(paging).strict();

// ——— Manual credit / debit by staff (C-4).

export const ADJUST_DIRECTIONS = ["credit", "debit"] as const;

const adjustFields = {
  customerId: idField,
  direction: z.enum(ADJUST_DIRECTIONS, "validation.optionInvalid"),
  reason: requiredText(500),
  /** Made by the form when it opens (crypto.randomUUID()); a double-click or retry sends the same key. */
  idempotencyKey: z.uuid("validation.invalid"),
};

export const pointsAdjustSchema = z
  .object({ ...adjustFields, amount: requiredPointsField.refine((v) => v > 0n, "validation.amountPositive") })
  .strict();
export type PointsAdjustInput = z.input<typeof pointsAdjustSchema>;
export type PointsAdjustData = z.output<typeof pointsAdjustSchema>;

export const walletAdjustSchema = z
  .object({ ...adjustFields, amount: moneyField.refine((v) => /[1-9]/.test(v), "validation.amountPositive") })
  .strict();
export type WalletAdjustInput = z.input<typeof walletAdjustSchema>;
export type WalletAdjustData = z.output<typeof walletAdjustSchema>;

// ——— Referrals on the card (staff).

export const customerReferralsSchema = z.object({ customerId: idField, ...paging }).strict();

// ——— The points and commissions report.

// Years 1900–2999: a typed "9999-12-31" would overflow the date arithmetic of the report.
const day = z.string().regex(/^(19|2\d)\d{2}-\d{2}-\d{2}$/, "validation.dateInvalid");
export const REPORT_PERIODS = ["day", "month"] as const;
/** Day buckets over at most this many days; month buckets over at most ten years. */
export const REPORT_MAX_DAYS = { day: 366, month: 3660 } as const;

export const loyaltyReportSchema = z
  .object({
    /** yyyy-mm-dd days, both included, as days of the locale's time zone (TIME_ZONE). */
    from: day,
    to: day,
    /** Months are the locale's calendar months: Jalali for fa, Umm al-Qura for ar, Gregorian for en. */
    period: z.enum(REPORT_PERIODS).default("month"),
    locale: z.enum(Object.keys(TIME_ZONE) as [keyof typeof TIME_ZONE, ...(keyof typeof TIME_ZONE)[]]).default("fa"),
    /** How many top referrers to list. */
    top: z.number().int().min(1).max(50).default(10),
  })
  .strict()
  .superRefine((v, ctx) => {
    const days = (Date.parse(v.to) - Date.parse(v.from)) / 86_400_000;
    if (!(days >= 0)) ctx.addIssue({ code: "custom", path: ["to"], message: "validation.dateRange" });
    else if (days >= REPORT_MAX_DAYS[v.period]) ctx.addIssue({ code: "custom", path: ["to"], message: "validation.reportRange" });
  });
export type LoyaltyReportInput = z.input<typeof loyaltyReportSchema>;
export type LoyaltyReportData = z.output<typeof loyaltyReportSchema>;

/** The form field names, in the order the forms show them (server errors go beside these). */
export const POINTS_RULE_FIELDS = ["name", "minOrderTotal", "minItemCount", "points", "referrerPoints", "active"] as const;
export const COMMISSION_RULE_FIELDS = ["maxDaysSinceSignup", "minOrderAmount", "percent", "active"] as const;
export const LOYALTY_SETTINGS_FIELDS = ["productPoints", "signUpGift", "referrerSignUpPoints", "reviewPoints"] as const;
