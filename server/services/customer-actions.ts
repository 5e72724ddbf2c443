import "server-only";
import type { Db, Tx } from "../db";
import { Prisma, type UserStatus } from "../generated/prisma/client";
import { FieldErrors, isUniqueViolation } from "../errors";
import type { CustomerFilter } from "@/lib/schemas/customers";
import { recordAudit, type Actor } from "./audit";
import { customerWhere } from "./customer-query";
import { assertMayManage, loadCustomer, notFound } from "./customers";
import { hashPassword } from "./passwords";
import { assertUnique, customerSearchText } from "./users";
import { recordReferredSignUps } from "./loyalty/sign-up-event";

// The per-customer actions of the panel (C-4) and the bulk actions (C-5). Every one runs in one
// transaction with its audit record.

const target = (c: { id: string; user: { username: string } }) => ({ type: "customer", id: c.id, label: c.user.username });

/** A new password signs the customer out of every device. */
export async function setCustomerPassword(db: Db, actor: Actor, id: string, password: string) {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const c = await loadCustomer(tx, id);
    await assertMayManage(tx, actor, c.userId);
    await tx.user.update({ where: { id: c.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, "customer.password", target(c));
  });
}

export async function setCustomerUsername(db: Db, actor: Actor, id: string, username: string) {
  try {
    await db.$transaction(async (tx) => {
      const c = await loadCustomer(tx, id);
      if (c.user.username === username) return;
      await assertMayManage(tx, actor, c.userId);
      await assertUnique(tx, { username }, c.userId);
      await tx.user.update({ where: { id: c.userId }, data: { username } });
      await tx.customer.update({ where: { id }, data: { searchText: customerSearchText({ ...c.user, username }) } });
      await recordAudit(tx, actor, "customer.username", target(c), { username: { from: c.user.username, to: username } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) await assertUnique(db, { username });
    throw e;
  }
}

/**
 * Moves a customer from one status to another, only if they are in one of `from` (a stale screen
 * cannot, say, unblock someone who was never blocked). Leaving ACTIVE signs them out everywhere.
 */
async function changeStatus(
  tx: Tx,
  actor: Actor,
  id: string,
  from: UserStatus[],
  next: UserStatus | "beforeBlock",
  action: string,
  reason: { blockReason: string | null; statusReason: string | null } = { blockReason: null, statusReason: null },
) {
  const c = await loadCustomer(tx, id);
  if (!from.includes(c.user.status)) {
    throw new FieldErrors([{ path: "id", message: `errors.customers.status.${c.user.status}` }], "invalid");
  }
  const { statusBeforeBlock } = await tx.user.findUniqueOrThrow({ where: { id: c.userId }, select: { statusBeforeBlock: true } });
  const to: UserStatus = next === "beforeBlock" ? (statusBeforeBlock ?? "ACTIVE") : next;
  await assertMayManage(tx, actor, c.userId, to === "ACTIVE");
  await tx.user.update({
    where: { id: c.userId },
    data: {
      status: to,
      statusBeforeBlock: to === "BLOCKED" ? c.user.status : null,
      ...reason,
      ...(to !== "ACTIVE" ? { sessionVersion: { increment: 1 } } : {}),
    },
  });
  await recordAudit(tx, actor, action, target(c), {
    status: { from: c.user.status, to },
    ...(reason.blockReason ? { blockReason: { from: null, to: reason.blockReason }, details: { from: null, to: reason.statusReason } } : {}),
  });
}

/** Blocking (from any status) signs the customer out at once and refuses their sign-ins (A-5). */
export const blockCustomer = (db: Db, actor: Actor, id: string, reason: string, details: string) =>
  db.$transaction((tx) =>
    changeStatus(tx, actor, id, ["ACTIVE", "INACTIVE", "PENDING"], "BLOCKED", "customer.block", {
      blockReason: reason,
      statusReason: details || null,
    }),
  );

/** Unblocking returns the customer to where the block found them: a pending customer still awaits approval. */
export const unblockCustomer = (db: Db, actor: Actor, id: string) =>
  db.$transaction((tx) => changeStatus(tx, actor, id, ["BLOCKED"], "beforeBlock", "customer.unblock"));

export const setCustomerActive = (db: Db, actor: Actor, id: string, active: boolean) =>
  db.$transaction((tx) =>
    active
      ? changeStatus(tx, actor, id, ["INACTIVE"], "ACTIVE", "customer.activate")
      : changeStatus(tx, actor, id, ["ACTIVE"], "INACTIVE", "customer.deactivate"),
  );

/** A customer awaiting approval (sign-up with approval on, C-8) becomes active. */
export const approveCustomer = (db: Db, actor: Actor, id: string) =>
  db.$transaction(async (tx) => {
    await changeStatus(tx, actor, id, ["PENDING"], "ACTIVE", "customer.approve");
    await recordReferredSignUps(tx, Prisma.sql`SELECT ${id}::uuid`);
  });

export async function addCustomerNote(db: Db, actor: Actor, customerId: string, body: string) {
  return db.$transaction(async (tx) => {
    const c = await loadCustomer(tx, customerId).catch(() => {
      throw notFound("customerId");
    });
    const author = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    const note = await tx.customerNote.create({
      data: { customerId, authorId: actor.userId, authorName: author.name, body },
      select: { id: true },
    });
    await recordAudit(tx, actor, "customer.note", target(c), { note: { from: null, to: body } });
    return note;
  });
}

/**
 * An SMS to the customer's mobile, queued in the outbox that the delivery pipeline sends (issue 10);
 * until that pipeline runs, the message waits there with status QUEUED.
 */
export async function queueCustomerSms(db: Db, actor: Actor, customerId: string, body: string) {
  return db.$transaction(async (tx) => {
    const c = await loadCustomer(tx, customerId).catch(() => {
      throw notFound("customerId");
    });
    if (!c.user.mobile) throw new FieldErrors([{ path: "body", message: "errors.customers.noMobile" }], "invalid");
    const message = await tx.outboxMessage.create({
      data: { channel: "SMS", userId: c.userId, recipient: c.user.mobile, body, createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, "customer.sms", target(c), { body: { from: null, to: body } });
    return message;
  });
}

export type BulkAction = "addToGroup" | "removeFromGroup" | "activate" | "deactivate";

/** A role of this user that carries a panel right: staff are deactivated from the staff page only. */
const staffRoleOf = (userId: Prisma.Sql) => Prisma.sql`
  SELECT 1 FROM "UserRole" ur JOIN "RolePermission" rp ON rp."roleId" = ur."roleId"
  WHERE ur."userId" = ${userId} AND rp."permission" NOT LIKE 'account.%'`;

/** The customers a bulk action applies to: the chosen ids (still subject to "not deleted"), or a filter. */
const chosen = (ids: string[] | undefined, filter: CustomerFilter | undefined): Prisma.Sql =>
  ids
    ? Prisma.sql`c."deletedAt" IS NULL AND c."id" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})`
    : customerWhere(filter ?? {});

/**
 * One statement per action inside one transaction: the result counts the customers that actually
 * changed (already members, or already active, are not counted). "Activate" also approves pending
 * customers; blocked customers are left alone (unblocking takes its own decision).
 */
export async function bulkCustomers(
  db: Db,
  actor: Actor,
  input: { action: BulkAction; groupId?: string; ids?: string[]; filter?: CustomerFilter },
): Promise<{ changed: number }> {
  const where = chosen(input.ids, input.filter);
  return db.$transaction(async (tx) => {
    let group: { id: string; name: string } | null = null;
    if (input.action === "addToGroup" || input.action === "removeFromGroup") {
      group = await tx.customerGroup.findUnique({ where: { id: input.groupId! }, select: { id: true, name: true } });
      if (!group) throw new FieldErrors([{ path: "groupId", message: "errors.notFound" }], "invalid");
    }
    let changed: number;
    switch (input.action) {
      case "addToGroup":
        changed = await tx.$executeRaw`
          INSERT INTO "CustomerGroupMember" ("groupId", "customerId")
          SELECT ${group!.id}::uuid, c."id" FROM "Customer" c JOIN "User" u ON u."id" = c."userId" WHERE ${where}
          ON CONFLICT DO NOTHING`;
        break;
      case "removeFromGroup":
        changed = await tx.$executeRaw`
          DELETE FROM "CustomerGroupMember" gm WHERE gm."groupId" = ${group!.id}::uuid AND gm."customerId" IN (
            SELECT c."id" FROM "Customer" c JOIN "User" u ON u."id" = c."userId" WHERE ${where})`;
        break;
      case "activate":
        changed = await tx.$executeRaw`
          UPDATE "User" SET "status" = 'ACTIVE', "updatedAt" = now() WHERE "status" IN ('INACTIVE', 'PENDING') AND "id" IN (
            SELECT c."userId" FROM "Customer" c JOIN "User" u ON u."id" = c."userId" WHERE ${where})`;
        // Approved sign-ups with a referrer now earn their rewards.
        await recordReferredSignUps(tx, Prisma.sql`SELECT c."id" FROM "Customer" c JOIN "User" u ON u."id" = c."userId" WHERE ${where}`);
        break;
      case "deactivate":
        changed = await tx.$executeRaw`
          UPDATE "User" SET "status" = 'INACTIVE', "sessionVersion" = "sessionVersion" + 1, "updatedAt" = now()
          WHERE "status" = 'ACTIVE' AND "id" IN (
            SELECT c."userId" FROM "Customer" c JOIN "User" u ON u."id" = c."userId" WHERE ${where})
          AND NOT EXISTS (${staffRoleOf(Prisma.sql`"User"."id"`)})`;
        break;
    }
    await recordAudit(tx, actor, `customer.bulk.${input.action}`, { type: "customer", id: "*", label: group?.name ?? input.action }, {
      changed: { from: null, to: changed },
      ...(input.ids ? { ids: { from: null, to: input.ids } } : { filter: { from: null, to: input.filter ?? {} } }),
    });
    return { changed };
  });
}
