import "server-only";
import type { Db, Tx } from "../db";
import { FieldErrors, isUniqueViolation } from "../errors";
import { normalizeMobile } from "@/lib/phone";
import { toLatinDigits } from "@/lib/normalize";

import { diff, recordAudit, type Actor } from "./audit";
import { SETTING, getSetting, setSetting } from "./settings";
import { defaultRoleId, permissionsOf } from "./roles";
import { isStaff } from "../permissions";

// Roles admin: roles and their permissions, the default role, and who holds which role.
// Every write records an audit entry in its own transaction.

const invalid = (path: string, message: string) => new FieldErrors([{ path, message }], "invalid");

// Nobody hands out or takes away admin power they do not hold themselves: a staff member with
// roles.write or staff.write cannot make an administrator, nor demote or deactivate one.
// (Account permissions are customer features, not power over others: they are not limited.)
const adminOnly = (permissions: Iterable<string>) => [...permissions].filter((p) => !p.startsWith("account."));

export async function assertWithinActor(tx: Tx, actor: Actor, permissions: Iterable<string>, path: string) {
  const wanted = adminOnly(permissions);
  if (wanted.length === 0) return;
  const own = new Set(await permissionsOf(tx, actor.userId));
  if (wanted.some((p) => !own.has(p))) throw invalid(path, "errors.roles.beyondYours");
}

export async function permissionsOfRoles(tx: Tx, roleIds: string[]): Promise<string[]> {
  const rows = await tx.rolePermission.findMany({ where: { roleId: { in: roleIds } }, select: { permission: true }, distinct: ["permission"] });
  return rows.map((r) => r.permission);
}

export async function listRoles(db: Db) {
  const [roles, defaultId] = await Promise.all([
    db.role.findMany({
      orderBy: [{ key: { sort: "asc", nulls: "last" } }, { name: "asc" }],
      select: {
        id: true,
        key: true,
        name: true,
        description: true,
        permissions: { select: { permission: true }, orderBy: { permission: "asc" } },
        _count: { select: { users: true } },
      },
    }),
    defaultRoleId(db),
  ]);
  return roles.map(({ permissions, _count, ...r }) => ({
    ...r,
    permissions: permissions.map((p) => p.permission),
    users: _count.users,
    isDefault: r.id === defaultId,
  }));
}

export async function getRole(db: Db, id: string) {
  const role = (await listRoles(db)).find((r) => r.id === id);
  if (!role) throw invalid("id", "errors.notFound");
  return role;
}

interface RoleData {
  name: string;
  description: string;
  permissions: string[];
}

const roleLabel = (r: { name: string }) => r.name;

async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const clash = await tx.role.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new FieldErrors([{ path: "name", message: "errors.roles.nameTaken" }]);
}

/** Unique names also under a race: the index stops the second, the check names the field. */
async function withNameCheck<T>(db: Db, name: string, exceptId: string | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isUniqueViolation(e)) await assertNameFree(db, name, exceptId);
    throw e;
  }
}

export async function createRole(db: Db, actor: Actor, data: RoleData) {
  return withNameCheck(db, data.name, undefined, () =>
    db.$transaction(async (tx) => {
      await assertWithinActor(tx, actor, data.permissions, "permissions");
      await assertNameFree(tx, data.name);
      const role = await tx.role.create({
        data: {
          name: data.name,
          description: data.description || null,
          permissions: { create: [...new Set(data.permissions)].map((permission) => ({ permission })) },
        },
        select: { id: true, name: true },
      });
      await recordAudit(tx, actor, "role.create", { type: "role", id: role.id, label: roleLabel(role) }, diff({}, { ...data }));
      return role;
    }),
  );
}

