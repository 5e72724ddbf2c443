import "server-only";
import type { Db, Tx } from "../../db";
import { FieldErrors } from "../../errors";
import { toMajorUnits, toMinorUnits, type Currency } from "@/lib/money";
import { pointsToDecimal } from "@/lib/schemas/catalog";
import type { PointsRuleData } from "@/lib/schemas/loyalty";
import { diff, recordAudit, type Actor } from "../audit";
import { storeCurrency } from "../store-settings";
import type { PointsRuleRow } from "./rewards";

// Variable points rules (P-1, seed 003 امتیازهای متغیر) as staff keep them. Which rule an order
// earns is decided in rewards.ts (bestPointsRule). Entries keep a snapshot of their rule, so a rule
// may be edited or deleted without rewriting history.

const notFound = () => new FieldErrors([{ path: "id", message: "errors.notFound" }], "invalid");

const select = {
  id: true,
  name: true,
  type: true,
  minOrderTotal: true,
  minItemCount: true,
  points: true,
  referrerPoints: true,
  active: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** The active rules, oldest first (the worker's input). */
export const activePointsRules = (tx: Tx): Promise<PointsRuleRow[]> =>
  tx.pointsRule.findMany({
    where: { active: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, name: true, minOrderTotal: true, minItemCount: true, points: true, referrerPoints: true, createdAt: true },
  });

/** Every rule, oldest first (a store has a handful), with the currency its amounts are in. */
export async function listPointsRules(db: Db) {
  const [rows, currency] = await Promise.all([db.pointsRule.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select }), storeCurrency(db)]);
  return { rows, currency };
}

/** A rule as its form shows it: money in major units, points as decimals ("" for an empty minimum). */
const formValues = (r: { name: string; active: boolean; minOrderTotal: bigint | null; minItemCount: number | null; points: bigint; referrerPoints: bigint }, currency: Currency) => ({
  name: r.name,
  active: r.active,
  minOrderTotal: r.minOrderTotal === null ? "" : toMajorUnits(r.minOrderTotal, currency),
  minItemCount: r.minItemCount === null ? "" : String(r.minItemCount),
  points: pointsToDecimal(r.points),
  referrerPoints: pointsToDecimal(r.referrerPoints),
});

export async function pointsRuleForEdit(db: Db, id: string) {
  const rule = await db.pointsRule.findUnique({ where: { id }, select });
  if (!rule) throw notFound();
  const currency = await storeCurrency(db);
  return { id, currency, values: formValues(rule, currency) };
}

async function values(tx: Tx, data: PointsRuleData) {
  const currency = await storeCurrency(tx);
  const minOrderTotal = data.minOrderTotal === null ? null : toMinorUnits(data.minOrderTotal, currency);
  if (data.minOrderTotal !== null && minOrderTotal === null) throw new FieldErrors([{ path: "minOrderTotal", message: "validation.moneyDecimals" }], "invalid");
  return { currency, row: { ...data, minOrderTotal } };
}

export async function createPointsRule(db: Db, actor: Actor, data: PointsRuleData) {
  return db.$transaction(async (tx) => {
    const { currency, row } = await values(tx, data);
    const rule = await tx.pointsRule.create({ data: row, select: { id: true } });
    await recordAudit(tx, actor, "pointsRule.create", { type: "pointsRule", id: rule.id, label: data.name }, diff({}, formValues(row, currency)));
    return rule;
  });
}

export async function updatePointsRule(db: Db, actor: Actor, id: string, data: PointsRuleData) {
  return db.$transaction(async (tx) => {
    const before = await tx.pointsRule.findUnique({ where: { id }, select });
    if (!before) throw notFound();
    const { currency, row } = await values(tx, data);
    await tx.pointsRule.update({ where: { id }, data: row });
    await recordAudit(tx, actor, "pointsRule.update", { type: "pointsRule", id, label: data.name }, diff(formValues(before, currency), formValues(row, currency)));
    return { id };
  });
}

export async function setPointsRuleActive(db: Db, actor: Actor, id: string, active: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.pointsRule.findUnique({ where: { id }, select: { name: true, active: true } });
    if (!before) throw notFound();
    if (before.active !== active) {
      await tx.pointsRule.update({ where: { id }, data: { active } });
      await recordAudit(tx, actor, "pointsRule.update", { type: "pointsRule", id, label: before.name }, { active: { from: before.active, to: active } });
    }
    return { id, active };
  });
}

/** Deleting keeps the history readable: entries hold the rule's snapshot, not a foreign key. */
export async function deletePointsRule(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.pointsRule.findUnique({ where: { id }, select });
    if (!before) throw notFound();
    await tx.pointsRule.delete({ where: { id } });
    await recordAudit(tx, actor, "pointsRule.delete", { type: "pointsRule", id, label: before.name }, diff(formValues(before, await storeCurrency(tx)), {}));
    return { id };
  });
}
