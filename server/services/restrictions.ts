import "server-only";
import type { Db, Tx } from "../db";
import { FieldErrors } from "../errors";
import type { LocalizedText } from "@/lib/localized";
import { RESTRICTION_KINDS, RESTRICTION_KIND_KEYS, type RestrictionKind, type RestrictionUpdateData } from "@/lib/schemas/restrictions";
import { diff, recordAudit, type Actor } from "./audit";
import { effectiveRules } from "./group-rules";

// Per-group switches for warehouses, shipping and payment methods. A row in GroupRestriction
// is an option the group switched off; no row means on. How several groups combine is decided in
// group-rules.ts.

export interface RestrictionOption {
  id: string;
  code: string;
  name: LocalizedText;
  kind?: string;
  /** Inactive in the catalog: never offered, whatever the switch says. */
  active: boolean;
  /** Switched off for this group. */
  disabled: boolean;
}

const notFound = (path: string) => new FieldErrors([{ path, message: "errors.notFound" }], "invalid");

export const listGroups = (db: Db) => db.customerGroup.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });

const optionOrder = [{ position: "asc" as const }, { code: "asc" as const }];
const select = { id: true, code: true, name: true, active: true } as const;

/** Every option of the catalog, inactive ones too (an admin may switch those off in advance). */
async function catalogOptions(tx: Tx) {
  return {
    warehouses: await tx.warehouse.findMany({ select, orderBy: optionOrder }),
    shippingMethods: await tx.shippingMethod.findMany({ select, orderBy: optionOrder }),
    paymentMethods: await tx.paymentMethod.findMany({ select: { ...select, kind: true }, orderBy: optionOrder }),
  };
}

async function disabledIds(tx: Tx, groupId: string): Promise<Record<RestrictionKind, string[]>> {
  const rows = await tx.groupRestriction.findMany({ where: { groupId }, select: { target: true, targetId: true } });
  const of = (kind: RestrictionKind) => rows.filter((r) => r.target === RESTRICTION_KINDS[kind]).map((r) => r.targetId);
  return { warehouses: of("warehouses"), shippingMethods: of("shippingMethods"), paymentMethods: of("paymentMethods") };
}

/** A group's switches: every option with whether this group has switched it off. */
export async function groupRestrictions(db: Db, groupId: string) {
  const group = await db.customerGroup.findUnique({ where: { id: groupId }, select: { id: true, name: true } });
  if (!group) throw notFound("groupId");
  const options = await catalogOptions(db);
  const disabled = await disabledIds(db, groupId);
  const mark = (kind: RestrictionKind): RestrictionOption[] =>
    options[kind].map((o) => ({ ...o, name: o.name as LocalizedText, disabled: disabled[kind].includes(o.id) }));
  return { group, warehouses: mark("warehouses"), shippingMethods: mark("shippingMethods"), paymentMethods: mark("paymentMethods") };
}

/** Saves a group's switches in one transaction; the audit names the options by code, before and after. */
export async function updateRestrictions(db: Db, actor: Actor, data: RestrictionUpdateData) {
  return db.$transaction(async (tx) => {
    const group = await tx.customerGroup.findUnique({ where: { id: data.groupId }, select: { id: true, name: true } });
    if (!group) throw notFound("groupId");
    // Two admins saving the same group's switches at once: the second waits, then replaces the first.
    await tx.$queryRaw`SELECT 1 FROM "CustomerGroup" WHERE "id" = ${data.groupId}::uuid FOR UPDATE`;
    const options = await catalogOptions(tx);
    const unknown = RESTRICTION_KIND_KEYS.filter((k) => data.disabled[k].some((id) => !options[k].some((o) => o.id === id)));
    if (unknown.length) throw new FieldErrors(unknown.map((k) => ({ path: `disabled.${k}`, message: "errors.notFound" })), "invalid");
    const before = await disabledIds(tx, data.groupId);
    await tx.groupRestriction.deleteMany({ where: { groupId: data.groupId } });
    await tx.groupRestriction.createMany({
      data: RESTRICTION_KIND_KEYS.flatMap((k) => data.disabled[k].map((targetId) => ({ groupId: data.groupId, target: RESTRICTION_KINDS[k], targetId }))),
    });
    const codes = (kind: RestrictionKind, ids: string[]) => options[kind].filter((o) => ids.includes(o.id)).map((o) => o.code);
    const changes = diff(
      Object.fromEntries(RESTRICTION_KIND_KEYS.map((k) => [k, codes(k, before[k])])),
      Object.fromEntries(RESTRICTION_KIND_KEYS.map((k) => [k, codes(k, data.disabled[k])])),
    );
    if (Object.keys(changes).length) {
      await recordAudit(tx, actor, "restriction.update", { type: "group", id: group.id, label: group.name }, changes);
    }
    return { changed: Object.keys(changes).length > 0 };
  });
}

/** The customer card's explanation; an unknown or deleted customer is not found. */
export async function customerEffectiveRules(db: Db, customerId: string, now = new Date()) {
  const customer = await db.customer.findFirst({ where: { id: customerId, deletedAt: null }, select: { id: true } });
  if (!customer) throw notFound("customerId");
  return effectiveRules(db, customerId, now);
}
