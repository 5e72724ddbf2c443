import "server-only";
import type { Tx } from "../../db";
import type { RestrictionTarget } from "../../generated/prisma/client";
import { FieldErrors, isUniqueViolation } from "../../errors";
import { toMajorUnits, toMinorUnits } from "@/lib/money";
import { storeCurrency } from "../store-settings";

// What every catalog service shares: the refusals, money in the store's currency, and the clean-up
// of rows that point at a catalog item without a foreign key.

export const notFound = () => new FieldErrors([{ path: "id", message: "errors.notFound" }], "invalid");

/** A refusal to delete, shown in the confirmation dialog. */
export const refuseDelete = (message: string) => new FieldErrors([{ path: "id", message }], "conflict");

/**
 * Runs a write whose only unique column besides the id is `field`: a duplicate, even one written by
 * a concurrent request, becomes a field error instead of a server error.
 */
export async function uniqueOn<T>(field: "code" | "sku", work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isUniqueViolation(e)) throw new FieldErrors([{ path: field, message: `errors.catalog.${field}Taken` }]);
    throw e;
  }
}

/** A typed amount in the store's minor units, or a field error when the currency has no such fraction. */
export async function minorUnits(tx: Tx, decimal: string, path: string): Promise<bigint> {
  const minor = toMinorUnits(decimal, await storeCurrency(tx));
  if (minor === null) throw new FieldErrors([{ path, message: "validation.moneyDecimals" }], "invalid");
  return minor;
}

/** An amount as the audit log shows it: major units, never a bigint (JSON has none). */
export async function auditAmount(tx: Tx, minor: bigint): Promise<string> {
  return toMajorUnits(minor, await storeCurrency(tx));
}

/** GroupRestriction has no foreign key (it points at three tables): its rows go with the option. */
export async function removeRestrictions(tx: Tx, target: RestrictionTarget, targetId: string): Promise<number> {
  const { count } = await tx.groupRestriction.deleteMany({ where: { target, targetId } });
  return count;
}

/**
 * An order limit names its items in id arrays (no foreign keys). Deleting an item it names would
 * leave the limit counting nothing, or nothing at all, so the item must first leave the limit.
 */
export async function assertNotInOrderLimits(tx: Tx, column: "productIds" | "categoryIds" | "brandIds", id: string) {
  // Lock the item first: a limit being saved with it holds it FOR SHARE, so this waits and then sees it.
  const table = { productIds: "Product", categoryIds: "ProductCategory", brandIds: "Brand" }[column];
  await tx.$queryRawUnsafe(`SELECT 1 FROM "${table}" WHERE "id" = $1::uuid FOR UPDATE`, id);
  const used = await tx.orderLimit.findFirst({ where: { [column]: { has: id } }, select: { id: true } });
  if (used) throw refuseDelete("errors.catalog.inOrderLimit");
}
