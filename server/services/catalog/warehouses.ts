import "server-only";
import type { Db, Tx } from "../../db";
import type { LocalizedText } from "@/lib/localized";
import type { WarehouseData } from "@/lib/schemas/catalog";
import { diff, recordAudit, type Actor } from "../audit";
import { notFound, removeRestrictions, uniqueOn } from "./common";

// Warehouses: where stock is kept; groups may be restricted from some of them.

const select = { id: true, code: true, name: true, active: true, position: true } as const;

export type WarehouseRow = { id: string; code: string; name: LocalizedText; active: boolean; position: number };

/** Every warehouse in the staff's order (a store has a handful). */
export async function listWarehouses(tx: Tx): Promise<WarehouseRow[]> {
  const rows = await tx.warehouse.findMany({ orderBy: [{ position: "asc" }, { code: "asc" }], select });
  return rows as WarehouseRow[];
}

const shown = (r: { code: string; name: unknown; active: boolean; position: number }) =>
  ({ code: r.code, name: r.name, active: r.active, position: r.position });

export function createWarehouse(db: Db, actor: Actor, data: WarehouseData) {
  return uniqueOn("code", () =>
    db.$transaction(async (tx) => {
      const row = await tx.warehouse.create({ data, select: { id: true } });
      await recordAudit(tx, actor, "warehouse.create", { type: "warehouse", id: row.id, label: data.code }, diff({}, shown(data)));
      return row;
    }),
  );
}

export function updateWarehouse(db: Db, actor: Actor, id: string, data: WarehouseData) {
  return uniqueOn("code", () =>
    db.$transaction(async (tx) => {
      const before = await tx.warehouse.findUnique({ where: { id }, select });
      if (!before) throw notFound();
      await tx.warehouse.update({ where: { id }, data });
      await recordAudit(tx, actor, "warehouse.update", { type: "warehouse", id, label: data.code }, diff(shown(before), shown(data)));
    }),
  );
}

/** Its stock rows go with it (cascade), and so do the groups' restrictions that name it. */
export function deleteWarehouse(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.warehouse.findUnique({ where: { id }, select });
    if (!before) throw notFound();
    const restrictions = await removeRestrictions(tx, "WAREHOUSE", id);
    await tx.warehouse.delete({ where: { id } });
    await recordAudit(tx, actor, "warehouse.delete", { type: "warehouse", id, label: before.code }, {
      ...diff(shown(before), {}),
      restrictions: { from: restrictions, to: 0 },
    });
  });
}
