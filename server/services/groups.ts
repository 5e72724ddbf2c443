import "server-only";
import type { Db, Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import { FieldErrors, isUniqueViolation } from "../errors";
import { normalizeText } from "@/lib/normalize";
import { toMajorUnits, toMinorUnits } from "@/lib/money";
import type { GroupFormData, GroupUpdateData } from "@/lib/schemas/groups";
import { diff, recordAudit, type Actor } from "./audit";
import { getSetting, setSetting } from "./settings";
import { STORE_KEYS, storeCurrency } from "./store-settings";

// Customer groups (G-1, G-2): the list, create/edit/delete and the default group for new customers.
// Members are in group-members.ts.

const invalid = (path: string, message: string) => new FieldErrors([{ path, message }], "invalid");
const notFound = (path = "id") => invalid(path, "errors.notFound");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The default group's id, or null when there is none. */
export async function defaultGroupId(tx: Tx): Promise<string | null> {
  const value = await getSetting<unknown>(tx, STORE_KEYS.defaultGroupId);
  return typeof value === "string" && UUID.test(value) ? value : null;
}

/**
 * Puts a new customer in the default group, inside the caller's transaction (createCustomerUser).
 * Selecting the group in the same statement makes a setting that names a vanished group harmless.
 */
export async function joinDefaultGroup(tx: Tx, customerId: string): Promise<void> {
  const groupId = await defaultGroupId(tx);
  if (!groupId) return;
  await tx.$executeRaw`
    INSERT INTO "CustomerGroupMember" ("groupId", "customerId")
    SELECT g."id", ${customerId}::uuid FROM "CustomerGroup" g WHERE g."id" = ${groupId}::uuid
    ON CONFLICT DO NOTHING`;
}

/** Names are unique as people read them: case, and Persian/Arabic spellings (ي/ی, ك/ک), do not count. */
async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const key = normalizeText(name);
  const others = await tx.customerGroup.findMany({ where: exceptId ? { id: { not: exceptId } } : {}, select: { name: true } });
  if (others.some((g) => normalizeText(g.name) === key)) throw new FieldErrors([{ path: "name", message: "errors.groups.nameTaken" }]);
}

async function minorUnits(tx: Tx, amount: string): Promise<bigint> {
  const minor = toMinorUnits(amount, await storeCurrency(tx));
  if (minor === null) throw invalid("minOrderAmount", "validation.moneyDecimals");
  return minor;
}

/** A unique-index race still names the field. */
async function explainUniqueViolation(db: Db, e: unknown, name: string, id?: string) {
  if (isUniqueViolation(e)) await assertNameFree(db, name, id);
}

const shown = (g: { name: string; description: string | null; paymentPercent: number; minOrderAmount: bigint; showPrices: boolean }) => ({
  name: g.name,
  description: g.description,
  paymentPercent: g.paymentPercent,
  minOrderAmount: g.minOrderAmount.toString(),
  showPrices: g.showPrices,
});

export async function createGroup(db: Db, actor: Actor, data: GroupFormData) {
  try {
    return await db.$transaction(async (tx) => {
      await assertNameFree(tx, data.name);
      const values = { ...data, description: data.description || null, minOrderAmount: await minorUnits(tx, data.minOrderAmount) };
      const group = await tx.customerGroup.create({ data: values, select: { id: true } });
      await recordAudit(tx, actor, "group.create", { type: "group", id: group.id, label: data.name }, diff({}, shown(values)));
      return group;
    });
  } catch (e) {
    await explainUniqueViolation(db, e, data.name);
    throw e;
  }
}

export async function updateGroup(db: Db, actor: Actor, data: GroupUpdateData) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.customerGroup.findUnique({ where: { id: data.id } });
      if (!before) throw notFound();
      await assertNameFree(tx, data.name, data.id);
      const { id, ...rest } = data;
      const values = { ...rest, description: rest.description || null, minOrderAmount: await minorUnits(tx, rest.minOrderAmount) };
      await tx.customerGroup.update({ where: { id }, data: values });
      await recordAudit(tx, actor, "group.update", { type: "group", id, label: data.name }, diff(shown(before), shown(values)));
      return { id };
    });
  } catch (e) {
    await explainUniqueViolation(db, e, data.name, data.id);
    throw e;
  }
}

/** The edit form's values: the amount back in major units of the store's currency. */
export async function groupForEdit(db: Db, id: string) {
  const g = await db.customerGroup.findUnique({ where: { id } });
  if (!g) throw notFound();
  const currency = await storeCurrency(db);
  return {
    id: g.id,
    currency,
    values: {
      name: g.name,
      description: g.description ?? "",
      paymentPercent: String(g.paymentPercent),
      minOrderAmount: toMajorUnits(g.minOrderAmount, currency),
      showPrices: g.showPrices,
    },
  };
}

