import { expect, test } from "@playwright/test";
import { DEMO, msg, signIn, uniqueName } from "./helpers";

// The catalog the group rules refer to (issue 5, point 3): a product with its price, points and the
// stock of each warehouse, saved together; found again by a search typed with Arabic letters.

test("catalog: a product with price, points and stock per warehouse; found in fa with Arabic letters", async ({ page }) => {
  const sku = uniqueName("ROSE-").toUpperCase();
  await signIn(page, DEMO.admin.username, DEMO.admin.password, "en");
  await page.goto("/en/admin/products/new");
  await page.getByLabel(`${msg("en", "catalog.products.form.sku")} *`).fill(sku.toLowerCase());
  await page.getByLabel(`${msg("en", "catalog.common.nameFa")} *`).fill("عطر رز کیمیا");
  await page.getByLabel(msg("en", "catalog.common.nameEn")).fill("Kimia rose perfume");
  const price = page.getByLabel(/^Price \(/);
  await price.fill("2,500,000.5"); // toman has no decimals
  await page.getByLabel(msg("en", "catalog.products.form.pointValue")).fill("2.5");
  await page.getByLabel(msg("en", "catalog.products.form.brand")).selectOption({ label: "Chanel" });
  await page.getByLabel("Tehran central").fill("7");
  await page.getByLabel("Riyadh").fill("3");
  await page.getByRole("button", { name: msg("en", "catalog.products.form.save") }).click();
  await expect(page.locator('[data-field-error="price"]')).toHaveText(msg("en", "validation.moneyDecimals"));
  await price.fill("2,500,000");
  await page.getByRole("button", { name: msg("en", "catalog.products.form.save") }).click();

  const row = page.locator(`[data-testid="product-row"][data-sku="${sku}"]`);
  await expect(row).toContainText("Kimia rose perfume");
  await expect(row).toContainText("2,500,000");
  await expect(row).toContainText("10"); // 7 + 3 in stock

  // In Persian, typed on an Arabic keyboard (ي, ك), the search meets the Persian spelling.
  await page.goto(`/fa/admin/products?q=${encodeURIComponent("كيميا")}`);
  await expect(page.locator(`[data-testid="product-row"][data-sku="${sku}"]`)).toContainText("عطر رز کیمیا");
});
