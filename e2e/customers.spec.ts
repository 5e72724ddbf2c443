import { expect, test, type Page } from "@playwright/test";
import { DEMO, fillSignIn, msg, signIn, uniqueMobile, uniqueName } from "./helpers";

/** A valid Iranian national code nobody has used in this run, typed in Persian digits. */
function nationalCode(): { latin: string; persian: string } {
  const base = Array.from({ length: 9 }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10)));
  const sum = base.reduce((acc, d, i) => acc + d * (10 - i), 0) % 11;
  const latin = [...base, sum < 2 ? sum : 11 - sum].join("");
  return { latin, persian: latin.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!) };
}

const rowOf = (page: Page, username: string) => page.locator(`[data-testid="customer-row"][data-username="${username}"]`);

async function chooseAction(page: Page, username: string, name: string, action: string) {
  await rowOf(page, username).getByRole("button", { name: msg("fa", "customers.actions.menu").replace("{name}", name) }).click();
  await page.getByRole("menuitem", { name: msg("fa", `customers.actions.${action}`), exact: true }).click();
}

test("customers: created in fa with a national code, found with Arabic letters, blocked, unblocked, impersonated", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin.username, DEMO.admin.password);
  const username = uniqueName("zeinab");
  const name = `زینب کریمی ${username.slice(-4)}`;
  const code = nationalCode();

  // Create: a wrong checksum is refused beside the field, the right one (in Persian digits) passes.
  await admin.goto("/fa/admin/customers/new");
  await admin.getByLabel(`${msg("fa", "customers.form.username")} *`).fill(username);
  await admin.getByLabel(`${msg("fa", "customers.form.password")} *`).fill("zeinab-pass-1");
  await admin.getByLabel(`${msg("fa", "customers.form.name")} *`).fill(name);
  await admin.getByLabel(msg("fa", "customers.form.mobile")).fill(uniqueMobile());
  await admin.getByLabel(msg("fa", "customers.form.nationalCode")).fill("۱۲۳۴۵۶۷۸۹۰");
  await admin.getByRole("checkbox", { name: "مشتریان ویژه" }).check();
  await admin.getByRole("button", { name: msg("fa", "customers.form.create") }).click();
  await expect(admin.locator('[data-field-error="nationalCode"]')).toHaveText(msg("fa", "validation.nationalCodeInvalid"));
  await admin.getByLabel(msg("fa", "customers.form.nationalCode")).fill(code.persian);
  await admin.getByRole("button", { name: msg("fa", "customers.form.create") }).click();
  await expect(admin).toHaveURL(/\/fa\/admin\/customers\/[0-9a-f-]{36}$/);
  const card = admin.getByTestId("customer-card");
  await expect(card).toContainText(name);
  await expect(card).toContainText("مشتریان ویژه");
  await expect(admin.getByText(code.latin)).toBeVisible();

  // Search with Arabic letters (ي and ك) finds the Persian spelling.
  await admin.goto("/fa/admin/customers");
  await admin.getByRole("searchbox", { name: msg("fa", "customers.filters.q") }).fill(name.replace("ی", "ي").replace("ک", "ك"));
  await admin.getByRole("button", { name: msg("fa", "customers.filters.apply"), exact: true }).click();
  await expect(admin).toHaveURL(/q=/);
  await expect(admin.getByTestId("customer-row")).toHaveCount(1);
  await expect(rowOf(admin, username).getByTestId("status-badge")).toHaveAttribute("data-status", "ACTIVE");

  // Block with a reason: the badge says so, and the customer cannot sign in.
  await chooseAction(admin, username, name, "block");
  const dialog = admin.getByRole("dialog");
  await dialog.getByLabel(msg("fa", "customers.actions.blockReason")).selectOption("fraud");
  await dialog.getByLabel(msg("fa", "customers.actions.blockDetails")).fill("سفارش‌های جعلی با کارت دزدی");
  await dialog.getByRole("button", { name: msg("fa", "customers.actions.blockSubmit") }).click();
  await expect(rowOf(admin, username).getByTestId("status-badge")).toHaveAttribute("data-status", "BLOCKED");
  await expect(rowOf(admin, username)).toContainText(msg("fa", "customers.list.blockReasons.fraud"));

  const customer = await (await browser.newContext()).newPage();
  await customer.goto("/fa/sign-in");
  await fillSignIn(customer, username, "zeinab-pass-1");
  await expect(customer.getByTestId("form-error")).toHaveText(msg("fa", "auth.signIn.refused.blocked"));

  // The card beside the list shows the reason and the details.
  await rowOf(admin, username).getByRole("link", { name }).click();
  await expect(admin.getByTestId("block-reason")).toContainText("سفارش‌های جعلی با کارت دزدی");

  // Unblock: active again, and the customer signs in.
  await chooseAction(admin, username, name, "unblock");
  await expect(rowOf(admin, username).getByTestId("status-badge")).toHaveAttribute("data-status", "ACTIVE");
  await fillSignIn(customer, username, "zeinab-pass-1");
  await expect(customer).toHaveURL(/\/fa\/account$/);

  // Sign in as the customer: their account with a banner, and one click back to their card.
  await chooseAction(admin, username, name, "impersonate");
  await expect(admin).toHaveURL(/\/fa\/account$/);
  const banner = admin.getByTestId("impersonation-banner");
  await expect(banner).toContainText(name);
  await admin.goto("/fa/account/profile");
  await expect(admin.getByTestId("impersonation-banner")).toBeVisible();
  await admin.getByRole("button", { name: msg("fa", "account.impersonation.back") }).click();
  await expect(admin).toHaveURL(/\/fa\/admin\/customers\/[0-9a-f-]{36}$/);
  await expect(admin.getByTestId("customer-card")).toContainText(name);

  // Both ends of the visit are in the audit log.
  await admin.goto(`/fa/admin/audit?action=customer.impersonate&target=${username}`);
  await expect(admin.getByTestId("audit-table")).toContainText(username);
});

