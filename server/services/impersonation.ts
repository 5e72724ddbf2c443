import "server-only";
import type { Db } from "../db";
import { FieldErrors } from "../errors";
import { recordAudit, type Actor } from "./audit";
import { loadCustomer } from "./customers";
import { permissionsOf } from "./roles";
import { isStaff } from "../permissions";

// "Sign in as the customer" (C-4): a staff user with customers.impersonate views the account area
// as the customer. The staff user's own token stays theirs (the customer's password is never
// involved); it carries the id of an Impersonation row, which the jwt callback checks on every
// request, so ending it — or losing the permission — ends the view at once. Audited both ways.

/** A ticket may be bound to the token only shortly after it was issued. */
const BIND_WINDOW_MS = 2 * 60_000;

export async function startImpersonation(db: Db, actor: Actor, customerId: string) {
  return db.$transaction(async (tx) => {
    const c = await loadCustomer(tx, customerId);
    if (c.user.status === "BLOCKED" || c.user.status === "INACTIVE") {
      throw new FieldErrors([{ path: "id", message: "errors.customers.impersonateInactive" }], "invalid");
    }
    // A customer who is also staff is never viewed as: the view would carry their panel rights.
    if (isStaff(await permissionsOf(tx, c.userId))) {
      throw new FieldErrors([{ path: "id", message: "errors.customers.impersonateStaff" }], "invalid");
    }
    await tx.impersonation.updateMany({ where: { actorId: actor.userId, endedAt: null }, data: { endedAt: new Date() } });
    const ticket = await tx.impersonation.create({ data: { actorId: actor.userId, targetId: c.userId }, select: { id: true } });
    await recordAudit(tx, actor, "customer.impersonate", { type: "customer", id: c.id, label: c.user.username });
    return { ticket: ticket.id };
  });
}

/** Whether `actorId` may bind this ticket to their token now. */
export async function canBindTicket(db: Db, ticket: string, actorId: string): Promise<boolean> {
  const row = await db.impersonation.findFirst({
    where: { id: ticket, actorId, endedAt: null, createdAt: { gte: new Date(Date.now() - BIND_WINDOW_MS) } },
    select: { id: true },
  });
  return row !== null;
}

export interface ImpersonatedState {
  userId: string;
  customerId: string;
  name: string;
  email: string | null;
  permissions: string[];
}

/** The customer seen through a live ticket; null when it ended, the actor lost the right, or the customer left. */
export async function impersonatedState(db: Db, ticket: string, actorId: string): Promise<ImpersonatedState | null> {
  const row = await db.impersonation.findFirst({
    where: { id: ticket, actorId, endedAt: null },
    select: { target: { select: { id: true, name: true, email: true, status: true, customer: { select: { id: true, deletedAt: true } } } } },
  });
  const t = row?.target;
  if (!t || !t.customer || t.customer.deletedAt || (t.status !== "ACTIVE" && t.status !== "PENDING")) return null;
  if (!(await permissionsOf(db, actorId)).includes("customers.impersonate")) return null;
  // Only the account area's rights: a panel right granted to the customer later never reaches the viewer.
  const permissions = (await permissionsOf(db, t.id)).filter((p) => p.startsWith("account."));
  return { userId: t.id, customerId: t.customer.id, name: t.name, email: t.email, permissions };
}

/** Ends the view; returns the customer's id for the way back to their card. */
export async function endImpersonation(db: Db, actor: Actor, ticket: string): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const row = await tx.impersonation.findFirst({
      where: { id: ticket, actorId: actor.userId },
      select: { endedAt: true, target: { select: { username: true, customer: { select: { id: true } } } } },
    });
    if (!row) return null;
    const customerId = row.target.customer?.id ?? null;
    if (!row.endedAt) {
      await tx.impersonation.update({ where: { id: ticket }, data: { endedAt: new Date() } });
      await recordAudit(tx, actor, "customer.impersonateEnd", { type: "customer", id: customerId ?? "", label: row.target.username });
    }
    return customerId;
  });
}
