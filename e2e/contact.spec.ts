import { expect, test } from "@playwright/test";
import { DEMO, msg, signIn, uniqueMobile, uniqueName } from "./helpers";

// Contact-us in fa (issue 9, N-3): a visitor sends a message; the admin finds it unread, opens it
// (it becomes read), deletes it after the confirmation, and it is gone.

const persianDigits = (s: string) => s.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!);

test("a visitor's message is read and deleted by the admin", async ({ browser }) => {
  const token = uniqueName("e2e");
  const subject = `پیگیری سفارش ${token}`;
  const mobile = uniqueMobile();

  // The visitor, not signed in, finds the form from the header.
  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  await page.goto("/fa/sign-in");
  await page.getByRole("link", { name: msg("fa", "contact.link"), exact: true }).click();
  await expect(page).toHaveURL(/\/fa\/contact$/);
  await expect(page.getByRole("heading", { level: 1, name: msg("fa", "contact.form.title") })).toBeVisible();

  const form = page.getByTestId("contact-form");
  await form.getByLabel(msg("fa", "contact.form.name")).fill("سارا رضایی");
  await form.getByLabel(msg("fa", "contact.form.subject")).fill(subject);
  await form.getByLabel(msg("fa", "contact.form.message")).fill("سفارشم هنوز نرسیده. <b>نه پررنگ</b>");
  const submit = form.getByRole("button", { name: msg("fa", "contact.form.submit") });
  // Neither a mobile nor an e-mail: the form says so beside the fields and sends nothing.
  await submit.click();
  await expect(form.locator('[data-field-error="mobile"]')).toHaveText(msg("fa", "errors.contact.mobileOrEmail"));
  await form.getByLabel(msg("fa", "contact.form.mobile")).fill(persianDigits(mobile));
  await expect(form.locator('[data-field-error="mobile"]')).toHaveCount(0);
  await submit.click();
  await expect(form.getByTestId("form-success")).toHaveText(msg("fa", "contact.form.sent"));
  await expect(form.getByLabel(msg("fa", "contact.form.subject"))).toHaveValue("");
  await visitor.close();

  // The admin finds it in the contact section, unread and in bold.
  const staff = await browser.newContext();
  const admin = await staff.newPage();
  await signIn(admin, DEMO.admin.username, DEMO.admin.password);
  await admin.getByRole("navigation", { name: msg("fa", "admin.title") }).getByRole("link", { name: msg("fa", "admin.nav.contact"), exact: true }).click();
  await expect(admin).toHaveURL(/\/fa\/admin\/contact$/);
  await admin.getByRole("searchbox", { name: msg("fa", "contact.admin.search.label") }).fill(token);
  await admin.getByRole("button", { name: msg("fa", "contact.admin.search.apply") }).click();
  const row = admin.getByTestId("contact-row").filter({ hasText: token });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-status", "UNREAD");
  await expect(row.getByRole("link", { name: subject })).toHaveClass(/font-bold/);

  // Opening it shows the whole message as text, the sender's details as links, and marks it read.
  await row.getByRole("link", { name: subject }).click();
  const message = admin.getByTestId("contact-message");
  await expect(message.getByTestId("contact-subject")).toHaveText(subject);
  await expect(message.getByTestId("contact-body")).toHaveText("سفارشم هنوز نرسیده. <b>نه پررنگ</b>");
  await expect(message.locator("b")).toHaveCount(0);
  await expect(message.getByRole("link", { name: `+98${mobile.slice(1)}` })).toHaveAttribute("href", `tel:+98${mobile.slice(1)}`);
  await expect(message.getByTestId("contact-status")).toHaveAttribute("data-status", "READ");
  await message.getByRole("link", { name: msg("fa", "contact.admin.view.backToList") }).click();
  await admin.getByRole("searchbox", { name: msg("fa", "contact.admin.search.label") }).fill(token);
  await admin.getByRole("button", { name: msg("fa", "contact.admin.search.apply") }).click();
  await expect(row).toHaveAttribute("data-status", "READ");
  await expect(row.getByRole("link", { name: subject })).not.toHaveClass(/font-bold/);

  // Deleted after the confirmation, it is gone.
  await row.getByRole("link", { name: subject }).click();
  await admin.getByRole("button", { name: msg("fa", "contact.admin.view.delete") }).click();
  await admin.getByTestId("contact-delete-confirm").click();
  await expect(admin).toHaveURL(/\/fa\/admin\/contact$/);
  await admin.getByRole("searchbox", { name: msg("fa", "contact.admin.search.label") }).fill(token);
  await admin.getByRole("button", { name: msg("fa", "contact.admin.search.apply") }).click();
  await expect(admin.getByText(msg("fa", "contact.admin.emptyFiltered"))).toBeVisible();
  await expect(admin.getByTestId("contact-row")).toHaveCount(0);
  await staff.close();
});

test("a post from another site is refused before it reaches the form, and nothing is stored", async ({ page, request }) => {
  const token = uniqueName("cross");
  const input = { name: "ربات", mobile: uniqueMobile(), email: "", subject: `از سایت دیگر ${token}`, message: "سلام", website: "" };
  const refused = await request.post("/api/trpc/contact.send", { headers: { origin: "https://evil.example" }, data: { json: input } });
  expect(refused.status()).toBe(403);

  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  await page.goto("/fa/admin/contact");
  await page.getByRole("searchbox", { name: msg("fa", "contact.admin.search.label") }).fill(token);
  await page.getByRole("button", { name: msg("fa", "contact.admin.search.apply") }).click();
  await expect(page.getByText(msg("fa", "contact.admin.emptyFiltered"))).toBeVisible();
  await expect(page.getByTestId("contact-row")).toHaveCount(0);
});
