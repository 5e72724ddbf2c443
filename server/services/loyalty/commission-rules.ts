import "server-only";
import type { Db, Tx } from "../../db";
import { FieldErrors } from "../../errors";
import { toMajorUnits, toMinorUnits, type Currency } from "@/lib/money";
import { bpToPercent, type CommissionRuleData } from "@/lib/schemas/loyalty";
import { diff, recordAudit, type Actor } from "../audit";
import { storeCurrency } from "../store-settings";
import type { CommissionRuleRow } from "./rewards";

// Referral commission rules (P-3, seed 003 پورسانت ها): max days since the buyer's sign-up, minimum
// order amount and percent, all required. Which rule pays is decided in rewards.ts.

const notFound = () => new FieldErrors([{ path: "id", message: "errors.notFound" }], "invalid");

const select = { id: true, maxDaysSinceSignup: true, minOrderAmount: true, percentBp: true, active: true, createdAt: true, updatedAt: true } as const;

export const activeCommissionRules = (tx: Tx): Promise<CommissionRuleRow[]> =>
  tx.commissionRule.findMany({
    where: { active: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, maxDaysSinceSignup: true, minOrderAmount: true, percentBp: true, createdAt: true },
  });

/** Every rule, oldest first, with the currency its minimums are in. */
export async function listCommissionRules(db: Db) {
  const [rows, currency] = await Promise.all([db.commissionRule.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select }), storeCurrency(db)]);
  return { rows, currency };
}

/** A rule as its form (and the audit log) shows it. */
const formValues = (r: { active: boolean; maxDaysSinceSignup: number; minOrderAmount: bigint; percentBp: number }, currency: Currency) => ({
  active: r.active,
  maxDaysSinceSignup: String(r.maxDaysSinceSignup),
  minOrderAmount: toMajorUnits(r.minOrderAmount, currency),
  percent: bpToPercent(r.percentBp),
});

/** "20% · 10 days · 250000": what the audit log names a rule by (it has no name of its own). */
const labelOf = (r: { maxDaysSinceSignup: number; minOrderAmount: bigint; percentBp: number }) =>
  `${bpToPercent(r.percentBp)}% · ${r.maxDaysSinceSignup}d · ${r.minOrderAmount}`;

export async function commissionRuleForEdit(db: Db, id: string) {
  const rule = await db.commissionRule.findUnique({ where: { id }, select });
  if (!rule) throw notFound();
  const currency = await storeCurrency(db);
  return { id, currency, values: formValues(rule, currency) };
}

async function values(tx: Tx, data: CommissionRuleData) {
  const currency = await storeCurrency(tx);
  const minOrderAmount = toMinorUnits(data.minOrderAmount, currency);
  if (minOrderAmount === null) throw new FieldErrors([{ path: "minOrderAmount", message: "validation.moneyDecimals" }], "invalid");
  return { currency, row: { active: data.active, maxDaysSinceSignup: data.maxDaysSinceSignup, minOrderAmount, percentBp: data.percent } };
}

export async function createCommissionRule(db: Db, actor: Actor, data: CommissionRuleData) {
  return db.$transaction(async (tx) => {
    const { currency, row } = await values(tx, data);
    const rule = await tx.commissionRule.create({ data: row, select: { id: true } });
    await recordAudit(tx, actor, "commissionRule.create", { type: "commissionRule", id: rule.id, label: labelOf(row) }, diff({}, formValues(row, currency)));
    return rule;
  });
}

export async function updateCommissionRule(db: Db, actor: Actor, id: string, data: CommissionRuleData) {
  return db.$transaction(async (tx) => {
    const before = await tx.commissionRule.findUnique({ where: { id }, select });
    if (!before) throw notFound();
    const { currency, row } = await values(tx, data);
    await tx.commissionRule.update({ where: { id }, data: row });
    await recordAudit(tx, actor, "commissionRule.update", { type: "commissionRule", id, label: labelOf(row) }, diff(formValues(before, currency), formValues(row, currency)));
    return { id };
  });
}

export async function setCommissionRuleActive(db: Db, actor: Actor, id: string, active: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.commissionRule.findUnique({ where: { id }, select });
    if (!before) throw notFound();
    if (before.active !== active) {
      await tx.commissionRule.update({ where: { id }, data: { active } });
      await recordAudit(tx, actor, "commissionRule.update", { type: "commissionRule", id, label: labelOf(before) }, { active: { from: before.active, to: active } });
    }
    return { id, active };
  });
}

export async function deleteCommissionRule(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.commissionRule.findUnique({ where: { id }, select });
    if (!before) throw notFound();
    await tx.commissionRule.delete({ where: { id } });
    await recordAudit(tx, actor, "commissionRule.delete", { type: "commissionRule", id, label: labelOf(before) }, diff(formValues(before, await storeCurrency(tx)), {}));
    return { id };
  });
}
