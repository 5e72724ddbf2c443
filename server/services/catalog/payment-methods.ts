import "server-only";
import type { Db, Tx } from "../../db";
import type { LocalizedText } from "@/lib/localized";
import type { PaymentKind, PaymentMethodData } from "@/lib/schemas/catalog";
import { diff, recordAudit, type Actor } from "../audit";
import { notFound, removeRestrictions, uniqueOn } from "./common";

// Payment methods: each of a kind checkout knows how to take (online, bank slip, on delivery, wallet).

const select = { id: true, code: true, name: true, kind: true, active: true, position: true } as const;

export type PaymentMethodRow = { id: string; code: string; name: LocalizedText; kind: PaymentKind; active: boolean; position: number };

export async function listPaymentMethods(tx: Tx): Promise<PaymentMethodRow[]> {
  const rows = await tx.paymentMethod.findMany({ orderBy: [{ position: "asc" }, { code: "asc" }], select });
  return rows as PaymentMethodRow[];
}

const shown = (r: { code: string; name: unknown; kind: string; active: boolean; position: number }) =>
  ({ code: r.code, name: r.name, kind: r.kind, active: r.active, position: r.position });

export function createPaymentMethod(db: Db, actor: Actor, data: PaymentMethodData) {
  return uniqueOn("code", () =>
    db.$transaction(async (tx) => {
      const row = await tx.paymentMethod.create({ data, select: { id: true } });
      await recordAudit(tx, actor, "paymentMethod.create", { type: "paymentMethod", id: row.id, label: data.code }, diff({}, shown(data)));
      return row;
    }),
  );
}

export function updatePaymentMethod(db: Db, actor: Actor, id: string, data: PaymentMethodData) {
  return uniqueOn("code", () =>
    db.$transaction(async (tx) => {
      const before = await tx.paymentMethod.findUnique({ where: { id }, select });
      if (!before) throw notFound();
      await tx.paymentMethod.update({ where: { id }, data });
      await recordAudit(tx, actor, "paymentMethod.update", { type: "paymentMethod", id, label: data.code }, diff(shown(before), shown(data)));
    }),
  );
}

/** The groups' restrictions that name it go in the same transaction (they have no foreign key). */
export function deletePaymentMethod(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.paymentMethod.findUnique({ where: { id }, select });
    if (!before) throw notFound();
    const restrictions = await removeRestrictions(tx, "PAYMENT_METHOD", id);
    await tx.paymentMethod.delete({ where: { id } });
    await recordAudit(tx, actor, "paymentMethod.delete", { type: "paymentMethod", id, label: before.code }, {
      ...diff(shown(before), {}),
      restrictions: { from: restrictions, to: 0 },
    });
  });
}
