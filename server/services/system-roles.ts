import "server-only";
import type { Db } from "../db";
import { SYSTEM_ROLES, type SystemRoleKey } from "../permissions";
import { SETTING, getSetting, setSetting } from "./settings";

// Names stored for the system roles; pages show them translated (`roles.system.<key>`).
const SYSTEM_ROLE_NAMES: Record<SystemRoleKey, string> = { admin: "مدیر کل", customer: "مشتری فروشگاه" };

/**
 * Makes sure the system roles exist, the admin role holds every admin permission of the catalog
 * (so permissions added by later releases reach it), and a default role is set. Runs on every start.
 */
export async function ensureSystemRoles(db: Db): Promise<Record<SystemRoleKey, string>> {
  return db.$transaction(async (tx) => {
    const ids = {} as Record<SystemRoleKey, string>;
    for (const key of Object.keys(SYSTEM_ROLES) as SystemRoleKey[]) {
      // Two processes starting on a new database at once: one creates, the other skips.
      const { count: created } = await tx.role.createMany({ data: [{ key, name: SYSTEM_ROLE_NAMES[key] }], skipDuplicates: true });
      const role = await tx.role.findUniqueOrThrow({ where: { key }, select: { id: true } });
      ids[key] = role.id;
      // The customer role's permissions are the store's to edit; only a new one gets the defaults.
      if (key === "admin" || created > 0) {
        await tx.rolePermission.createMany({
          data: SYSTEM_ROLES[key].map((permission) => ({ roleId: role.id, permission })),
          skipDuplicates: true,
        });
      }
    }
    if (!(await getSetting(tx, SETTING.defaultRoleId))) await setSetting(tx, SETTING.defaultRoleId, ids.customer);
    return ids;
  });
}
