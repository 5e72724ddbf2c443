import { expect, test } from "@playwright/test";
import { DEMO, msg, signIn, uniqueMobile } from "./helpers";

// The delivery pipeline in fa (issue 10): the admin opens Settings → e-mail and SMS, sends a test SMS
// through the log transport, and finds it in the delivery log as sent.

test("a test SMS through the log transport shows in the delivery log as sent", async ({ page }) => {
  const mobile = uniqueMobile(); // 0912xxxxxxx, stored as +98912xxxxxxx
  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  await page.goto("/fa/admin/settings");
  await page.getByRole("main").getByRole("link", { name: msg("fa", "delivery.settings.title") }).click();
  await expect(page).toHaveURL(/\/fa\/admin\/settings\/messaging$/);
  await expect(page.getByRole("heading", { level: 1, name: msg("fa", "delivery.settings.title") })).toBeVisible();

  const form = page.getByTestId("test-send-sms");
  await expect(form.getByLabel(msg("fa", "delivery.test.transport"))).toHaveValue("log");
  // A wrong number is refused beside the field.
  await form.getByLabel(msg("fa", "delivery.test.mobile")).fill("12");
  await form.getByRole("button", { name: msg("fa", "delivery.test.send") }).click();
  await expect(form.getByText(msg("fa", "validation.mobileInvalid"))).toBeVisible();
  await form.getByLabel(msg("fa", "delivery.test.mobile")).fill(mobile);
  await form.getByRole("button", { name: msg("fa", "delivery.test.send") }).click();
  await expect(form.getByTestId("test-sent")).toHaveText(msg("fa", "delivery.test.sent"));

  await page.getByRole("main").getByRole("link", { name: msg("fa", "delivery.settings.toLog") }).click();
  await expect(page).toHaveURL(/\/fa\/admin\/deliveries$/);
  await page.getByLabel(msg("fa", "delivery.filters.q")).fill(mobile.slice(1));
  await page.getByRole("button", { name: msg("fa", "delivery.filters.apply") }).click();
  const row = page.getByTestId("delivery-row");
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-address", `+98${mobile.slice(1)}`);
  await expect(row).toHaveAttribute("data-status", "SENT");
  await expect(row).toContainText(msg("fa", "delivery.status.SENT"));
  await expect(row).toContainText(msg("fa", "delivery.template.test"));
  await expect(row).toContainText(msg("fa", "delivery.transport.log"));
});
