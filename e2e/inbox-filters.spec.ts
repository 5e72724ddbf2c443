import { expect, test, type Page } from "@playwright/test";
import { DEMO, msg, signIn, uniqueName } from "./helpers";

// The staff inbox's filters live in the URL (issue 10, M-1), in fa: the admin writes two threads
// through the UI — one to the demo customer in فروش (waiting for the customer), one to another
// customer in پشتیبانی, closed — then filters by department and status, reloads, picks the demo
// customer with the picker, goes back, and clears.

async function writeThread(page: Page, customerQuery: string, customerText: RegExp, department: string, subject: string) {
  await page.goto("/fa/admin/inbox/new");
  await page.getByLabel(msg("fa", "inbox.fields.customer")).fill(customerQuery);
  await page.getByRole("list", { name: msg("fa", "inbox.form.customerResults") }).getByRole("button").filter({ hasText: customerText }).first().click();
  await page.getByLabel(msg("fa", "inbox.fields.subject")).fill(subject);
  await page.getByLabel(msg("fa", "inbox.fields.department")).selectOption({ label: department });
  await page.getByLabel(msg("fa", "inbox.fields.description")).fill(`متن ${subject}`);
  await page.getByRole("button", { name: msg("fa", "inbox.actions.send") }).click();
  await expect(page).toHaveURL(/\/fa\/admin\/inbox\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("thread-subject")).toHaveText(subject);
}

test("the inbox's filters live in the URL: department and status, reload, the customer picker, back, clear", async ({ page }) => {
  const marker = uniqueName("f");
  const mine = `${marker} سفارش`;
  const other = `${marker} مرجوعی`;
  await signIn(page, DEMO.admin.username, DEMO.admin.password);

  await writeThread(page, "سارا محمدی", /سارا محمدی\s*customer\b/, "فروش", mine);
  await writeThread(page, "maryam", /maryam\.h/, "پشتیبانی", other);
  await page.getByRole("button", { name: msg("fa", "inbox.actions.close"), exact: true }).click();
  await expect(page.getByRole("button", { name: msg("fa", "inbox.actions.reopen"), exact: true })).toBeVisible();

  await page.goto("/fa/admin/inbox");
  const bar = page.getByRole("search", { name: msg("fa", "inbox.list.filters") });
  const rows = page.getByTestId("thread-row");
  const row = (subject: string) => rows.filter({ hasText: subject });
  await expect(row(mine)).toHaveCount(1);
  await expect(row(other)).toHaveCount(1);

  // Department and status: both in the URL, and only matching rows.
  await bar.getByLabel(msg("fa", "inbox.fields.department")).selectOption({ label: "فروش" });
  await expect(page).toHaveURL(/[?&]departmentId=[0-9a-f-]{36}/);
  await bar.getByLabel(msg("fa", "inbox.fields.status")).selectOption(msg("fa", "inbox.status.WAITING_CUSTOMER"));
  await expect(page).toHaveURL(/[?&]status=WAITING_CUSTOMER/);
  await expect(page).toHaveURL(/[?&]departmentId=[0-9a-f-]{36}/);
  const onlyMatching = async () => {
    await expect(row(mine)).toHaveCount(1);
    await expect(row(other)).toHaveCount(0);
    for (const text of await rows.locator("td:nth-child(3)").allTextContents()) expect(text).toBe("فروش");
    for (const text of await rows.locator("td:nth-child(4)").allTextContents()) expect(text).toBe(msg("fa", "inbox.status.WAITING_CUSTOMER"));
  };
  await onlyMatching();

  // A reload (or the bookmarked URL) restores the same filtered list and the bar's values.
  await page.reload();
  await expect(bar.getByLabel(msg("fa", "inbox.fields.department")).locator("option:checked")).toHaveText("فروش");
  await expect(bar.getByLabel(msg("fa", "inbox.fields.status"))).toHaveValue("WAITING_CUSTOMER");
  await onlyMatching();

  // Clear, then the demo customer picked with the picker: only her threads.
  await bar.getByRole("button", { name: msg("fa", "inbox.list.clear") }).click();
  await expect(page).toHaveURL(/\/fa\/admin\/inbox$/);
  await expect(row(other)).toHaveCount(1);
  await bar.getByLabel(msg("fa", "inbox.fields.customer"), { exact: true }).fill("سارا محمدی");
  await bar.getByRole("list", { name: msg("fa", "inbox.form.customerResults") }).getByRole("button").filter({ hasText: /سارا محمدی\s*customer\b/ }).first().click();
  await expect(page).toHaveURL(/[?&]customerId=[0-9a-f-]{36}/);
  await expect(bar.getByTestId("picked-customer")).toContainText(DEMO.customer.username);
  await expect(row(mine)).toHaveCount(1);
  await expect(row(other)).toHaveCount(0);
  for (const text of await rows.locator("td:nth-child(2)").allTextContents()) expect(text).toBe("سارا محمدی");

  // The picked customer survives a reload (the page looks her up); another filter keeps her.
  await page.reload();
  await expect(bar.getByTestId("picked-customer")).toContainText("سارا محمدی");
  await bar.getByLabel(msg("fa", "inbox.fields.status")).selectOption(msg("fa", "inbox.status.CLOSED"));
  await expect(page).toHaveURL(/[?&]status=CLOSED/);
  await expect(page).toHaveURL(/[?&]customerId=[0-9a-f-]{36}/);
  await expect(row(mine)).toHaveCount(0);

  // Back restores the previous view; forward the next one.
  await page.goBack();
  await expect(page).not.toHaveURL(/status=/);
  await expect(bar.getByLabel(msg("fa", "inbox.fields.status"))).toHaveValue("");
  await expect(row(mine)).toHaveCount(1);
  await page.goForward();
  await expect(page).toHaveURL(/[?&]status=CLOSED/);
  await expect(bar.getByLabel(msg("fa", "inbox.fields.status"))).toHaveValue("CLOSED");
  await expect(row(mine)).toHaveCount(0);

  // Clear: every thread again, no customer picked.
  await bar.getByRole("button", { name: msg("fa", "inbox.list.clear") }).click();
  await expect(page).toHaveURL(/\/fa\/admin\/inbox$/);
  await expect(bar.getByTestId("picked-customer")).toHaveCount(0);
  await expect(row(mine)).toHaveCount(1);
  await expect(row(other)).toHaveCount(1);
});
