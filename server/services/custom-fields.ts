import "server-only";
import type { Db, Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { FieldErrors } from "../errors";
import { customFieldValuesSchema, type CustomFieldDef, type CustomFieldValues } from "@/lib/custom-fields";
import type { customFieldSchema } from "@/lib/schemas/customers";
import type { z } from "zod";
import { recordAudit, type Actor } from "./audit";

// Custom fields of the customer record (C-6): definitions here, values in Customer.customFields.

const select = { id: true, label: true, type: true, options: true, required: true, showAtSignUp: true, position: true } as const;

export async function listCustomFields(db: Tx, opts: { signUpOnly?: boolean } = {}): Promise<CustomFieldDef[]> {
  const rows = await db.customField.findMany({
    where: opts.signUpOnly ? { showAtSignUp: true } : {},
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select,
  });
  return rows as unknown as CustomFieldDef[];
}

/**
 * The values checked against the definitions (types, options, required). Field errors name the
 * field as `customFields.<id>`, which is where the form shows them.
 */
export async function validateCustomFields(
  tx: Tx,
  raw: Record<string, unknown>,
  opts: { signUpOnly?: boolean } = {},
): Promise<CustomFieldValues> {
  const defs = await listCustomFields(tx, opts);
  const parsed = customFieldValuesSchema(defs).safeParse(raw);
  if (!parsed.success) {
    const seen = new Set<string>();
    const problems = parsed.error.issues
      .map((i) => ({ path: ["customFields", ...i.path].join("."), message: i.message }))
      .filter((p) => !seen.has(p.path) && seen.add(p.path));
    throw new FieldErrors(problems, "invalid");
  }
  // At sign-up only some fields are asked; on an edit, values of fields no longer defined are dropped.
  return parsed.data;
}

type FieldData = z.output<typeof customFieldSchema>;

export async function createCustomField(db: Db, actor: Actor, data: FieldData) {
  return db.$transaction(async (tx) => {
    const last = await tx.customField.aggregate({ _max: { position: true } });
    const field = await tx.customField.create({
      data: { ...data, options: data.options as Prisma.InputJsonValue, position: (last._max.position ?? 0) + 1 },
      select: { id: true },
    });
    await recordAudit(tx, actor, "customField.create", { type: "customField", id: field.id, label: data.label.fa }, {
      label: { from: null, to: data.label },
      type: { from: null, to: data.type },
    });
    return field;
  });
}

export async function updateCustomField(db: Db, actor: Actor, id: string, data: FieldData) {
  return db.$transaction(async (tx) => {
    const before = await tx.customField.findUnique({ where: { id }, select });
    if (!before) throw new FieldErrors([{ path: "id", message: "errors.notFound" }], "invalid");
    // Changing the type would leave stored values of the old type behind.
    if (before.type !== data.type) throw new FieldErrors([{ path: "type", message: "errors.customFields.typeLocked" }], "invalid");
    await tx.customField.update({ where: { id }, data: { ...data, options: data.options as Prisma.InputJsonValue } });
    const cleared = await clearRemovedOptions(tx, before as unknown as CustomFieldDef, data.options.map((o) => o.value));
    await recordAudit(tx, actor, "customField.update", { type: "customField", id, label: data.label.fa }, {
      ...(cleared ? { valuesCleared: { from: null, to: cleared } } : {}),
      label: { from: before.label, to: data.label },
      options: { from: before.options, to: data.options },
      required: { from: before.required, to: data.required },
      showAtSignUp: { from: before.showAtSignUp, to: data.showAtSignUp },
    });
  });
}

/**
 * An option taken out of a select field is taken out of the customers who had chosen it, in the same
 * transaction: a value the field no longer offers could be neither shown, filtered on, nor kept on
 * the next edit. Returns how many customers changed.
 */
async function clearRemovedOptions(tx: Tx, field: CustomFieldDef, kept: string[]): Promise<number> {
  const removed = field.options.map((o) => o.value).filter((v) => !kept.includes(v));
  if (removed.length === 0) return 0;
  if (field.type === "SELECT") {
    return tx.$executeRaw`
      UPDATE "Customer" SET "customFields" = "customFields" - ${field.id}
      WHERE "customFields" ->> ${field.id} = ANY(${removed}::text[])`;
  }
  return tx.$executeRaw`
    UPDATE "Customer" SET "customFields" = jsonb_set("customFields", ARRAY[${field.id}::text],
      (SELECT COALESCE(jsonb_agg(e), '[]'::jsonb) FROM jsonb_array_elements("customFields" -> ${field.id}) e
       WHERE NOT (e #>> '{}') = ANY(${removed}::text[])))
    WHERE jsonb_typeof("customFields" -> ${field.id}) = 'array' AND "customFields" -> ${field.id} ?| ${removed}::text[]`;
}

/** Deleting a field removes its values from every customer in the same transaction. */
export async function deleteCustomField(db: Db, actor: Actor, id: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.customField.findUnique({ where: { id }, select });
    if (!before) throw new FieldErrors([{ path: "id", message: "errors.notFound" }], "invalid");
    await tx.$executeRaw`UPDATE "Customer" SET "customFields" = "customFields" - ${id} WHERE "customFields" ? ${id}`;
    await tx.customField.delete({ where: { id } });
    await recordAudit(tx, actor, "customField.delete", { type: "customField", id, label: (before.label as { fa: string }).fa }, {
      label: { from: before.label, to: null },
    });
  });
}

export async function reorderCustomFields(db: Db, actor: Actor, ids: string[]) {
  return db.$transaction(async (tx) => {
    for (const [position, id] of ids.entries()) await tx.customField.updateMany({ where: { id }, data: { position } });
    await recordAudit(tx, actor, "customField.reorder", { type: "customField", id: "*", label: "order" }, {});
  });
}
