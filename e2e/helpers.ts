import { readFileSync } from "node:fs";
import { expect, type Browser, type Page } from "@playwright/test";
import { createTranslator } from "use-intl/core";

type Tree = { [key: string]: string | Tree };
const catalogs: Record<string, Tree> = Object.fromEntries(
  ["fa", "ar", "en"].map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, "utf8"))]),
);

/** The text a user sees for a message key, e.g. msg("fa", "auth.signIn.submit"). */
export function msg(locale: string, key: string): string {
  const value = key.split(".").reduce<string | Tree | undefined>((node, k) => (node as Tree | undefined)?.[k], catalogs[locale]);
  if (typeof value !== "string") throw new Error(`no message ${locale}:${key}`);
  return value;
}

export const DEMO = {
  admin: { username: "admin", password: "admin12345" },
  customer: { username: "customer", password: "customer12345" },
  blocked: { username: "blocked", password: "blocked12345" },
};

export async function fillSignIn(page: Page, identifier: string, password: string, locale = "fa") {
  await page.getByLabel(msg(locale, "auth.signIn.identifier")).fill(identifier);
  await page.getByLabel(msg(locale, "auth.signIn.password"), { exact: true }).fill(password);
  await page.getByRole("button", { name: msg(locale, "auth.signIn.submit"), exact: true }).click();
}

export async function signIn(page: Page, identifier: string, password: string, locale = "fa") {
  await page.goto(`/${locale}/sign-in`);
  await fillSignIn(page, identifier, password, locale);
  await expect(page).not.toHaveURL(/sign-in/);
}

/** A username nobody has used in this run. */
export const uniqueName = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** A valid Iranian mobile number nobody has used in this run. */
export const uniqueMobile = () => `0912${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;

/** The text a user sees for a message key with values, formatted as the app does (numbers in the locale's digits). */
export function msgWith(locale: string, key: string, values: Record<string, string | number>): string {
  return createTranslator({ locale, messages: catalogs[locale] as never })(key as never, values as never) as string;
}

/** A number as shown on a page in any of the app's digits (Persian, Arabic-Indic or Latin, grouped or not). */
export function numberIn(text: string): number {
  const latin = text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const digits = latin.replace(/\D/g, "");
  if (!digits) throw new Error(`no number in "${text}"`);
  return Number(digits);
}

/** A real one-page PDF (valid cross-reference table) showing one line of ASCII text. */
export function onePagePdf(text: string): Buffer {
  const content = `BT /F1 18 Tf 72 760 Td (${text.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(pdf);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

// The shop journeys several specs go through before what they test: signing up, an address,
// a paid order, the admin completing it. Each step asserts what a user would see, as before.

/** Fills the sign-up form already open on `page` and submits it; the new customer lands in their account. */
export async function fillSignUp(page: Page, customer: { name: string; username: string; password: string }, locale = "fa") {
  await page.getByLabel(msg(locale, "auth.signUp.name")).fill(customer.name);
  await page.getByLabel(msg(locale, "auth.signUp.username")).fill(customer.username);
  await page.getByLabel(msg(locale, "auth.signUp.mobile")).fill(uniqueMobile());
  await page.getByLabel(msg(locale, "auth.signUp.password")).fill(customer.password);
  await page.getByRole("button", { name: msg(locale, "auth.signUp.submit") }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/account$`));
}

/** A new customer signed up through the sign-up page and left signed in on `page`; returns their username. */
export async function signUpCustomer(page: Page, customer: { name: string; username: string; password: string }, locale = "fa") {
  await page.goto(`/${locale}/sign-up`);
  await fillSignUp(page, customer, locale);
  return customer.username;
}

export type AddressFields = { title: string; recipientName: string; mobile: string; city: string; street: string; postalCode: string };

/** Adds an address to the signed-in customer's book and waits until the list shows it. */
export async function addAddress(page: Page, address: AddressFields, locale = "fa") {
  const label = (field: keyof AddressFields) => `${msg(locale, `account.addresses.fields.${field}`)} *`;
  await page.goto(`/${locale}/account/addresses`);
  await page.getByRole("button", { name: msg(locale, "account.addresses.add") }).click();
  const form = page.getByRole("dialog");
  for (const field of ["title", "recipientName", "mobile", "city", "street", "postalCode"] as const) {
    await form.getByLabel(label(field)).fill(address[field]);
  }
  await form.getByRole("button", { name: msg(locale, "account.addresses.save") }).click();
  await expect(page.getByTestId("addresses")).toContainText(address.title);
}

/** On the cart page (fa, demo data): the Tehran central warehouse, express post, paid online. */
export async function chooseOnlineCheckout(page: Page) {
  const checkout = page.getByTestId("checkout-form");
  await checkout.getByLabel(msg("fa", "checkout.warehouse")).selectOption({ label: "انبار مرکزی تهران" });
  await checkout.getByLabel(msg("fa", "checkout.shippingMethod")).selectOption({ label: "پست پیشتاز (۹۰٬۰۰۰ تومان)" });
  await checkout.getByTestId("payment-method").selectOption({ label: "پرداخت آنلاین" });
}

/** Places the order chosen on the cart page (fa) and pays it at the payment step; returns the
 *  order number the success page shows, in Latin digits (as the admin's order search takes it). */
export async function placeAndPay(page: Page): Promise<string> {
  await page.getByTestId("checkout-form").getByRole("button", { name: msg("fa", "checkout.place") }).click();
  await page.getByRole("button", { name: msg("fa", "checkout.payment.pay"), exact: true }).click();
  await expect(page.getByText(msg("fa", "checkout.success.title"))).toBeVisible();
  const shown = (await page.getByText(/#[۰-۹]+/).first().textContent()) ?? "";
  return shown.match(/#([۰-۹]+)/)![1]!.replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d)));
}

/** The demo admin, in a browser context of their own, finds order `number` and takes it through
 *  processing and shipping to completed; returns the admin's page, still on that order. */
export async function completeOrderAsAdmin(browser: Browser, number: string): Promise<Page> {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin.username, DEMO.admin.password);
  await admin.goto(`/fa/admin/orders?q=%23${number}`);
  await admin.locator(`[data-testid="order-row"][data-number="${number}"]`).getByRole("link").first().click();
  await completeOpenOrder(admin);
  return admin;
}

/** On an admin's order page: processing, shipped, completed, each move seen on the status. */
export async function completeOpenOrder(admin: Page) {
  for (const to of ["PROCESSING", "SHIPPED", "COMPLETED"]) {
    await admin.getByTestId("order-moves").locator(`[data-to="${to}"]`).click();
    await expect(admin.getByTestId("order-status").first()).toHaveAttribute("data-status", to);
  }
}

/** On the customer's reviews page (fa): rates `product` with `stars` (as shown, e.g. "۵") and a
 *  comment, and waits until her list of reviews shows it. */
export async function rateProduct(page: Page, product: string, stars: string, comment: string) {
  const form = page.getByRole("form", { name: msg("fa", "ratings.form.label").replace("{product}", product) });
  // A star is a label around a visually hidden radio: she clicks the star.
  await form.locator("label").filter({ has: page.getByLabel(msg("fa", "ratings.form.stars").replace("{n}", stars), { exact: true }) }).click();
  await form.getByLabel(msg("fa", "ratings.form.comment")).fill(comment);
  await form.getByRole("button", { name: msg("fa", "ratings.form.submit") }).click();
  await expect(page.getByTestId("my-reviews").getByTestId("my-review").filter({ hasText: product })).toBeVisible();
}
