import "server-only";
import type { Db } from "../db";
import { FieldErrors, isUniqueViolation } from "../errors";
import { recordAudit, type Actor } from "./audit";
import { hashPassword } from "./passwords";
import { assertAdminRemains, assertNotAboveActor, assertStaffRoles, assertWithinActor, permissionsOfRoles } from "./role-admin";
import { assertUnique } from "./users";

// Staff accounts (issue 3): users without a customer record, whose roles open the admin panel.

export async function listStaff(db: Db, limit: number, cursor?: { createdAt: Date; id: string }) {
  const rows = await db.user.findMany({
    where: {
      customer: null,
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      name: true,
      username: true,
      email: true,
      mobile: true,
      status: true,
      lastSignInAt: true,
      createdAt: true,
      roles: { select: { role: { select: { id: true, key: true, name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  const page = rows.slice(0, limit).map(({ roles, ...u }) => ({ ...u, roles: roles.map((r) => r.role) }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}

export interface NewStaff {
  name: string;
  username: string;
  email: string | null;
  mobile: string | null;
  password: string;
  roleIds: string[];
}

export async function createStaff(db: Db, actor: Actor, data: NewStaff) {
  const passwordHash = await hashPassword(data.password); // slow: outside the transaction
  const roleIds = [...new Set(data.roleIds)];
  try {
    return await db.$transaction(async (tx) => {
      await assertUnique(tx, data);
      const roles = await tx.role.findMany({ where: { id: { in: roleIds } }, select: { id: true, name: true } });
      if (roles.length !== roleIds.length) throw new FieldErrors([{ path: "roleIds", message: "errors.invalid" }], "invalid");
      await assertStaffRoles(tx, roleIds);
      await assertWithinActor(tx, actor, await permissionsOfRoles(tx, roleIds), "roleIds");
      const user = await tx.user.create({
        data: {
          name: data.name,
          username: data.username,
          email: data.email,
          mobile: data.mobile,
          passwordHash,
          roles: { create: roleIds.map((roleId) => ({ roleId })) },
        },
        select: { id: true, username: true },
      });
      await recordAudit(tx, actor, "staff.create", { type: "user", id: user.id, label: user.username }, {
        name: { from: null, to: data.name },
        username: { from: null, to: data.username },
        email: { from: null, to: data.email },
        mobile: { from: null, to: data.mobile },
        roles: { from: null, to: roles.map((r) => r.name) },
      });
      return user;
    });
  } catch (e) {
    if (isUniqueViolation(e)) await assertUnique(db, data);
    throw e;
  }
}

/** Deactivating signs the user out everywhere at once (sessionVersion); reactivating needs a new sign-in. */
export async function setStaffActive(db: Db, actor: Actor, userId: string, active: boolean) {
  if (!active && userId === actor.userId) throw new FieldErrors([{ path: "userId", message: "errors.staff.self" }], "invalid");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { username: true, status: true, customer: { select: { id: true } } } });
    if (!user || user.customer) throw new FieldErrors([{ path: "userId", message: "errors.notFound" }], "invalid");
    const status = active ? "ACTIVE" : "INACTIVE";
    if (user.status === status) return;
    await assertNotAboveActor(tx, actor, userId, "userId");
    if (!active) await assertAdminRemains(tx, userId, [], false);
    await tx.user.update({ where: { id: userId }, data: { status, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, active ? "staff.activate" : "staff.deactivate", { type: "user", id: userId, label: user.username }, {
      status: { from: user.status, to: status },
    });
  });
}