/** Groups by name, keyset-paged on (name, id), with member counts and the default flag. */
export async function listGroups(db: Db, input: { cursor?: { name: string; id: string } | null; limit: number }) {
  const c = input.cursor;
  const [rows, defaultId, currency] = await Promise.all([
    db.customerGroup.findMany({
      where: c ? { OR: [{ name: { gt: c.name } }, { name: c.name, id: { gt: c.id } }] } : {},
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: input.limit + 1,
      select: {
        id: true,
        name: true,
        description: true,
        paymentPercent: true,
        minOrderAmount: true,
        showPrices: true,
        _count: { select: { members: true } },
      },
    }),
    defaultGroupId(db),
    storeCurrency(db),
  ]);
  const page = rows.slice(0, input.limit).map(({ _count, ...g }) => ({ ...g, members: _count.members, isDefault: g.id === defaultId }));
  const last = page.at(-1);
  return { rows: page, currency, next: rows.length > input.limit && last ? { name: last.name, id: last.id } : null };
}

/** Every group's id and name, for pickers (the delete dialog's "move to"). Groups are few. */
export const groupOptions = (db: Db) => db.customerGroup.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });

/** What the groups page shows above the list: the default group and customers awaiting approval. */
export async function groupsSummary(db: Db) {
  const [defaultId, pending, currency] = await Promise.all([
    defaultGroupId(db),
    db.customer.count({ where: { deletedAt: null, user: { status: "PENDING" } } }),
    storeCurrency(db),
  ]);
  const group = defaultId ? await db.customerGroup.findUnique({ where: { id: defaultId }, select: { id: true, name: true } }) : null;
  return { defaultGroup: group, pendingCount: pending, currency };
}

/** What deleting a group takes with it, for the confirmation dialog. */
export async function groupDeletePreview(db: Db, id: string) {
  const g = await db.customerGroup.findUnique({
    where: { id },
    select: { id: true, name: true, _count: { select: { members: true, restrictions: true, orderLimits: true } } },
  });
  if (!g) throw notFound();
  return { id: g.id, name: g.name, members: g._count.members, restrictions: g._count.restrictions, orderLimits: g._count.orderLimits, isDefault: g.id === (await defaultGroupId(db)) };
}

async function writeDefault(tx: Tx, actor: Actor, from: { id: string; name: string } | null, to: { id: string; name: string } | null) {
  if (to) await setSetting(tx, STORE_KEYS.defaultGroupId, to.id);
  else await tx.setting.deleteMany({ where: { key: STORE_KEYS.defaultGroupId } });
  await recordAudit(tx, actor, "setting.defaultGroup", { type: "setting", id: STORE_KEYS.defaultGroupId, label: to?.name ?? from?.name ?? "" }, {
    defaultGroup: { from: from?.name ?? null, to: to?.name ?? null },
  });
}

/** Makes a group the default for new customers, or (null) leaves new customers without one. */
export async function setDefaultGroup(db: Db, actor: Actor, groupId: string | null) {
  return db.$transaction(async (tx) => {
    const currentId = await defaultGroupId(tx);
    const current = currentId ? await tx.customerGroup.findUnique({ where: { id: currentId }, select: { id: true, name: true } }) : null;
    const next = groupId ? await tx.customerGroup.findUnique({ where: { id: groupId }, select: { id: true, name: true } }) : null;
    if (groupId && !next) throw notFound("groupId");
    if ((current?.id ?? null) !== (next?.id ?? null)) await writeDefault(tx, actor, current, next);
    return { defaultGroupId: next?.id ?? null };
  });
}

/**
 * Deletes a group in one transaction. Its members are moved to another group or only taken out of
 * this one (a choice the admin must make when there are members); its restrictions and order
 * limits go with it (they cascade); if it was the default group, new customers get none.
 */
export async function deleteGroup(db: Db, actor: Actor, input: { id: string; members?: "move" | "remove"; moveToGroupId?: string }) {
  return db.$transaction(async (tx) => {
    const group = await tx.customerGroup.findUnique({
      where: { id: input.id },
      select: { id: true, name: true, _count: { select: { members: true, restrictions: true, orderLimits: true } } },
    });
    if (!group) throw notFound();
    const members = group._count.members;
    let target: { id: string; name: string } | null = null;
    if (members > 0) {
      if (!input.members) throw invalid("members", "errors.groups.membersChoice");
      if (input.members === "move") {
        target = input.moveToGroupId && input.moveToGroupId !== group.id
          ? await tx.customerGroup.findUnique({ where: { id: input.moveToGroupId }, select: { id: true, name: true } })
          : null;
        if (!target) throw invalid("moveToGroupId", "validation.pickGroup");
        // Customers already in the target group stay there once.
        await tx.$executeRaw(Prisma.sql`
          INSERT INTO "CustomerGroupMember" ("groupId", "customerId")
          SELECT ${target.id}::uuid, m."customerId" FROM "CustomerGroupMember" m WHERE m."groupId" = ${group.id}::uuid
          ON CONFLICT DO NOTHING`);
      }
    }
    const wasDefault = (await defaultGroupId(tx)) === group.id;
    await tx.customerGroup.delete({ where: { id: group.id } });
    if (wasDefault) await writeDefault(tx, actor, group, null);
    await recordAudit(tx, actor, "group.delete", { type: "group", id: group.id, label: group.name }, {
      members: { from: members, to: 0 },
      ...(target ? { movedTo: { from: null, to: target.name } } : {}),
      restrictions: { from: group._count.restrictions, to: 0 },
      orderLimits: { from: group._count.orderLimits, to: 0 },
    });
    return { moved: target ? members : 0, removed: target ? 0 : members, movedTo: target };
  });
}
