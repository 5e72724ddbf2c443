import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { DEMO, msg, signIn, uniqueName } from "./helpers";

// Issue 9's poll results in fa (V-3, seed 003: "the answers as a pie chart in the admin panel; the
// details by name, date, message, answer and respondent"): a visitor answers the demo poll with a
// message; the admin opens its results from the polls list, sees the pie, the counts and the details
// row, filters the details, and downloads them as .xlsx.

const SEED_QUESTION = "میزان علاقه‌مندی شما به رایحه ادکلن‌های سرد چقدر است؟";
const fa = (key: string, params: Record<string, string> = {}) =>
  Object.entries(params).reduce((text, [k, v]) => text.replace(`{${k}}`, v), msg("fa", key));

test("a visitor answers the demo poll; the admin sees the pie chart and the details row", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  await page.goto("/fa/admin/polls");
  const publicLink = page.getByRole("link", { name: fa("polls.admin.publicPageNamed", { question: SEED_QUESTION }), exact: true });
  const publicPath = await publicLink.getAttribute("href");
  expect(publicPath).toMatch(/^\/fa\/polls\/[0-9a-f-]{36}$/);

  // A visitor, not signed in, answers with a message of their own.
  const message = `بوی خنک را دوست دارم ${uniqueName("e2e")}`;
  const visitor = await browser.newContext();
  const tab = await visitor.newPage();
  await tab.goto(publicPath!);
  await tab.getByRole("radio", { name: "متوسط", exact: true }).check();
  await tab.getByRole("radio", { name: "دختر", exact: true }).check();
  await tab.getByLabel(fa("polls.public.message")).fill(message);
  await tab.getByRole("button", { name: fa("polls.public.submit") }).click();
  await expect(tab.getByTestId("poll-notice")).toHaveText(fa("polls.public.thanks"));
  await visitor.close();

  // The admin opens the results from the poll's row.
  await page.getByTestId("poll-row").filter({ has: publicLink }).getByTestId("poll-results-link").click();
  await expect(page).toHaveURL(/\/fa\/admin\/polls\/[0-9a-f-]{36}\/results$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fa("pollResults.title"));
  await expect(page.getByTestId("poll-question")).toHaveText(SEED_QUESTION);
  await expect(page.getByTestId("poll-status")).toHaveAttribute("data-status", "OPEN");
  await expect(page.getByRole("link", { name: fa("pollResults.backToList") })).toHaveAttribute("href", "/fa/admin/polls");

  // The pie: an image named for screen readers, with at least the visitor's slice drawn.
  const chart = page.getByTestId("poll-chart").getByRole("img", { name: fa("pollResults.summary.chartLabel") });
  await expect(chart).toBeVisible();
  expect(await page.getByTestId("poll-chart").locator(".recharts-pie-sector").count()).toBeGreaterThan(0);
  // Beside it, the counts as text in Persian digits, the answers in the poll's order.
  const answers = page.getByTestId("poll-answer-row");
  await expect(answers).toHaveCount(3);
  await expect(answers.locator("th")).toHaveText([/زیاد/, /متوسط/, /کم/]);
  await expect(answers.nth(1).locator("td").first()).not.toHaveText("۰");
  await expect(page.getByTestId("poll-answers-table").locator("tfoot")).toContainText("۱۰۰٪");
  // The split by respondent type: the four types and "not given".
  await expect(page.getByTestId("poll-type-row").locator("th")).toHaveText(["خانم", "آقا", "دختر", "پسر", fa("pollResults.byType.none")]);

  // The details row: a visitor, the answer, the respondent type and the message as typed.
  const row = page.getByTestId("poll-response-row").filter({ hasText: message });
  await expect(row).toHaveCount(1);
  await expect(row.locator("td")).toHaveText([fa("pollResults.details.visitor"), /۱۴[۰-۹]{2}/, "متوسط", "دختر", message]);

  // Filters: another answer hides the row; the answer, type and words of the message find it.
  const filters = page.getByRole("search", { name: fa("pollResults.filters.label") });
  await filters.getByLabel(fa("pollResults.filters.answer"), { exact: true }).selectOption({ label: "زیاد" });
  await filters.getByRole("button", { name: fa("pollResults.filters.apply") }).click();
  await expect(page.getByTestId("poll-response-row").filter({ hasText: message })).toHaveCount(0);
  await filters.getByLabel(fa("pollResults.filters.answer"), { exact: true }).selectOption({ label: "متوسط" });
  await filters.getByLabel(fa("pollResults.filters.respondentType"), { exact: true }).selectOption({ label: "دختر" });
  await filters.getByLabel(fa("pollResults.filters.q"), { exact: true }).fill(message.split(" ").at(-1)!);
  await filters.getByRole("button", { name: fa("pollResults.filters.apply") }).click();
  await expect(page.getByTestId("poll-response-row")).toHaveCount(1);
  await expect(page.getByTestId("poll-response-row")).toContainText(message);

  // The export holds what the filters show, with a Persian header, right to left.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: fa("pollResults.exportButton") }).click();
  const file = await (await download).path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(file) as never);
  const sheet = book.worksheets[0]!;
  expect(sheet.views[0]?.rightToLeft).toBe(true);
  expect(sheet.getRow(1).values).toEqual([undefined, "نام", "تاریخ", "پاسخ", "پاسخ دهنده", "پیام"]);
  expect(sheet.rowCount).toBe(2);
  expect(sheet.getRow(2).getCell(5).value).toBe(message);
});

test("the results page and its export are closed to a customer", async ({ page }) => {
  await signIn(page, DEMO.customer.username, DEMO.customer.password);
  const res = await page.request.get("/api/admin/polls/0190a000-0000-7000-8000-000000000000/export?locale=fa");
  expect(res.status()).toBe(403);
  const pageRes = await page.goto("/fa/admin/polls/0190a000-0000-7000-8000-000000000000/results");
  expect(pageRes?.status()).toBe(403);
});
