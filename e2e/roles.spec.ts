import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, msg, signIn, signUpCustomer, uniqueName } from "./helpers";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("an admin creates a VIP role, gives it to a customer, and the customer's account navigation changes (A-3)", async ({ browser }) => {
  const customer = await newPage(browser);
  const username = await signUpCustomer(customer, { name: "آرش کیانی", username: uniqueName("vip"), password: "arash-pass-1" });
  const accountNav = customer.getByRole("navigation", { name: msg("fa", "account.title") });
  const referrals = accountNav.getByRole("link", { name: msg("fa", "account.nav.referrals") });
  await expect(accountNav.getByRole("link", { name: msg("fa", "account.nav.orders") })).toBeVisible();
  await expect(referrals).toHaveCount(0);
  // Every customer has a referral code and link on the overview (issue 7, P-5); the Referrals
  // section, with whom they referred, is what a role adds.
  const code = (await customer.getByTestId("referral-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{6,}$/);
  await expect(customer.getByTestId("referral-link")).toHaveValue(new RegExp(`/fa/sign-up\\?ref=${code}$`));

  const admin = await newPage(browser);
  await signIn(admin, DEMO.admin.username, DEMO.admin.password);
  await admin.goto("/fa/admin/roles");
  await admin.getByRole("link", { name: msg("fa", "roles.list.new") }).click();
  const roleName = `مشتری ویژه ${uniqueName("")}`;
  await admin.getByLabel(msg("fa", "roles.editor.name")).fill(roleName);
  await admin.getByRole("checkbox", { name: msg("fa", "permissions.account.referrals") }).check();
  await admin.getByRole("button", { name: msg("fa", "roles.editor.create") }).click();
  await expect(admin).toHaveURL(/\/fa\/admin\/roles\/[0-9a-f-]{36}$/);
  await expect(admin.getByRole("heading", { name: roleName })).toBeVisible();

  await admin.getByLabel(msg("fa", "roles.members.identifier")).fill(username);
  await admin.getByRole("button", { name: msg("fa", "roles.members.add") }).click();
  await expect(admin.getByTestId("role-members")).toContainText(username);

  // The customer's very next request sees the new role: no sign-out needed.
  await customer.reload();
  await expect(referrals).toBeVisible();
  await referrals.click();
  await expect(customer).toHaveURL(/\/fa\/account\/referrals$/);

  // The change is in the audit log, with the actor.
  await admin.goto(`/fa/admin/audit?action=role.create&target=${encodeURIComponent(roleName)}`);
  const row = admin.getByTestId("audit-table").getByRole("row").filter({ hasText: roleName });
  await expect(row).toContainText("admin");
  await expect(row).toContainText(msg("fa", "permissions.account.referrals"));
  await admin.goto(`/fa/admin/audit?action=user.roles&target=${username}`);
  await expect(admin.getByTestId("audit-table")).toContainText(roleName);
});

test("'select all' in a group of the matrix picks every permission of that area", async ({ page }) => {
  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  await page.goto("/en/admin/roles/new");
  const group = page.getByRole("group", { name: msg("en", "permissionGroups.customers") });
  await group.getByRole("checkbox", { name: msg("en", "roles.editor.selectAll").replace("{group}", msg("en", "permissionGroups.customers")) }).check();
  await expect(group.getByRole("checkbox", { checked: true })).toHaveCount(8); // 7 permissions + "all"
  await group.getByRole("checkbox", { name: msg("en", "permissions.customers.export") }).uncheck();
  await expect(group.getByRole("checkbox", { checked: true })).toHaveCount(6);
});

test("a role name already in use is refused on the name field", async ({ page }) => {
  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  await page.goto("/en/admin/roles/new");
  await page.getByLabel(msg("en", "roles.editor.name")).fill("مشتری فروشگاه");
  await page.getByRole("button", { name: msg("en", "roles.editor.create") }).click();
  await expect(page.locator('[data-field-error="name"]')).toHaveText(msg("en", "errors.roles.nameTaken"));
});
