/** Every action the audit log records; each has a label `audit.actions.<action>`. Later issues add theirs. */
export const AUDIT_ACTIONS = [
  "role.create",
  "role.update",
  "role.delete",
  "setting.defaultRole",
  "user.roles",
  "staff.create",
  "staff.activate",
  "staff.deactivate",
  "customer.create",
  "customer.update",
  "customer.delete",
  "customer.password",
  "customer.username",
  "customer.block",
  "customer.unblock",
  "customer.activate",
  "customer.deactivate",
  "customer.approve",
  "customer.note",
  "customer.sms",
  "customer.impersonate",
  "customer.impersonateEnd",
  "customer.bulk.addToGroup",
  "customer.bulk.removeFromGroup",
  "customer.bulk.activate",
  "customer.bulk.deactivate",
  "customField.create",
  "customField.update",
  "customField.delete",
  "customField.reorder",
  "settings.customers",
  "settings.store",
  "group.create",
  "group.update",
  "group.delete",
  "group.addMembers",
  "group.removeMembers",
  "setting.defaultGroup",
  "warehouse.create",
  "warehouse.update",
  "warehouse.delete",
  "shippingMethod.create",
  "shippingMethod.update",
  "shippingMethod.delete",
  "paymentMethod.create",
  "paymentMethod.update",
  "paymentMethod.delete",
  "category.create",
  "category.update",
  "category.delete",
  "brand.create",
  "brand.update",
  "brand.delete",
  "product.create",
  "product.update",
  "product.delete",
  "restriction.update",
  "orderLimit.create",
  "orderLimit.update",
  "orderLimit.delete",
  "order.status",
  "customer.ratingRequest",
] as const;

export const AUDIT_TARGETS = [
  "role", "user", "setting", "customer", "customField", "settings", "group", "warehouse", "shippingMethod", "paymentMethod", "category", "brand", "product", "orderLimit", "order",
] as const;

/** The keyset cursor in a URL: "<ISO time>~<id>". */
export const encodeCursor = (c: { createdAt: Date; id: string }) => `${c.createdAt.toISOString()}~${c.id}`;

export function decodeCursor(raw: string | undefined): { createdAt: Date; id: string } | undefined {
  const [time, id] = raw?.split("~") ?? [];
  const createdAt = new Date(time ?? "");
  return id && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : undefined;
}
