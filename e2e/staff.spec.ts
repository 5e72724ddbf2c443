import { expect, test } from "@playwright/test";
import { DEMO, fillSignIn, msg, signIn, uniqueName } from "./helpers";

test("staff: created with a role, limited by it, and signed out when deactivated", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin.username, DEMO.admin.password);

  // A "support" role that may read customers and roles, but not edit roles.
  const roleName = `Support ${uniqueName("")}`;
  await admin.goto("/en/admin/roles/new");
  await admin.getByLabel(msg("en", "roles.editor.name")).fill(roleName);
  const customers = admin.getByRole("group", { name: msg("en", "permissionGroups.customers") });
  await customers.getByRole("checkbox", { name: msg("en", "permissions.customers.read") }).check();
  const roles = admin.getByRole("group", { name: msg("en", "permissionGroups.roles") });
  await roles.getByRole("checkbox", { name: msg("en", "permissions.roles.read") }).check();
  await admin.getByRole("button", { name: msg("en", "roles.editor.create") }).click();
  await expect(admin).toHaveURL(/\/en\/admin\/roles\/[0-9a-f-]{36}$/);

  // The staff account.
  const username = uniqueName("support");
  await admin.goto("/en/admin/staff");
  await admin.getByRole("button", { name: msg("en", "staff.create.open") }).click();
  await admin.getByLabel(msg("en", "staff.create.name")).fill("Dana Support");
  await admin.getByLabel(msg("en", "staff.create.username")).fill(username);
  await admin.getByLabel(msg("en", "staff.create.password")).fill("dana-pass-12");
  await admin.getByRole("button", { name: msg("en", "staff.create.submit") }).click();
  await expect(admin.locator('[data-field-error="roleIds"]')).toHaveText(msg("en", "validation.pickRole"));
  await admin.getByRole("checkbox", { name: roleName }).check();
  await admin.getByRole("button", { name: msg("en", "staff.create.submit") }).click();
  await expect(admin.getByTestId("form-success")).toHaveText(msg("en", "staff.create.done"));
  const row = admin.getByTestId("staff-list").getByRole("listitem").filter({ hasText: username });
  await expect(row).toContainText(roleName);

  // The staff member signs in: the panel shows what the role allows, the roles editor is closed.
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, username, "dana-pass-12", "en");
  await expect(staff).toHaveURL(/\/en\/admin$/);
  const nav = staff.getByRole("navigation", { name: msg("en", "admin.title") });
  await expect(nav.getByRole("link", { name: msg("en", "admin.nav.customers"), exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: msg("en", "admin.nav.audit"), exact: true })).toHaveCount(0);
  await staff.goto("/en/admin/roles");
  await expect(staff.getByTestId("roles-table")).toBeVisible();
  await expect(staff.getByRole("link", { name: msg("en", "roles.list.new") })).toHaveCount(0);
  const editor = await staff.goto("/en/admin/roles/new");
  expect(editor?.status()).toBe(403);
  await expect(staff.getByTestId("forbidden")).toBeVisible();
  expect((await staff.goto("/en/admin/audit"))?.status()).toBe(403);

  // Deactivated: the open session ends at once and sign-in is refused with the reason.
  await row.getByRole("button", { name: msg("en", "staff.list.deactivate") }).click();
  await expect(row).toContainText(msg("en", "staff.status.INACTIVE"));
  await staff.goto("/en/admin");
  await expect(staff).toHaveURL(/\/en\/sign-in/);
  await fillSignIn(staff, username, "dana-pass-12", "en");
  await expect(staff.getByTestId("form-error")).toHaveText(msg("en", "auth.signIn.refused.inactive"));

  await admin.goto(`/en/admin/audit?action=staff.deactivate&target=${username}`);
  await expect(admin.getByTestId("audit-table")).toContainText(username);
});