export async function updateRole(db: Db, actor: Actor, id: string, data: RoleData) {
  return withNameCheck(db, data.name, id, () =>
    db.$transaction(async (tx) => {
      const before = await tx.role.findUnique({
        where: { id },
        select: { key: true, name: true, description: true, permissions: { select: { permission: true } } },
      });
      if (!before) throw invalid("id", "errors.notFound");
      const permissions = [...new Set(data.permissions)];
      const previous = before.permissions.map((p) => p.permission);
      // The admin role holds every admin permission, always: nobody can lock the store out of its panel.
      if (before.key === "admin" && diff({ p: previous }, { p: permissions }).p) {
        throw invalid("permissions", "errors.roles.adminFixed");
      }
      await assertWithinActor(tx, actor, permissions.filter((p) => !previous.includes(p)), "permissions");
      await assertNameFree(tx, data.name, id);
      await tx.role.update({ where: { id }, data: { name: data.name, description: data.description || null } });
      await tx.rolePermission.deleteMany({ where: { roleId: id, permission: { notIn: permissions } } });
      await tx.rolePermission.createMany({ data: permissions.map((permission) => ({ roleId: id, permission })), skipDuplicates: true });
      const changes = diff(
        { name: before.name, description: before.description ?? "", permissions: previous },
        { name: data.name, description: data.description, permissions },
      );
      if (Object.keys(changes).length) await recordAudit(tx, actor, "role.update", { type: "role", id, label: data.name }, changes);
      return { id, name: data.name };
    }),
  );
}

/** Deletes a role the store made; its users move to `moveToRoleId` first (required if it has any). */
export async function deleteRole(db: Db, actor: Actor, id: string, moveToRoleId?: string) {
  return db.$transaction(async (tx) => {
    // Locked: a member added meanwhile waits, and then finds the role gone, instead of being lost.
    await tx.$queryRaw`SELECT 1 FROM "Role" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const role = await tx.role.findUnique({
      where: { id },
      select: { key: true, name: true, permissions: { select: { permission: true } }, _count: { select: { users: true } } },
    });
    if (!role) throw invalid("id", "errors.notFound");
    if (role.key) throw invalid("id", "errors.roles.systemRole");
    if (id === (await getSetting<string>(tx, SETTING.defaultRoleId))) throw invalid("id", "errors.roles.isDefault");
    const holders = role._count.users;
    let target: { name: string; id: string } | null = null;
    if (holders > 0) {
      if (!moveToRoleId) throw invalid("moveToRoleId", "errors.roles.moveRequired");
      target = moveToRoleId === id ? null : await tx.role.findUnique({ where: { id: moveToRoleId }, select: { id: true, name: true } });
      if (!target) throw invalid("moveToRoleId", "errors.invalid");
      await assertWithinActor(tx, actor, await permissionsOfRoles(tx, [target.id]), "moveToRoleId");
      await tx.$executeRaw`
        INSERT INTO "UserRole" ("userId", "roleId") SELECT "userId", ${moveToRoleId}::uuid FROM "UserRole" WHERE "roleId" = ${id}::uuid
        ON CONFLICT DO NOTHING`;
      await tx.userRole.deleteMany({ where: { roleId: id } });
    }
    await tx.role.delete({ where: { id } });
    await recordAudit(tx, actor, "role.delete", { type: "role", id, label: role.name }, {
      permissions: { from: role.permissions.map((p) => p.permission), to: null },
      users: { from: holders, to: 0 },
      ...(target ? { movedTo: { from: null, to: target.name } } : {}),
    });
    return { moved: holders };
  });
}

export async function setDefaultRole(db: Db, actor: Actor, roleId: string) {
  return db.$transaction(async (tx) => {
    const role = await tx.role.findUnique({ where: { id: roleId }, select: { name: true } });
    if (!role) throw invalid("roleId", "errors.notFound");
    const before = await defaultRoleId(tx);
    await setSetting(tx, SETTING.defaultRoleId, roleId);
    if (before !== roleId) {
      const previous = await tx.role.findUnique({ where: { id: before }, select: { name: true } });
      await recordAudit(tx, actor, "setting.defaultRole", { type: "setting", id: SETTING.defaultRoleId, label: role.name }, {
        role: { from: previous?.name ?? null, to: role.name },
      });
    }
  });
}

/** The role's holders, newest first, keyset-paged. */
export async function listMembers(db: Db, roleId: string, limit: number, cursor?: { createdAt: Date; id: string }) {
  const rows = await db.user.findMany({
    where: {
      roles: { some: { roleId } },
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, name: true, username: true, mobile: true, email: true, status: true, createdAt: true, customer: { select: { id: true } } },
  });
  const page = rows.slice(0, limit).map(({ customer, ...u }) => ({ ...u, isCustomer: !!customer }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}

const rolesOf = async (tx: Tx, userId: string) =>
  (await tx.userRole.findMany({ where: { userId }, select: { role: { select: { id: true, name: true } } } })).map((r) => r.role);

/**
 * Refuses a change that would leave the store without an active user holding the admin role.
 * The admin role's row is locked first, so two admins demoting each other at once cannot both pass.
 */
export async function assertAdminRemains(tx: Tx, userId: string, nextRoleIds: string[], active = true, path = "roleIds") {
  const admin = await tx.role.findUnique({ where: { key: "admin" }, select: { id: true } });
  if (!admin) return;
  const holdsAdmin = await tx.userRole.findUnique({ where: { userId_roleId: { userId, roleId: admin.id } }, select: { userId: true } });
  if (!holdsAdmin || (active && nextRoleIds.includes(admin.id))) return;
  await tx.$queryRaw`SELECT 1 FROM "Role" WHERE "id" = ${admin.id}::uuid FOR UPDATE`;
  const others = await tx.user.count({
    where: { id: { not: userId }, status: "ACTIVE", roles: { some: { roleId: admin.id } } },
  });
  if (others === 0) throw invalid(path, "errors.roles.lastAdmin");
}

/** Refuses managing someone with admin permissions beyond the actor's own. */
export async function assertNotAboveActor(tx: Tx, actor: Actor, userId: string, path: string) {
  if (userId !== actor.userId) await assertWithinActor(tx, actor, await permissionsOf(tx, userId), path);
}

/**
 * Changes a user's roles (staff or customer) in one transaction, the user's row locked so that two
 * changes at once do not lose each other's roles. Permissions are the union, applied on the next
 * request.
 */
async function changeUserRoles(db: Db, actor: Actor, userId: string, next: (current: string[]) => string[]) {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ username: string }[]>`SELECT "username" FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw invalid("userId", "errors.notFound");
    const before = await rolesOf(tx, userId);
    const wanted = [...new Set(next(before.map((r) => r.id)))];
    if (wanted.length === 0) throw invalid("userId", "errors.roles.lastRole");
    const known = await tx.role.findMany({ where: { id: { in: wanted } }, select: { id: true } });
    if (known.length !== wanted.length) throw invalid("roleIds", "errors.invalid");
    await assertNotAboveActor(tx, actor, userId, "roleIds");
    await assertWithinActor(tx, actor, await permissionsOfRoles(tx, wanted.filter((id) => !before.some((r) => r.id === id))), "roleIds");
    await assertAdminRemains(tx, userId, wanted);
    await tx.userRole.deleteMany({ where: { userId, roleId: { notIn: wanted } } });
    await tx.userRole.createMany({ data: wanted.map((roleId) => ({ userId, roleId })), skipDuplicates: true });
    const after = await rolesOf(tx, userId);
    const changes = diff({ roles: before.map((r) => r.name) }, { roles: after.map((r) => r.name) });
    if (Object.keys(changes).length) await recordAudit(tx, actor, "user.roles", { type: "user", id: userId, label: locked[0].username }, changes);
    return after;
  });
}

