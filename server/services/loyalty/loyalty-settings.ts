import "server-only";
import type { Db, Tx } from "../../db";
import { FieldErrors } from "../../errors";
import { toMajorUnits, toMinorUnits } from "@/lib/money";
import type { LoyaltySettingsData } from "@/lib/schemas/loyalty";
import { pointsToDecimal } from "@/lib/schemas/catalog";
import { diff, recordAudit, type Actor } from "../audit";
import { getSetting, setSetting } from "../settings";
import { storeCurrency } from "../store-settings";

// The fixed points settings (P-2, seed 003 امتیازهای ثابت), kept as one JSON value in the Setting
// store under "loyalty.settings" so the worker reads them in one query. Amounts are decimal strings
// there (JSON has no BigInt): signUpGift in minor units, the points in hundredths.

const KEY = "loyalty.settings";

export interface LoyaltySettings {
  productPoints: boolean;
  /** Minor units, to the wallet of a customer who signs up with a referrer. */
  signUpGift: bigint;
  /** Hundredths of a point, to the referrer of a new customer. */
  referrerSignUpPoints: bigint;
  /** Hundredths of a point, for an approved product review. */
  reviewPoints: bigint;
}

/** A new store grants nothing until staff say so. */
export const DEFAULT_LOYALTY_SETTINGS: LoyaltySettings = { productPoints: false, signUpGift: 0n, referrerSignUpPoints: 0n, reviewPoints: 0n };

type Stored = { productPoints?: boolean; signUpGift?: string; referrerSignUpPoints?: string; reviewPoints?: string };

const amount = (v: unknown, fallback: bigint) => (typeof v === "string" && /^\d+$/.test(v) ? BigInt(v) : fallback);

export async function loyaltySettings(tx: Tx): Promise<LoyaltySettings> {
  const s = (await getSetting<Stored>(tx, KEY)) ?? {};
  const d = DEFAULT_LOYALTY_SETTINGS;
  return {
    productPoints: typeof s.productPoints === "boolean" ? s.productPoints : d.productPoints,
    signUpGift: amount(s.signUpGift, d.signUpGift),
    referrerSignUpPoints: amount(s.referrerSignUpPoints, d.referrerSignUpPoints),
    reviewPoints: amount(s.reviewPoints, d.reviewPoints),
  };
}

/** Writes the settings as stored (used by the form's save and by the demo data). */
export async function writeLoyaltySettings(tx: Tx, s: LoyaltySettings): Promise<void> {
  await setSetting(tx, KEY, {
    productPoints: s.productPoints,
    signUpGift: String(s.signUpGift),
    referrerSignUpPoints: String(s.referrerSignUpPoints),
    reviewPoints: String(s.reviewPoints),
  });
}

/** As the audit log and the form show them: money in major units, points as decimals. */
const shown = (s: LoyaltySettings, currency: Parameters<typeof toMajorUnits>[1]) => ({
  productPoints: s.productPoints,
  signUpGift: toMajorUnits(s.signUpGift, currency),
  referrerSignUpPoints: pointsToDecimal(s.referrerSignUpPoints),
  reviewPoints: pointsToDecimal(s.reviewPoints),
});

/** The settings form's values and the currency its gift is typed in. */
export async function loyaltySettingsForEdit(db: Db) {
  const [s, currency] = await Promise.all([loyaltySettings(db), storeCurrency(db)]);
  return { currency, settings: s, values: shown(s, currency) };
}

export async function updateLoyaltySettings(db: Db, actor: Actor, data: LoyaltySettingsData) {
  await db.$transaction(async (tx) => {
    const currency = await storeCurrency(tx);
    const gift = toMinorUnits(data.signUpGift, currency);
    if (gift === null) throw new FieldErrors([{ path: "signUpGift", message: "validation.moneyDecimals" }], "invalid");
    const before = await loyaltySettings(tx);
    const next: LoyaltySettings = { productPoints: data.productPoints, signUpGift: gift, referrerSignUpPoints: data.referrerSignUpPoints, reviewPoints: data.reviewPoints };
    await writeLoyaltySettings(tx, next);
    const changes = diff(shown(before, currency), shown(next, currency));
    if (Object.keys(changes).length) await recordAudit(tx, actor, "settings.loyalty", { type: "settings", id: "loyalty", label: "loyalty" }, changes);
  });
  return loyaltySettingsForEdit(db);
}
