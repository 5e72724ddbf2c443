import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEFAULT_INBOX_SETTINGS } from "../lib/schemas/inbox-settings";
import { DEMO, msg, msgWith, numberIn, onePagePdf, signIn, uniqueName } from "./helpers";

// Issue 10's exchange, in fa, ar and en on /{locale}/ pages: the admin writes to the demo customer in
// the sales department with a real PDF named in that language; the customer sees the unread badge, opens
// the thread through the navigation and the badge goes away without a reload, downloads the file and
// replies; the admin sees the reply, the thread waiting for staff, and the delivery log shows the staff
// notification about THIS thread once, sent, and the customer's — by SMS, which she agreed to in her
// profile, not by e-mail — once, sent. Then (fa) the shared zod schema refusing in the browser.

type Locale = "fa" | "ar" | "en";

/** The sales department's name in each language (server/demo-departments.ts). */
const SALES: Record<Locale, string> = { fa: "فروش", ar: "المبيعات", en: "Sales" };
const SUBJECT: Record<Locale, string> = { fa: "پیگیری سفارش", ar: "متابعة الطلب", en: "Order follow-up" };
const FILE_NAME: Record<Locale, string> = { fa: "فاکتور.pdf", ar: "فاتورة.pdf", en: "invoice.pdf" };
const BODY: Record<Locale, string> = {
  fa: "سلام، فاکتور سفارش پیوست است.",
  ar: "مرحبًا، فاتورة الطلب مرفقة.",
  en: "Hello, the order's invoice is attached.",
};
const REPLY: Record<Locale, string> = { fa: "ممنون، دریافت شد", ar: "شكرًا، وصلت", en: "Thanks, got it" };
/** The demo admin's mobile (server/demo-data.ts): the sales department tells her by SMS. */
const ADMIN_MOBILE = "9120000000";
/** The demo customer's mobile (she agrees to SMS in her profile during the exchange). */
const CUSTOMER_MOBILE = "9121234567";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The number on the navigation's unread badge, 0 when there is none. */
async function badgeCount(page: Page): Promise<number> {
  const badge = page.getByRole("navigation").first().getByTestId("nav-badge");
  return (await badge.count()) === 0 ? 0 : numberIn(await badge.innerText());
}

/** The delivery log filtered by address and template, once its rows (or its empty state) are shown. */
async function openLog(admin: Page, locale: Locale, address: string, template: string) {
  await admin.goto(`/${locale}/admin/deliveries`);
  await admin.getByLabel(msg(locale, "delivery.filters.q")).fill(address);
  await admin.getByLabel(msg(locale, "delivery.filters.template")).selectOption(template);
  await admin.getByRole("button", { name: msg(locale, "delivery.filters.apply") }).click();
  await expect(admin).toHaveURL(new RegExp(`template=${escape(encodeURIComponent(template))}`));
  await expect(admin.getByTestId("deliveries-table").or(admin.getByRole("heading", { name: msg(locale, "delivery.log.emptyTitle"), exact: true }))).toBeVisible();
}

/** The log's rows whose message (SMS first line / e-mail subject) names this thread's number and subject. */
const rowsAbout = (admin: Page, number: number, subject: string) =>
  admin
    .getByTestId("delivery-row")
    .filter({ has: admin.getByTestId("delivery-message").filter({ hasText: new RegExp(`(?<![0-9])${number}(?![0-9])`) }).filter({ hasText: subject }) });

