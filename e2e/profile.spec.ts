import { expect, test, type Page } from "@playwright/test";
import { msg, signIn, signUpCustomer, uniqueName } from "./helpers";

/** A fresh customer for this test, signed up through the form in en. */
const signUpFresh = (page: Page, password: string) => signUpCustomer(page, { name: "Nima Tehrani", username: uniqueName("p"), password }, "en");

test("a customer edits their own name, mobile and e-mail", async ({ page }) => {
  const username = await signUpFresh(page, "nima-pass-1");
  const email = `${username}@example.com`;
  await page.goto("/fa/account/profile");
  await expect(page.getByTestId("member-since")).toHaveText(/[۰-۹]{4}/); // Jalali year, Persian digits
  await page.getByLabel(msg("fa", "account.profile.name")).fill("نیما تهرانی");
  await page.getByLabel(msg("fa", "account.profile.email")).fill(email);
  await page.getByRole("button", { name: msg("fa", "account.profile.save") }).click();
  await expect(page.getByTestId("form-success")).toHaveText(msg("fa", "account.profile.saved"));
  await expect(page.getByTestId("current-user")).toHaveText("نیما تهرانی");
  await page.reload();
  await expect(page.getByLabel(msg("fa", "account.profile.email"))).toHaveValue(email);
});

test("a customer cannot take someone else's mobile number", async ({ page }) => {
  await signUpFresh(page, "nima-pass-1");
  await page.goto("/en/account/profile");
  await page.getByLabel(msg("en", "account.profile.mobile")).fill("09121234567"); // the demo customer's
  await page.getByRole("button", { name: msg("en", "account.profile.save") }).click();
  await expect(page.locator('[data-field-error="mobile"]')).toHaveText(msg("en", "errors.mobileTaken"));
});

test("a customer changes their password and signs in with the new one", async ({ page }) => {
  const username = await signUpFresh(page, "first-pass-1");
  await page.goto("/en/account/profile");
  await page.getByLabel(msg("en", "account.profile.currentPassword"), { exact: true }).fill("wrong-pass");
  await page.getByLabel(msg("en", "account.profile.newPassword"), { exact: true }).fill("second-pass-2");
  await page.getByLabel(msg("en", "account.profile.confirmPassword")).fill("second-pass-2");
  await page.getByRole("button", { name: msg("en", "account.profile.changePassword") }).click();
  await expect(page.locator('[data-field-error="currentPassword"]')).toHaveText(msg("en", "errors.currentPasswordWrong"));

  await page.getByLabel(msg("en", "account.profile.currentPassword"), { exact: true }).fill("first-pass-1");
  await page.getByRole("button", { name: msg("en", "account.profile.changePassword") }).click();
  await expect(page.getByTestId("form-success")).toHaveText(msg("en", "account.profile.passwordChanged"));
  // This device stays signed in.
  await page.reload();
  await expect(page).toHaveURL(/\/en\/account\/profile$/);

  await page.getByRole("button", { name: msg("en", "common.signOut") }).click();
  await expect(page).toHaveURL(/sign-in/);
  await signIn(page, username, "second-pass-2", "en");
  await expect(page).toHaveURL(/\/en\/account$/);
});
