// The sections of the two portals: their slugs (URL segment and message key) and the permission
// that opens each. The navigation shows a user only the sections their roles allow.

export interface Section {
  slug: string;
  permission: string;
  /** Built sections have their own page; the others show an empty state saying what is coming. */
  ready?: boolean;
}

export const ADMIN_SECTION_GROUPS: { group: string; sections: Section[] }[] = [
  {
    group: "customers",
    sections: [
      { slug: "customers", permission: "customers.read", ready: true },
      { slug: "groups", permission: "groups.read", ready: true },
      { slug: "restrictions", permission: "restrictions.read", ready: true },
      { slug: "order-limits", permission: "orderLimits.read", ready: true },
      { slug: "import-export", permission: "customers.import" },
    ],
  },
  {
    group: "catalog",
    sections: [
      { slug: "orders", permission: "orders.read", ready: true },
      { slug: "products", permission: "catalog.read", ready: true },
      { slug: "categories", permission: "catalog.read", ready: true },
      { slug: "brands", permission: "catalog.read", ready: true },
      { slug: "warehouses", permission: "catalog.read", ready: true },
      { slug: "shipping-methods", permission: "catalog.read", ready: true },
      { slug: "payment-methods", permission: "catalog.read", ready: true },
    ],
  },
  {
    group: "loyalty",
    sections: [
      { slug: "points", permission: "points.read", ready: true },
      { slug: "wallet", permission: "wallet.read", ready: true },
      { slug: "commissions", permission: "commissions.read", ready: true },
    ],
  },
  {
    group: "communication",
    sections: [
      { slug: "notifications", permission: "notifications.read" },
      { slug: "campaigns", permission: "campaigns.read" },
      { slug: "inbox", permission: "inbox.read", ready: true },
      { slug: "departments", permission: "departments.read", ready: true },
      { slug: "deliveries", permission: "notifications.read", ready: true },
      { slug: "contact", permission: "contact.read", ready: true },
      { slug: "reviews", permission: "reviews.read", ready: true },
      { slug: "polls", permission: "polls.read", ready: true },
    ],
  },
  {
    group: "system",
    sections: [
      { slug: "roles", permission: "roles.read" },
      { slug: "staff", permission: "staff.read" },
      { slug: "audit", permission: "audit.read" },
      { slug: "settings", permission: "settings.read", ready: true },
    ],
  },
];

export const ADMIN_SECTIONS: Section[] = ADMIN_SECTION_GROUPS.flatMap((g) => g.sections);

export const ACCOUNT_SECTIONS: Section[] = [
  { slug: "profile", permission: "account.profile", ready: true },
  { slug: "addresses", permission: "account.addresses", ready: true },
  { slug: "shop", permission: "account.orders", ready: true },
  { slug: "cart", permission: "account.orders", ready: true },
  { slug: "orders", permission: "account.orders", ready: true },
  { slug: "wallet", permission: "account.wallet", ready: true },
  { slug: "points", permission: "account.points", ready: true },
  { slug: "referrals", permission: "account.referrals", ready: true },
  { slug: "wishlist", permission: "account.wishlist", ready: true },
  { slug: "inbox", permission: "account.inbox", ready: true },
  { slug: "notifications", permission: "account.notifications" },
  { slug: "polls", permission: "account.polls", ready: true },
  { slug: "reviews", permission: "account.reviews", ready: true },
];

export const allowedSections = (sections: Section[], permissions: readonly string[]) =>
  sections.filter((s) => permissions.includes(s.permission));
