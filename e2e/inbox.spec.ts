import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO, msg, signIn, uniqueName } from "./helpers";

// Issue 10 in fa: the admin writes «پیگیری سفارش» to the demo customer in فروش with a real PDF; the
// customer sees the unread badge, opens the thread, downloads the file and replies; the admin sees
// the reply. (The staff notification in the delivery log is point 5, not built here.)

const PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

test("the admin writes to the customer with a PDF; the customer downloads it and replies", async ({ browser }) => {
  const dir = mkdtempSync(path.join(tmpdir(), "inbox-e2e-"));
  const file = path.join(dir, "فاکتور.pdf");
  writeFileSync(file, PDF);
  const marker = uniqueName("m");

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin.username, DEMO.admin.password);
  await admin.goto("/fa/admin/inbox/new");
  await admin.getByLabel(msg("fa", "inbox.fields.customer")).fill(DEMO.customer.username);
  await admin.getByRole("list", { name: msg("fa", "inbox.form.customerResults") }).getByRole("button").filter({ hasText: DEMO.customer.username }).first().click();
  await expect(admin.getByTestId("picked-customer")).toContainText(DEMO.customer.username);
  await admin.getByLabel(msg("fa", "inbox.fields.subject")).fill("پیگیری سفارش");
  await admin.getByLabel(msg("fa", "inbox.fields.department")).selectOption({ label: "فروش" });
  await admin.getByLabel(msg("fa", "inbox.fields.priority")).selectOption("HIGH");
  await admin.getByLabel(msg("fa", "inbox.fields.description")).fill(`سلام، فاکتور سفارش پیوست است. ${marker}`);
  await admin.getByLabel(msg("fa", "inbox.form.files")).setInputFiles(file);
  await admin.getByRole("button", { name: msg("fa", "inbox.actions.send") }).click();
  await expect(admin).toHaveURL(/\/fa\/admin\/inbox\/[0-9a-f-]{36}$/);
  const threadId = admin.url().split("/").pop()!;
  await expect(admin.getByTestId("thread-subject")).toHaveText("پیگیری سفارش");

  const customer = await (await browser.newContext()).newPage();
  await signIn(customer, DEMO.customer.username, DEMO.customer.password);
  await customer.goto("/fa/account");
  const badge = customer.getByRole("navigation").first().getByTestId("nav-badge");
  await expect(badge.first()).toBeVisible();
  await customer.getByRole("link", { name: new RegExp(msg("fa", "account.nav.inbox")) }).first().click();
  await customer.locator(`a[href$="/account/inbox/${threadId}"]`).click();
  await expect(customer.getByTestId("thread-subject")).toHaveText("پیگیری سفارش");
  await expect(customer.getByText(marker)).toBeVisible();

  const downloading = customer.waitForEvent("download");
  await customer.getByRole("link", { name: /فاکتور\.pdf/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("فاکتور.pdf");
  expect(readFileSync((await download.path())!, "utf8")).toBe(PDF);

  await customer.getByLabel(msg("fa", "inbox.form.message"), { exact: true }).fill(`ممنون، دریافت شد ${marker}-reply`);
  await customer.getByRole("button", { name: msg("fa", "inbox.actions.send") }).click();
  await expect(customer.getByText(`${marker}-reply`)).toBeVisible();

  await admin.goto("/fa/admin/inbox");
  const row = admin.getByTestId("thread-row").filter({ has: admin.locator(`a[href$="/admin/inbox/${threadId}"]`) });
  await expect(row).toContainText(msg("fa", "inbox.status.WAITING_STAFF"));
  await row.getByRole("link", { name: "پیگیری سفارش" }).click();
  await expect(admin.getByText(`${marker}-reply`)).toBeVisible();

  // The reply told the sales department's staff — the demo admin, by SMS — and the delivery log
  // shows it sent (the worker runs in the app; it may take a moment).
  await expect(async () => {
    await admin.goto("/fa/admin/deliveries");
    await admin.getByLabel(msg("fa", "delivery.filters.q")).fill("9120000000");
    await admin.getByRole("button", { name: msg("fa", "delivery.filters.apply") }).click();
    const told = admin.getByTestId("delivery-row").filter({ hasText: msg("fa", "delivery.template.inbox.staffNewMessage") });
    await expect(told.first()).toHaveAttribute("data-status", "SENT", { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
});
