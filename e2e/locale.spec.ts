import { expect, test } from "@playwright/test";
import { msg } from "./helpers";

test("/ opens Persian, whatever the browser prefers", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fa$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fa");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await context.close();
});

test("/ar is right-to-left and /en left-to-right, each in its language", async ({ page }) => {
  await page.goto("/ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("ar", "home.title"));
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "home.title"));
});

test("the locale switcher keeps the current page", async ({ page }) => {
  await page.goto("/fa/sign-up");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/sign-up$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg("en", "auth.signUp.title"));
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/sign-up$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("the page font is Vazirmatn, served by the app itself", async ({ page }) => {
  const external: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1")) external.push(r.url());
  });
  await page.goto("/fa");
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family.toLowerCase()).toContain("vazirmatn");
  expect(await page.evaluate(() => document.fonts.check("16px " + getComputedStyle(document.body).fontFamily.split(",")[0]))).toBe(true);
  expect(external).toEqual([]);
});

test("an unknown page says so in the reader's language", async ({ page }) => {
  const response = await page.goto("/ar/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: msg("ar", "common.notFound.title") })).toBeVisible();
});