export const setUserRoles = (db: Db, actor: Actor, userId: string, roleIds: string[]) => changeUserRoles(db, actor, userId, () => roleIds);

/** Finds a user by username, e-mail or mobile number (any digits), as sign-in does. */
async function findUserByIdentifier(tx: Tx, identifier: string) {
  const id = toLatinDigits(identifier).trim().toLowerCase();
  const mobile = normalizeMobile(id);
  return tx.user.findFirst({
    where: { OR: [{ username: id }, { email: id }, ...(mobile ? [{ mobile }] : [])] },
    select: { id: true },
  });
}

export async function addMember(db: Db, actor: Actor, roleId: string, identifier: string) {
  const user = await findUserByIdentifier(db, identifier);
  if (!user) throw invalid("identifier", "errors.roles.userNotFound");
  return changeUserRoles(db, actor, user.id, (current) => {
    if (current.includes(roleId)) throw new FieldErrors([{ path: "identifier", message: "errors.roles.alreadyMember" }]);
    return [...current, roleId];
  });
}

/** Everyone keeps at least one role: without one a user could do nothing at all. */
export const removeMember = (db: Db, actor: Actor, roleId: string, userId: string) =>
  changeUserRoles(db, actor, userId, (current) => current.filter((id) => id !== roleId));

/** A staff account must hold some admin permission, or it could open neither portal. */
export async function assertStaffRoles(tx: Tx, roleIds: string[]) {
  if (!isStaff(await permissionsOfRoles(tx, roleIds))) throw invalid("roleIds", "errors.staff.needsAdminRole");
}