async function exchange(browser: Browser, locale: Locale) {
  const m = (key: string) => msg(locale, key);
  const marker = uniqueName(`inbox-${locale}-`);
  const pdf = onePagePdf(`Bashgah e2e ${marker}`);

  // The customer agrees, in her profile, to be told of replies by SMS (e-mail stays off).
  const customer = await (await browser.newContext()).newPage();
  await signIn(customer, DEMO.customer.username, DEMO.customer.password, locale);
  await customer.goto(`/${locale}/account/profile`);
  await customer.getByLabel(m("account.profile.notifyBySms")).check();
  await customer.getByLabel(m("account.profile.notifyByEmail")).uncheck();
  await customer.getByRole("button", { name: m("account.profile.save") }).click();
  await expect(customer.getByTestId("form-success")).toHaveText(m("account.profile.saved"));

  // The admin writes to the demo customer.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin.username, DEMO.admin.password, locale);
  await admin.goto(`/${locale}/admin/inbox/new`);
  await admin.getByLabel(m("inbox.fields.customer")).fill(DEMO.customer.username);
  await admin.getByRole("list", { name: m("inbox.form.customerResults") }).getByRole("button").filter({ hasText: DEMO.customer.username }).first().click();
  await expect(admin.getByTestId("picked-customer")).toContainText(DEMO.customer.username);
  await admin.getByLabel(m("inbox.fields.subject")).fill(SUBJECT[locale]);
  await admin.getByLabel(m("inbox.fields.department")).selectOption({ label: SALES[locale] });
  await admin.getByLabel(m("inbox.fields.priority")).selectOption({ label: m("inbox.priority.HIGH") });
  await admin.getByLabel(m("inbox.fields.description")).fill(`${BODY[locale]} ${marker}`);
  await admin.getByLabel(m("inbox.form.files")).setInputFiles({ name: FILE_NAME[locale], mimeType: "application/pdf", buffer: pdf });
  await admin.getByRole("button", { name: m("inbox.actions.send") }).click();
  await expect(admin).toHaveURL(new RegExp(`/${locale}/admin/inbox/[0-9a-f-]{36}$`));
  const threadId = admin.url().split("/").pop()!;
  await expect(admin.getByTestId("thread-subject")).toHaveText(SUBJECT[locale]);
  const facts = admin.getByRole("main").locator("dl > div");
  await expect(facts.filter({ hasText: m("inbox.fields.department") }).locator("dd")).toHaveText(SALES[locale]);
  await expect(admin.getByRole("main").getByText(m("inbox.priority.HIGH"), { exact: true })).toBeVisible();
  const number = numberIn(await facts.filter({ hasText: m("inbox.fields.number") }).locator("dd").innerText());

  // The customer sees the badge, opens the inbox and the thread through the navigation; back on the
  // overview (client-side navigation: the layout is not rendered again) the badge has gone down.
  await customer.goto(`/${locale}/account`);
  const nav = customer.getByRole("navigation").first();
  await expect(nav.getByTestId("nav-badge")).toBeVisible();
  const unreadBefore = await badgeCount(customer);
  expect(unreadBefore).toBeGreaterThanOrEqual(1);
  await customer.evaluate(() => ((window as unknown as { e2eSamePage: boolean }).e2eSamePage = true));
  const inboxLink = nav.getByRole("link", { name: new RegExp(escape(m("account.nav.inbox"))) });
  await inboxLink.click();
  await expect(customer).toHaveURL(new RegExp(`/${locale}/account/inbox$`));
  await customer.locator(`a[href$="/account/inbox/${threadId}"]`).click();
  await expect(customer.getByTestId("thread-subject")).toHaveText(SUBJECT[locale]);
  await expect(customer.getByText(marker)).toBeVisible();
  await expect(customer.getByRole("main").locator("dl > div").filter({ hasText: m("inbox.fields.department") }).locator("dd")).toHaveText(SALES[locale]);
  await nav.getByRole("link", { name: m("account.nav.overview"), exact: true }).click();
  await expect(customer).toHaveURL(new RegExp(`/${locale}/account$`));
  // (a failed earlier run may have left a thread unread: then the count drops by this one. The three
  // exchanges share the demo customer's count, so they must not run at the same time: Playwright runs
  // one file's tests in one worker, one after another; `--repeat-each` needs `--workers=1`.)
  if (unreadBefore === 1) await expect(nav.getByTestId("nav-badge")).toHaveCount(0);
  else await expect.poll(() => badgeCount(customer)).toBe(unreadBefore - 1);
  expect(await customer.evaluate(() => (window as unknown as { e2eSamePage?: boolean }).e2eSamePage)).toBe(true);

  // Back in the thread: the file comes down with the same name and the same bytes; she replies.
  await inboxLink.click();
  await customer.locator(`a[href$="/account/inbox/${threadId}"]`).click();
  const downloading = customer.waitForEvent("download");
  await customer.getByRole("link", { name: new RegExp(escape(FILE_NAME[locale])) }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(FILE_NAME[locale]);
  expect(readFileSync((await download.path())!).equals(pdf)).toBe(true);
  await customer.getByLabel(m("inbox.form.message"), { exact: true }).fill(`${REPLY[locale]} ${marker}-reply`);
  await customer.getByRole("button", { name: m("inbox.actions.send") }).click();
  await expect(customer.getByText(`${marker}-reply`)).toBeVisible();

  // The admin sees the thread waiting for staff and the reply in it.
  await admin.goto(`/${locale}/admin/inbox`);
  const row = admin.getByTestId("thread-row").filter({ has: admin.locator(`a[href$="/admin/inbox/${threadId}"]`) });
  await expect(row).toContainText(m("inbox.status.WAITING_STAFF"));
  await row.getByRole("link", { name: SUBJECT[locale] }).click();
  await expect(admin.getByText(`${marker}-reply`)).toBeVisible();

  // The reply told the sales department's staff — the demo admin, by SMS — once, and it was sent
  // (the worker runs in the app process and sends within seconds).
  await expect(async () => {
    await openLog(admin, locale, ADMIN_MOBILE, "inbox.staffNewMessage");
    const told = rowsAbout(admin, number, SUBJECT[locale]);
    await expect(told).toHaveCount(1, { timeout: 2_000 });
    await expect(told).toHaveAttribute("data-status", "SENT", { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const told = rowsAbout(admin, number, SUBJECT[locale]);
  await expect(told).toContainText(m("delivery.channel.SMS"));
  await expect(told).toContainText(m("delivery.template.inbox.staffNewMessage"));
  await expect(told.getByTestId("delivery-message")).toHaveAttribute("title", new RegExp(escape(SUBJECT[locale])));

  // The admin's message told the customer by SMS, as she agreed — once, sent — and not by e-mail.
  await expect(async () => {
    await openLog(admin, locale, CUSTOMER_MOBILE, "inbox.customerReply");
    const toldHer = rowsAbout(admin, number, SUBJECT[locale]);
    await expect(toldHer).toHaveCount(1, { timeout: 2_000 });
    await expect(toldHer).toHaveAttribute("data-status", "SENT", { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await openLog(admin, locale, "customer@bashgah.example", "inbox.customerReply");
  await expect(rowsAbout(admin, number, SUBJECT[locale])).toHaveCount(0);
}

for (const locale of ["fa", "ar", "en"] as const) {
  test(`${locale}: the admin writes to the customer with a PDF; the badge, the download, the reply and the staff notification`, async ({ browser }) => {
    await exchange(browser, locale);
  });
}

/** Counts the requests that would write a thread or reply. */
function countInboxPosts(page: Page) {
  const seen = { count: 0 };
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/inbox/messages") seen.count += 1;
  });
  return seen;
}

test("fa: the empty new-thread form is refused in the browser, beside each field, without a request", async ({ page }) => {
  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  const posts = countInboxPosts(page);
  await page.goto("/fa/admin/inbox/new");
  await page.waitForLoadState("networkidle"); // hydrated: the form's own submit handler is there
  await page.getByRole("button", { name: msg("fa", "inbox.actions.send") }).click();
  const required = msg("fa", "validation.required");
  for (const label of ["inbox.fields.customer", "inbox.fields.subject", "inbox.fields.department", "inbox.fields.description"]) {
    await expect(page.getByLabel(msg("fa", label), { exact: true })).toHaveAccessibleDescription(required);
  }
  await expect(page.locator("[data-field-error]")).toHaveCount(4);
  await page.waitForTimeout(1_000);
  expect(posts.count).toBe(0);
  await expect(page).toHaveURL(/\/fa\/admin\/inbox\/new$/);
});

test("fa: a customer's four files or a .txt file are refused at once and not sent; one PDF is", async ({ page }) => {
  await signIn(page, DEMO.customer.username, DEMO.customer.password);
  const posts = countInboxPosts(page);
  await page.goto("/fa/account/inbox/new");
  await page.waitForLoadState("networkidle");
  const marker = uniqueName("files-");
  await page.getByLabel(msg("fa", "inbox.fields.department")).selectOption({ label: SALES.fa });
  await page.getByLabel(msg("fa", "inbox.fields.subject")).fill(`پرسش ${marker}`);
  await page.getByLabel(msg("fa", "inbox.form.message"), { exact: true }).fill(`سلام ${marker}`);
  const files = page.getByLabel(msg("fa", "inbox.form.files"));
  const send = page.getByRole("button", { name: msg("fa", "inbox.actions.send") });
  const { maxCount, types } = DEFAULT_INBOX_SETTINGS.attachments;
  const pdf = onePagePdf(marker);

  // Four PDFs (the limit is three): the error shows as they are chosen, and sending does nothing.
  await files.setInputFiles(Array.from({ length: maxCount + 1 }, (_, i) => ({ name: `سند-${i + 1}.pdf`, mimeType: "application/pdf", buffer: pdf })));
  await expect(files).toHaveAccessibleDescription(msgWith("fa", "inbox.errors.tooManyFiles", { max: maxCount }));
  await send.click();
  await page.waitForTimeout(1_000);
  expect(posts.count).toBe(0);

  // A .txt file: not an allowed type.
  await files.setInputFiles({ name: "یادداشت.txt", mimeType: "text/plain", buffer: Buffer.from("سلام") });
  await expect(files).toHaveAccessibleDescription(msgWith("fa", "inbox.errors.fileType", { name: "یادداشت.txt", types: types.join(", ") }));
  await send.click();
  await page.waitForTimeout(1_000);
  expect(posts.count).toBe(0);
  await expect(page).toHaveURL(/\/fa\/account\/inbox\/new$/);

  // One PDF: the error goes and the ticket is sent, in one request (so the counter above can see one).
  await files.setInputFiles({ name: "سند.pdf", mimeType: "application/pdf", buffer: pdf });
  await expect(page.locator('[data-field-error="files"]')).toHaveCount(0);
  await send.click();
  await expect(page).toHaveURL(/\/fa\/account\/inbox\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("thread-subject")).toHaveText(`پرسش ${marker}`);
  expect(posts.count).toBe(1);
});
