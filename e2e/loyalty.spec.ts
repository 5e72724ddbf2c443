import { expect, test, type Page } from "@playwright/test";
import { addAddress, chooseOnlineCheckout, completeOrderAsAdmin, DEMO, fillSignUp, msg, placeAndPay, signIn, uniqueName } from "./helpers";

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
  await fillSignUp(friend, { name: "نگار صالحی", username: uniqueName("negar"), password: "negar-pass-1" });

  // An address, then four Génifique serums, paid online in full.
  await addAddress(friend, { title: "خانه", recipientName: "نگار صالحی", mobile: "۰۹۱۲۷۶۵۴۳۲۱", city: "تهران", street: "خیابان انقلاب", postalCode: "۱۲۳۴۵۶۷۸۹۱" });

  await friend.goto("/fa/account/shop");
  await friend.locator('[data-testid="shop-product"][data-sku="LC-GENIF-50"]').getByTestId("add-to-cart").click();
  await friend.goto("/fa/account/cart");
  const line = friend.getByTestId("cart-lines").getByRole("row").filter({ hasText: "LC-GENIF-50" });
  await line.getByTestId("cart-quantity").fill("4");
  await line.getByTestId("cart-quantity").press("Enter");
  await expect(friend.getByTestId("cart-subtotal")).toContainText("۲۴٬۸۰۰٬۰۰۰");
  await chooseOnlineCheckout(friend);
  const number = await placeAndPay(friend);

  // The admin completes it.
  await completeOrderAsAdmin(browser, number);

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
