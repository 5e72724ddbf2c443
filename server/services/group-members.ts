import "server-only";
import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { FieldErrors } from "../errors";
import { customerFilterSchema } from "@/lib/schemas/customers";
import { recordAudit, type Actor } from "./audit";
import { customerWhere } from "./customer-query";
import { listCustomers } from "./customer-list";

// A group's members ("manage users", G-2). A customer may be in several groups; deleted customers
// are never listed nor added (deleting a customer also takes them out of every group).

const groupNotFound = () => new FieldErrors([{ path: "groupId", message: "errors.notFound" }], "invalid");

export interface MemberRow {
  id: string;
  name: string;
  username: string;
  mobile: string | null;
  addedAt: Date;
}

/**
 * A page of members, newest customers first. It pages by customer id, which walks the membership's
 * primary key (groupId, customerId): a default group holding every customer pages as fast as a small one.
 */
export async function listMembers(db: Db, input: { groupId: string; q?: string; cursor?: { id: string } | null; limit: number }) {
  const after = input.cursor ? Prisma.sql`AND m."customerId" < ${input.cursor.id}::uuid` : Prisma.empty;
  const rows = await db.$queryRaw<MemberRow[]>`
    SELECT c."id", u."name", u."username", u."mobile", m."createdAt" AS "addedAt"
    FROM "CustomerGroupMember" m
    JOIN "Customer" c ON c."id" = m."customerId"
    JOIN "User" u ON u."id" = c."userId"
    WHERE m."groupId" = ${input.groupId}::uuid AND ${customerWhere({ q: input.q })} ${after}
    ORDER BY m."customerId" DESC
    LIMIT ${input.limit + 1}`;
  const page = rows.slice(0, input.limit).map((r) => ({ ...r, addedAt: new Date(r.addedAt) }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > input.limit && last ? { id: last.id } : null };
}

/** Customers matching a search (username, name, mobile), each marked if already in the group. */
export async function memberCandidates(db: Db, groupId: string, q: string | undefined) {
  if (!q) return [];
  const { rows } = await listCustomers(db, { filter: customerFilterSchema.parse({ q }), sort: "name", dir: "asc", cursor: null, limit: 20 });
  const inGroup = new Set(
    (await db.customerGroupMember.findMany({ where: { groupId, customerId: { in: rows.map((r) => r.id) } }, select: { customerId: true } })).map(
      (m) => m.customerId,
    ),
  );
  return rows.map((r) => ({ id: r.id, name: r.name, username: r.username, mobile: r.mobile, status: r.status, isMember: inGroup.has(r.id) }));
}

const idList = (ids: string[]) => Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));

/** Adds customers to a group; those already in it, unknown or deleted are skipped. Returns how many joined. */
export async function addMembers(db: Db, actor: Actor, groupId: string, customerIds: string[]) {
  return db.$transaction(async (tx) => {
    const group = await tx.customerGroup.findUnique({ where: { id: groupId }, select: { id: true, name: true } });
    if (!group) throw groupNotFound();
    const added = await tx.$queryRaw<{ customerId: string }[]>`
      INSERT INTO "CustomerGroupMember" ("groupId", "customerId")
      SELECT ${groupId}::uuid, c."id" FROM "Customer" c WHERE c."id" IN (${idList(customerIds)}) AND c."deletedAt" IS NULL
      ON CONFLICT DO NOTHING
      RETURNING "customerId"`;
    if (added.length) {
      const users = await tx.customer.findMany({ where: { id: { in: added.map((a) => a.customerId) } }, select: { user: { select: { username: true } } } });
      await recordAudit(tx, actor, "group.addMembers", { type: "group", id: group.id, label: group.name }, {
        members: { from: null, to: users.map((u) => u.user.username).sort() },
      });
    }
    return { added: added.length };
  });
}

/** Takes customers out of a group (they stay customers, and stay in their other groups). */
export async function removeMembers(db: Db, actor: Actor, groupId: string, customerIds: string[]) {
  return db.$transaction(async (tx) => {
    const group = await tx.customerGroup.findUnique({ where: { id: groupId }, select: { id: true, name: true } });
    if (!group) throw groupNotFound();
    const removed = await tx.$queryRaw<{ customerId: string }[]>`
      DELETE FROM "CustomerGroupMember" WHERE "groupId" = ${groupId}::uuid AND "customerId" IN (${idList(customerIds)})
      RETURNING "customerId"`;
    if (removed.length) {
      const users = await tx.customer.findMany({ where: { id: { in: removed.map((r) => r.customerId) } }, select: { user: { select: { username: true } } } });
      await recordAudit(tx, actor, "group.removeMembers", { type: "group", id: group.id, label: group.name }, {
        members: { from: users.map((u) => u.user.username).sort(), to: null },
      });
    }
    return { removed: removed.length };
  });
}
