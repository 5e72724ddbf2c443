import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO, fillSignIn, msg, signIn } from "./helpers";

test("a blocked customer cannot sign in and is told why (A-5)", async ({ page }) => {
  await page.goto("/fa/sign-in");
  await fillSignIn(page, DEMO.blocked.username, DEMO.blocked.password);
  await expect(page.getByTestId("form-error")).toHaveText(msg("fa", "auth.signIn.refused.blocked"));
  await expect(page).toHaveURL(/\/fa\/sign-in/);
});

test("a wrong password is refused without saying more", async ({ page }) => {
  await page.goto("/en/sign-in");
  await fillSignIn(page, DEMO.customer.username, "not-the-password", "en");
  await expect(page.getByTestId("form-error")).toHaveText(msg("en", "auth.signIn.refused.invalid"));
});

test("the demo customer signs in with the mobile number in Persian digits (A-6)", async ({ page }) => {
  await signIn(page, "۰۹۱۲۱۲۳۴۵۶۷", DEMO.customer.password);
  await expect(page).toHaveURL(/\/fa\/account$/);
  await expect(page.getByTestId("current-user")).toHaveText("سارا محمدی");
});

test("a visitor who opens /fa/admin is sent to sign-in", async ({ page }) => {
  await page.goto("/fa/admin");
  await expect(page).toHaveURL(/\/fa\/sign-in\?callbackUrl=%2Ffa%2Fadmin$/);
});

test("a customer who opens /fa/admin is refused with 403 (A-4)", async ({ page }) => {
  await signIn(page, DEMO.customer.username, DEMO.customer.password);
  const response = await page.goto("/fa/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await expect(page.getByRole("heading", { name: msg("fa", "common.forbidden.title") })).toBeVisible();
  await expect(page.getByRole("link", { name: msg("fa", "admin.nav.customers") })).toHaveCount(0);
});

test("a visitor who opens the account area is sent to sign-in and brought back", async ({ page }) => {
  await page.goto("/fa/account/profile");
  await expect(page).toHaveURL(/\/fa\/sign-in\?callbackUrl=%2Ffa%2Faccount%2Fprofile/);
  await fillSignIn(page, DEMO.customer.username, DEMO.customer.password);
  await expect(page).toHaveURL(/\/fa\/account\/profile$/);
});

test("the admin signs in and sees the admin shell with every section", async ({ page }) => {
  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  await expect(page).toHaveURL(/\/fa\/admin$/);
  const nav = page.getByRole("navigation", { name: msg("fa", "admin.title") });
  // Every section of PRODUCT.md, as listed in the messages.
  const sections = Object.keys(JSON.parse(readFileSync("messages/fa.json", "utf8")).admin.nav);
  expect(sections.length).toBeGreaterThan(15);
  for (const slug of sections) {
    // The name, then perhaps a count (the inbox's unread badge, when earlier tests left a thread unread).
    const name = new RegExp(`^${msg("fa", `admin.nav.${slug}`).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( [0-9۰-۹].*)?$`);
    await expect(nav.getByRole("link", { name })).toBeVisible();
  }
  // A section whose issue has not landed says so (campaigns come with notifications, N-1/N-2).
  await nav.getByRole("link", { name: msg("fa", "admin.nav.campaigns"), exact: true }).click();
  await expect(page).toHaveURL(/\/fa\/admin\/campaigns$/);
  await expect(page.getByText(msg("fa", "admin.comingSoon.title"))).toBeVisible();
});

test("on a phone the admin navigation opens from the menu button", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  const menu = page.getByRole("button", { name: msg("fa", "common.openMenu") });
  await expect(menu).toBeVisible();
  await menu.click();
  const drawer = page.getByRole("dialog", { name: msg("fa", "admin.title") });
  await drawer.getByRole("link", { name: msg("fa", "admin.nav.customers"), exact: true }).click();
  await expect(page).toHaveURL(/\/fa\/admin\/customers$/);
  await expect(drawer).toBeHidden();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, DEMO.customer.username, DEMO.customer.password);
  await page.getByRole("button", { name: msg("fa", "common.signOut") }).click();
  await expect(page).toHaveURL(/\/fa\/sign-in/);
  await page.goto("/fa/account");
  await expect(page).toHaveURL(/\/fa\/sign-in/);
});