test("customers: the list reads in ar and en, filters live in the URL", async ({ page }) => {
  await signIn(page, DEMO.admin.username, DEMO.admin.password, "ar");
  await page.goto("/ar/admin/customers?status=BLOCKED");
  await expect(page.getByRole("heading", { name: msg("ar", "customers.title"), level: 1 })).toBeVisible();
  // Other journeys may block customers meanwhile: every row is blocked, the demo's among them.
  await expect(rowOf(page, "blocked").getByTestId("status-badge")).toHaveText(msg("ar", "customers.status.BLOCKED"));
  for (const badge of await page.getByTestId("status-badge").all()) await expect(badge).toHaveAttribute("data-status", "BLOCKED");
  await page.goto("/en/admin/customers?status=PENDING");
  await expect(page.getByTestId("customer-row").first()).toContainText(msg("en", "customers.status.PENDING"));
  // Sorting by name keeps the filter.
  await page.getByRole("link", { name: msg("en", "customers.list.sortBy").replace("{column}", msg("en", "customers.list.columns.name")) }).click();
  await expect(page).toHaveURL(/status=PENDING/);
  await expect(page).toHaveURL(/sort=name/);
});

test("addresses: a customer adds two addresses and changes the default", async ({ page }) => {
  await signIn(page, DEMO.customer.username, DEMO.customer.password, "en");
  await page.goto("/en/account/addresses");
  const add = async (title: string, postal: string) => {
    await page.getByRole("button", { name: msg("en", "account.addresses.add") }).click();
    const form = page.getByRole("dialog");
    await form.getByLabel(`${msg("en", "account.addresses.fields.title")} *`).fill(title);
    await form.getByLabel(`${msg("en", "account.addresses.fields.recipientName")} *`).fill("Sara Mohammadi");
    await form.getByLabel(`${msg("en", "account.addresses.fields.mobile")} *`).fill("09121234567");
    await form.getByLabel(`${msg("en", "account.addresses.fields.city")} *`).fill("Tehran");
    await form.getByLabel(`${msg("en", "account.addresses.fields.street")} *`).fill("Valiasr St.");
    await form.getByLabel(`${msg("en", "account.addresses.fields.postalCode")} *`).fill(postal);
    await form.getByRole("button", { name: msg("en", "account.addresses.save") }).click();
  };
  const home = uniqueName("Home ");
  await add(home, "123");
  await expect(page.locator('[data-field-error="postalCode"]')).toHaveText(msg("en", "validation.postalCodeInvalid"));
  await page.getByRole("dialog").getByLabel(`${msg("en", "account.addresses.fields.postalCode")} *`).fill("1234567890");
  await page.getByRole("dialog").getByRole("button", { name: msg("en", "account.addresses.save") }).click();
  const homeCard = page.getByTestId("addresses").getByRole("listitem").filter({ hasText: home });
  await expect(homeCard).toBeVisible();
  const work = uniqueName("Work ");
  await add(work, "۱۲۳۴۵۶۷۸۹۰");
  const workCard = page.getByTestId("addresses").getByRole("listitem").filter({ hasText: work });
  await expect(workCard).toContainText("1234567890");
  await workCard.getByRole("button", { name: msg("en", "account.addresses.makeDefault") }).click();
  await expect(workCard.getByTestId("default-address")).toBeVisible();
  await expect(homeCard.getByTestId("default-address")).toHaveCount(0);
});

