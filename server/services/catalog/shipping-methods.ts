import "server-only";
import type { Db, Tx } from "../../db";
import type { LocalizedText } from "@/lib/localized";
import type { ShippingMethodData } from "@/lib/schemas/catalog";
import { diff, recordAudit, type Actor } from "../audit";
import { auditAmount, minorUnits, notFound, removeRestrictions, uniqueOn } from "./common";

// Shipping methods and what each costs, in the store's currency (minor units).

const select = { id: true, code: true, name: true, price: true, active: true, position: true } as const;

export type ShippingMethodRow = { id: string; code: string; name: LocalizedText; price: bigint; active: boolean; position: number };

export async function listShippingMethods(tx: Tx): Promise<ShippingMethodRow[]> {
  const rows = await tx.shippingMethod.findMany({ orderBy: [{ position: "asc" }, { code: "asc" }], select });
  return rows as ShippingMethodRow[];
}

async function shown(tx: Tx, r: Omit<ShippingMethodRow, "id" | "name"> & { name: unknown }) {
  return { code: r.code, name: r.name, price: await auditAmount(tx, r.price), active: r.active, position: r.position };
}

export function createShippingMethod(db: Db, actor: Actor, data: ShippingMethodData) {
  return uniqueOn("code", () =>
    db.$transaction(async (tx) => {
      const price = await minorUnits(tx, data.price, "price");
      const row = await tx.shippingMethod.create({ data: { ...data, price }, select: { id: true } });
      await recordAudit(tx, actor, "shippingMethod.create", { type: "shippingMethod", id: row.id, label: data.code }, diff({}, await shown(tx, { ...data, price })));
      return row;
    }),
  );
}

export function updateShippingMethod(db: Db, actor: Actor, id: string, data: ShippingMethodData) {
  return uniqueOn("code", () =>
    db.$transaction(async (tx) => {
      const before = await tx.shippingMethod.findUnique({ where: { id }, select });
      if (!before) throw notFound();
      const price = await minorUnits(tx, data.price, "price");
      await tx.shippingMethod.update({ where: { id }, data: { ...data, price } });
      await recordAudit(tx, actor, "shippingMethod.update", { type: "shippingMethod", id, label: data.code },
        diff(await shown(tx, before), await shown(tx, { ...data, price })));
    }),
  );
}

/** The groups' restrictions that name it go in the same transaction (they have no foreign key). */
export function deleteShippingMethod(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.shippingMethod.findUnique({ where: { id }, select });
    if (!before) throw notFound();
    const restrictions = await removeRestrictions(tx, "SHIPPING_METHOD", id);
    await tx.shippingMethod.delete({ where: { id } });
    await recordAudit(tx, actor, "shippingMethod.delete", { type: "shippingMethod", id, label: before.code }, {
      ...diff(await shown(tx, before), {}),
      restrictions: { from: restrictions, to: 0 },
    });
  });
}
