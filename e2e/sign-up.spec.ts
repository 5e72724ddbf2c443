import { expect, test } from "@playwright/test";
import { msg, uniqueMobile, uniqueName } from "./helpers";

test.describe("a visitor signs up (A-1)", () => {
  test("in Persian, lands in the account area holding the default role", async ({ page }) => {
    const username = uniqueName("visitor");
    await page.goto("/fa");
    await page.getByRole("link", { name: msg("fa", "home.signUp") }).click();
    await expect(page).toHaveURL(/\/fa\/sign-up$/);
    await page.getByLabel(msg("fa", "auth.signUp.name")).fill("مریم احمدی");
    await page.getByLabel(msg("fa", "auth.signUp.username")).fill(username);
    await page.getByLabel(msg("fa", "auth.signUp.mobile")).fill(uniqueMobile().replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]));
    await page.getByLabel(msg("fa", "auth.signUp.password")).fill("maryam-pass-1");
    await page.getByRole("button", { name: msg("fa", "auth.signUp.submit") }).click();

    await expect(page).toHaveURL(/\/fa\/account$/);
    await expect(page.getByRole("heading", { name: "سلام، مریم احمدی" })).toBeVisible();
    await page.getByRole("link", { name: msg("fa", "account.nav.profile") }).first().click();
    await expect(page.getByTestId("my-roles")).toHaveText(msg("fa", "roles.system.customer"));
  });

  test("sees each problem beside its field, translated", async ({ page }) => {
    await page.goto("/fa/sign-up");
    await page.getByLabel(msg("fa", "auth.signUp.username")).fill("ab");
    await page.getByLabel(msg("fa", "auth.signUp.mobile")).fill("12345");
    await page.getByRole("button", { name: msg("fa", "auth.signUp.submit") }).click();
    await expect(page.locator('[data-field-error="name"]')).toHaveText(msg("fa", "validation.required"));
    await expect(page.locator('[data-field-error="password"]')).toHaveText(msg("fa", "validation.required"));
    await expect(page.locator('[data-field-error="username"]')).toHaveText(msg("fa", "validation.usernameTooShort"));
    await expect(page.locator('[data-field-error="mobile"]')).toHaveText(msg("fa", "validation.mobileInvalid"));
    await expect(page).toHaveURL(/\/fa\/sign-up$/);
  });

  test("is told by the server that a username is taken, on the username field", async ({ page }) => {
    await page.goto("/ar/sign-up");
    await page.getByLabel(msg("ar", "auth.signUp.name")).fill("ليلى أحمد");
    await page.getByLabel(msg("ar", "auth.signUp.username")).fill("customer");
    await page.getByLabel(msg("ar", "auth.signUp.mobile")).fill("0551234567");
    await page.getByLabel(msg("ar", "auth.signUp.password")).fill("layla-pass-1");
    await page.getByRole("button", { name: msg("ar", "auth.signUp.submit") }).click();
    await expect(page.locator('[data-field-error="username"]')).toHaveText(msg("ar", "errors.usernameTaken"));
    await expect(page.getByLabel(msg("ar", "auth.signUp.username"))).toHaveAttribute("aria-invalid", "true");
  });
});
