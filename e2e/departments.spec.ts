import { expect, test } from "@playwright/test";
import { DEMO, msg, signIn, uniqueName } from "./helpers";

// Departments of the inbox (issue 10 point 1), in Persian: the demo admin sees the seeded five,
// creates one with a staff member, deactivates it; Settings → inbox shows its rules.

test("departments: the seeded five, a new one with a staff member, deactivated", async ({ page }) => {
  const m = (key: string) => msg("fa", key);
  await signIn(page, DEMO.admin.username, DEMO.admin.password, "fa");
  await page.goto("/fa/admin/departments");
  await expect(page.getByRole("heading", { name: m("departments.title") })).toBeVisible();
  const rows = page.getByTestId("department-row");
  for (const name of ["فروش", "فنی", "مدیریت", "پشتیبانی", "مشاوره"]) {
    await expect(page.locator(`[data-testid="department-row"][data-name="${name}"]`)).toBeVisible();
  }
  // The demo admin answers for sales.
  await expect(page.locator('[data-testid="department-row"][data-name="فروش"]')).toContainText("مدیر فروشگاه");
  const before = await rows.count();

  const suffix = uniqueName("e2e");
  const name = `کیفیت ${suffix}`;
  await page.getByTestId("add-department").click();
  const form = page.getByTestId("department-form");
  await form.getByLabel(`${m("catalog.common.nameFa")} *`).fill(name);
  await form.getByLabel(m("catalog.common.nameEn")).fill(`Quality ${suffix}`);
  await form.getByLabel(m("departments.form.notify")).selectOption({ label: m("departments.form.notifyOptions.BOTH") });
  await form.getByLabel(m("departments.form.staffSearch")).fill("admin");
  await form.getByRole("button", { name: "افزودن مدیر فروشگاه" }).click();
  await expect(form.getByTestId("chosen-staff")).toContainText("مدیر فروشگاه");
  await form.getByRole("button", { name: m("departments.form.save") }).click();

  const row = page.locator(`[data-testid="department-row"][data-name="${name}"]`);
  await expect(row).toContainText("مدیر فروشگاه");
  await expect(row).toContainText(m("departments.form.notifyOptions.BOTH"));
  await expect(row).toHaveAttribute("data-active", "true");
  await expect(rows).toHaveCount(before + 1);

  // The same name again (with Arabic ي/ك where Persian has ی/ک) is refused on the name field.
  await page.getByTestId("add-department").click();
  await form.getByLabel(`${m("catalog.common.nameFa")} *`).fill(name.replace(/ی/g, "ي").replace(/ک/g, "ك"));
  await form.getByRole("button", { name: m("departments.form.save") }).click();
  await expect(form.locator('[data-field-error="name.fa"]')).toHaveText(m("departments.errors.nameTaken"));
  await form.getByRole("button", { name: m("departments.form.cancel") }).click();

  await row.getByRole("button", { name: m("departments.actionsFor").replace("{name}", name) }).click();
  await page.getByRole("menuitem", { name: m("departments.deactivate") }).click();
  await expect(row).toHaveAttribute("data-active", "false");
  await expect(row).toContainText(m("catalog.common.inactive"));

  // Settings → inbox: the defaults, and a wrong value refused beside its field.
  await page.goto("/fa/admin/settings");
  const inbox = page.getByTestId("inbox-settings-form");
  const urgent = inbox.getByLabel(m("inboxSettings.priority.URGENT"));
  await expect(urgent).toHaveValue("2");
  await urgent.fill("0");
  await inbox.getByRole("button", { name: m("inboxSettings.save") }).click();
  await expect(inbox.locator('[data-field-error="responseHours.URGENT"]')).toHaveText(m("inboxSettings.errors.hoursRange"));
});
