import type { CustomerAbilities } from "./customer-actions";

/** What the signed-in staff user may do to customers, from their permissions. */
export const customerAbilities = (permissions: string[]): CustomerAbilities => ({
  write: permissions.includes("customers.write"),
  delete: permissions.includes("customers.delete"),
  impersonate: permissions.includes("customers.impersonate"),
  message: permissions.includes("customers.message"),
  pointsRead: permissions.includes("points.read"),
  pointsWrite: permissions.includes("points.write"),
  walletRead: permissions.includes("wallet.read"),
  walletWrite: permissions.includes("wallet.write"),
});