test("custom fields: defined in en, asked at sign-up, filtered on; bulk add to a group", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin.username, DEMO.admin.password, "en");
  const label = uniqueName("Skin type ");
  await admin.goto("/en/admin/customers/fields");
  await admin.getByRole("button", { name: msg("en", "customers.fields.add") }).click();
  const dialog = admin.getByRole("dialog");
  await dialog.getByLabel(msg("en", "customers.fields.labelFa")).fill(`نوع پوست ${label.slice(-4)}`);
  await dialog.getByLabel(msg("en", "customers.fields.labelEn")).fill(label);
  await dialog.getByLabel(msg("en", "customers.fields.type")).selectOption("SELECT");
  await dialog.getByRole("button", { name: msg("en", "customers.fields.save") }).click();
  await expect(dialog.locator('[data-field-error="options"]')).toHaveText(msg("en", "validation.optionsTooFew"));
  for (const [value, en] of [["dry", "Dry"], ["oily", "Oily"]]) {
    await dialog.getByRole("button", { name: msg("en", "customers.fields.addOption") }).click();
    const row = dialog.locator("div.grid").last();
    await row.getByLabel(msg("en", "customers.fields.optionValue")).fill(value);
    await row.getByLabel(msg("en", "customers.fields.labelFa")).fill(value === "dry" ? "خشک" : "چرب");
    await row.getByLabel(msg("en", "customers.fields.labelEn")).fill(en);
  }
  await dialog.getByLabel(msg("en", "customers.fields.showAtSignUp")).check();
  await dialog.getByRole("button", { name: msg("en", "customers.fields.save") }).click();
  await expect(admin.getByTestId("custom-fields")).toContainText(label);

  // A visitor answers it at sign-up.
  const visitor = await (await browser.newContext()).newPage();
  const username = uniqueName("oily");
  await visitor.goto("/en/sign-up");
  await visitor.getByLabel(msg("en", "auth.signUp.name")).fill("Layla Oily");
  await visitor.getByLabel(msg("en", "auth.signUp.username")).fill(username);
  await visitor.getByLabel(msg("en", "auth.signUp.mobile")).fill(uniqueMobile());
  await visitor.getByLabel(msg("en", "auth.signUp.password")).fill("layla-pass-1");
  await visitor.getByLabel(label).selectOption("oily");
  await visitor.getByRole("button", { name: msg("en", "auth.signUp.submit") }).click();
  await expect(visitor).toHaveURL(/\/en\/account$/);

  // The admin filters by the answer, and adds the customers found to a group in one go.
  await admin.goto("/en/admin/customers");
  await admin.getByRole("button", { name: msg("en", "customers.filters.more") }).click();
  await admin.getByLabel(msg("en", "customers.filters.field")).selectOption({ label });
  await admin.getByLabel(msg("en", "customers.filters.option")).selectOption("oily");
  await admin.getByRole("button", { name: msg("en", "customers.filters.apply"), exact: true }).click();
  await expect(admin).toHaveURL(/option=oily/);
  await expect(admin.getByTestId("customer-row")).toHaveCount(1);
  await expect(rowOf(admin, username)).toBeVisible();
  await admin.getByRole("checkbox", { name: msg("en", "customers.bulk.applyToAll") }).check();
  await expect(admin.getByTestId("bulk-target")).toContainText("1");
  await admin.getByLabel(msg("en", "customers.bulk.action"), { exact: true }).selectOption("addToGroup");
  await admin.getByLabel(msg("en", "customers.bulk.group"), { exact: true }).selectOption({ label: "مشتریان ویژه" });
  admin.once("dialog", (d) => d.accept());
  await admin.getByRole("button", { name: msg("en", "customers.bulk.apply") }).click();
  await expect(admin.getByText("1 customer changed")).toBeVisible();
  await expect(rowOf(admin, username)).toContainText("مشتریان ویژه");
});
