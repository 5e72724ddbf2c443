// The one list of permissions. A role holds a subset; a user's permissions are the union of their
// roles'. Labels are messages: `permissions.<group>.<action>` and `permissionGroups.<group>`.
// In lib/ because the role editor's matrix and the zod schemas need it too; server code imports it
// through server/permissions.ts.

export const ADMIN_PERMISSIONS = {
  dashboard: ["read"],
  customers: ["read", "write", "delete", "impersonate", "export", "import", "message"],
  groups: ["read", "write", "delete"],
  restrictions: ["read", "write"],
  orderLimits: ["read", "write"],
  catalog: ["read", "write"],
  orders: ["read", "write"],
  points: ["read", "write"],
  wallet: ["read", "write"],
  commissions: ["read", "write"],
  notifications: ["read", "write"],
  campaigns: ["read", "write"],
  contact: ["read", "delete"],
  reviews: ["read", "write", "delete"],
  polls: ["read", "write", "delete"],
  inbox: ["read", "write"],
  departments: ["read", "write"],
  roles: ["read", "write"],
  staff: ["read", "write"],
  audit: ["read"],
  settings: ["read", "write"],
} as const;

/** What a customer's role may allow in the account area. */
export const ACCOUNT_PERMISSIONS = {
  account: [
    "profile",
    "addresses",
    "orders",
    "wallet",
    "points",
    "referrals",
    "wishlist",
    "inbox",
    "notifications",
    "polls",
    "reviews",
  ],
} as const;

type Keys<T extends Record<string, readonly string[]>> = {
  [G in keyof T & string]: `${G}.${T[G][number]}`;
}[keyof T & string];

export type AdminPermission = Keys<typeof ADMIN_PERMISSIONS>;
export type AccountPermission = Keys<typeof ACCOUNT_PERMISSIONS>;
export type Permission = AdminPermission | AccountPermission;

const flatten = (groups: Record<string, readonly string[]>) =>
  Object.entries(groups).flatMap(([group, actions]) => actions.map((a) => `${group}.${a}`));

export const ALL_ADMIN_PERMISSIONS = flatten(ADMIN_PERMISSIONS) as AdminPermission[];
export const ALL_ACCOUNT_PERMISSIONS = flatten(ACCOUNT_PERMISSIONS) as AccountPermission[];
export const ALL_PERMISSIONS: Permission[] = [...ALL_ADMIN_PERMISSIONS, ...ALL_ACCOUNT_PERMISSIONS];

const known = new Set<string>(ALL_PERMISSIONS);
export const isPermission = (value: string): value is Permission => known.has(value);

/** Staff are users holding at least one admin permission; only they may open /admin. */
export const isStaff = (permissions: readonly string[]) => permissions.some((p) => !p.startsWith("account."));

/** The system roles the seed creates; their names are translated (`roles.system.<key>`). */
export const SYSTEM_ROLES = {
  admin: ALL_ADMIN_PERMISSIONS as Permission[],
  // Everything in the account area but referrals: a referral program pays commissions (P-3), so a
  // store opts in — for everyone by adding it here, or for chosen customers with a role like "VIP".
  customer: ALL_ACCOUNT_PERMISSIONS.filter((p) => p !== "account.referrals") as Permission[],
} as const;
export type SystemRoleKey = keyof typeof SYSTEM_ROLES;
