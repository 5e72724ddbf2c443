import { expect, test, type Page } from "@playwright/test";
import { DEMO, msg, signIn, uniqueMobile, uniqueName } from "./helpers";

// Issue 7's journey on the demo's seed-003 rules: a friend signs up with the demo customer's referral
// link, buys 4 serums, the admin completes the order, and both see what it earned them, in fa:
// the friend 3 points by the rule (4 items), 10 product points and the 50,000 sign-up gift; the demo
// customer 2 points for the sign-up, 1 point for the friend's order and 20 % of it in the wallet.

const fa = (key: string) => msg("fa", key);
const faDigits = (n: string) => n.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!);
const entry = (page: Page, kind: string) => page.locator(`[data-testid="ledger-row"][data-kind="${kind}"]`);

/** The rewards worker runs about once a second: reload until the entry is there. */
async function expectEntry(page: Page, path: string, kind: string, amount: string) {
  await expect(async () => {
    await page.goto(path);
    await expect(entry(page, kind).first()).toHaveAttribute("data-amount", amount, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test("a friend signs up with the demo customer's referral link, buys 4 items; once completed both see their points and wallet", async ({ page, browser }) => {
  test.setTimeout(150_000);
  // The demo customer's referral link, from her account area.
  await signIn(page, DEMO.customer.username, DEMO.customer.password);
  await page.goto("/fa/account/referrals");
  const link = new URL(await page.getByTestId("referral-link").inputValue());
  const code = link.searchParams.get("ref")!;
  expect(link.pathname).toBe("/fa/sign-up");

  // The friend opens it: the referrer is filled in.
  const friend = await (await browser.newContext()).newPage();
  await friend.goto(`${link.pathname}${link.search}`);
  await expect(friend.getByTestId("sign-up-referrer")).toHaveValue(code);
  await friend.getByLabel(fa("auth.signUp.name")).fill("نگار صالحی");
  await friend.getByLabel(fa("auth.signUp.username")).fill(uniqueName("negar"));
  await friend.getByLabel(fa("auth.signUp.mobile")).fill(uniqueMobile());
  await friend.getByLabel(fa("auth.signUp.password")).fill("negar-pass-1");
  await friend.getByRole("button", { name: fa("auth.signUp.submit") }).click();
  await expect(friend).toHaveURL(/\/fa\/account$/);

  // An address, then four Génifique serums, paid online in full.
  await friend.goto("/fa/account/addresses");
  await friend.getByRole("button", { name: fa("account.addresses.add") }).click();
  const form = friend.getByRole("dialog");
  await form.getByLabel(`${fa("account.addresses.fields.title")} *`).fill("خانه");
  await form.getByLabel(`${fa("account.addresses.fields.recipientName")} *`).fill("نگار صالحی");
  await form.getByLabel(`${fa("account.addresses.fields.mobile")} *`).fill("۰۹۱۲۷۶۵۴۳۲۱");
  await form.getByLabel(`${fa("account.addresses.fields.city")} *`).fill("تهران");
  await form.getByLabel(`${fa("account.addresses.fields.street")} *`).fill("خیابان انقلاب");
  await form.getByLabel(`${fa("account.addresses.fields.postalCode")} *`).fill("۱۲۳۴۵۶۷۸۹۱");
  await form.getByRole("button", { name: fa("account.addresses.save") }).click();
  await expect(friend.getByTestId("addresses")).toContainText("خانه");

  await friend.goto("/fa/account/shop");
  await friend.locator('[data-testid="shop-product"][data-sku="LC-GENIF-50"]').getByTestId("add-to-cart").click();
  await friend.goto("/fa/account/cart");
  const line = friend.getByTestId("cart-lines").getByRole("row").filter({ hasText: "LC-GENIF-50" });
  await line.getByTestId("cart-quantity").fill("4");
  await line.getByTestId("cart-quantity").press("Enter");
  await expect(friend.getByTestId("cart-subtotal")).toContainText("۲۴٬۸۰۰٬۰۰۰");
  const checkout = friend.getByTestId("checkout-form");
  await checkout.getByLabel(fa("checkout.warehouse")).selectOption({ label: "انبار مرکزی تهران" });
  await checkout.getByLabel(fa("checkout.shippingMethod")).selectOption({ label: "پست پیشتاز (۹۰٬۰۰۰ تومان)" });
  await checkout.getByTestId("payment-method").selectOption({ label: "پرداخت آنلاین" });
  await checkout.getByRole("button", { name: fa("checkout.place") }).click();
  await friend.getByRole("button", { name: fa("checkout.payment.pay"), exact: true }).click();
  await expect(friend.getByText(fa("checkout.success.title"))).toBeVisible();
  const shown = (await friend.getByText(/#[۰-۹]+/).first().textContent()) ?? "";
  const number = shown.match(/#([۰-۹]+)/)![1]!.replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d)));

  // The admin completes it.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin.username, DEMO.admin.password);
  await admin.goto(`/fa/admin/orders?q=%23${number}`);
  await admin.locator(`[data-testid="order-row"][data-number="${number}"]`).getByRole("link").first().click();
  for (const to of ["PROCESSING", "SHIPPED", "COMPLETED"]) {
    await admin.getByTestId("order-moves").locator(`[data-to="${to}"]`).click();
    await expect(admin.getByTestId("order-status").first()).toHaveAttribute("data-status", to);
  }

  // The friend: 3 points for the order by the rule, 10 points of the serums' own (2.5 each), the gift.
  await expectEntry(friend, "/fa/account/points", "ORDER_RULE", "300");
  await expect(entry(friend, "ORDER_RULE")).toContainText(`#${faDigits(number)}`);
  await expect(entry(friend, "ORDER_RULE")).toContainText("سفارش‌های بالای ۱۰۰٬۰۰۰ یا ۴ کالا");
  await expect(entry(friend, "ORDER_PRODUCTS")).toHaveAttribute("data-amount", "1000");
  await expect(friend.getByTestId("points-balance")).toHaveAttribute("data-amount", "1300");
  await expectEntry(friend, "/fa/account/wallet", "SIGNUP_GIFT", "50000");

  // The demo customer: 2 points for the sign-up and 1 for the order she brought; 20 % of 24,890,000.
  await expectEntry(page, "/fa/account/points", "REFERRER_ORDER", "100");
  await expect(entry(page, "SIGNUP_REFERRER").first()).toHaveAttribute("data-amount", "200");
  await expect(entry(page, "REFERRER_ORDER").first()).toContainText(`#${faDigits(number)}`);
  await expectEntry(page, "/fa/account/wallet", "COMMISSION", "4978000");
  await expect(entry(page, "COMMISSION").first()).toContainText(`#${faDigits(number)}`);
  await page.goto("/fa/account/referrals");
  await expect(page.getByTestId("referred-table")).toContainText("نگار صالحی");
});

test("the admin's rules pages: the seed's points rule and commission, each with its edit form and a delete that asks first", async ({ page }) => {
  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  await page.goto("/fa/admin/points");
  const rule = page.locator('[data-testid="points-rule-row"][data-name="سفارش‌های بالای ۱۰۰٬۰۰۰ یا ۴ کالا"]');
  await rule.getByTestId("points-rule-delete").click();
  await expect(page.getByRole("dialog", { name: fa("loyalty.pointsRules.deleteTitle") })).toContainText("سفارش‌های بالای ۱۰۰٬۰۰۰ یا ۴ کالا");
  await page.getByRole("button", { name: fa("loyalty.pointsRules.cancel") }).click();
  await expect(rule).toBeVisible(); // cancelled: still there
  await rule.getByTestId("points-rule-edit").click();
  await expect(page.getByTestId("points-rule-form")).toBeVisible();

  await page.goto("/fa/admin/commissions");
  const commission = page.locator('[data-testid="commission-rule-row"][data-days="10"]');
  await commission.getByTestId("commission-rule-edit").click();
  await expect(page.getByRole("dialog", { name: fa("loyalty.commissionRules.editTitle") })).toBeVisible();
});
