import { expect, test, type Page } from "@playwright/test";
import { DEMO, msg, signIn, uniqueName } from "./helpers";

// Issue 9's poll journey in fa (V-1, V-2, seed 003 نظرسنجی): the admin makes the seed example —
// "How much do you like cold perfumes?" with much / medium / little, four respondent types and a
// message box — and opens it; a visitor (not signed in) answers "زیاد" as "خانم" with a message; a
// second answer from the same browser is refused. One pass in ar checks the public page's direction
// and language.

const SEED_QUESTION = "میزان علاقه‌مندی شما به رایحه ادکلن‌های سرد چقدر است؟";
const fill = (locale: string, key: string, params: Record<string, string> = {}) =>
  Object.entries(params).reduce((text, [k, v]) => text.replace(`{${k}}`, v), msg(locale, key));
const fa = (key: string, params: Record<string, string> = {}) => fill("fa", key, params);
const pollRow = (page: Page, question: string) => page.getByTestId("poll-row").filter({ hasText: question });

/** The public path of a poll, read from its row in the admin list. */
async function publicPath(page: Page, question: string) {
  const href = await page.getByRole("link", { name: fa("polls.admin.publicPageNamed", { question }), exact: true }).getAttribute("href");
  expect(href).toMatch(/^\/fa\/polls\/[0-9a-f-]{36}$/);
  return href!.replace(/^\/fa/, "");
}

test("the admin creates and opens the seed poll; a visitor answers once with a message", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const question = `${SEED_QUESTION} ${uniqueName("e2e")}`;
  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  await page.goto("/fa/admin/polls");
  await page.getByRole("link", { name: fa("polls.admin.new") }).click();
  await expect(page).toHaveURL(/\/fa\/admin\/polls\/new$/);

  await page.getByLabel(`${fa("polls.form.question")} *`).fill(question);
  const answers = page.getByTestId("poll-options").getByRole("textbox");
  await page.getByRole("button", { name: fa("polls.form.addAnswer"), exact: true }).click();
  for (const [i, label] of ["زیاد", "متوسط", "کم"].entries()) await answers.nth(i).fill(label);
  const types = page.getByTestId("poll-respondentTypes").getByRole("textbox");
  for (const [i, label] of ["خانم", "آقا", "دختر", "پسر"].entries()) {
    await page.getByRole("button", { name: fa("polls.form.addRespondentType"), exact: true }).click();
    await types.nth(i).fill(label);
  }
  // The order matters: move "کم" up and back down again with the arrows.
  await page.getByRole("button", { name: fa("polls.form.moveUp", { label: "پاسخ ۳" }) }).click();
  await expect(answers.nth(1)).toHaveValue("کم");
  await page.getByRole("button", { name: fa("polls.form.moveDown", { label: "پاسخ ۲" }) }).click();
  await expect(answers.nth(2)).toHaveValue("کم");
  const allowMessage = page.getByRole("switch", { name: fa("polls.form.allowMessage") });
  await allowMessage.locator("xpath=..").click(); // the drawn switch, as a user clicks it
  await expect(allowMessage).toBeChecked();
  // Created as a draft (the default), then opened from the list.
  await page.getByRole("button", { name: fa("polls.form.create") }).click();
  await expect(page).toHaveURL(/\/fa\/admin\/polls$/);
  const row = pollRow(page, question);
  await expect(row.getByTestId("poll-status")).toHaveAttribute("data-status", "DRAFT");
  await row.getByRole("button", { name: fa("polls.admin.actionsNamed", { question }) }).click();
  await page.getByRole("menuitem", { name: fa("polls.admin.actions.open"), exact: true }).click();
  await expect(row.getByTestId("poll-status")).toHaveAttribute("data-status", "OPEN");
  await expect(row.getByTestId("poll-results-link")).toHaveAttribute("href", /\/fa\/admin\/polls\/[0-9a-f-]{36}\/results$/);
  const path = await publicPath(page, question);

  // A visitor, not signed in, in a browser of their own; two tabs open on the poll.
  const visitor = await browser.newContext();
  const tab = await visitor.newPage();
  const other = await visitor.newPage();
  await tab.goto(`/fa${path}`);
  await other.goto(`/fa${path}`);
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText(question);
  await tab.getByRole("radio", { name: "زیاد", exact: true }).check();
  await tab.getByRole("radio", { name: "خانم", exact: true }).check();
  await tab.getByLabel(fa("polls.public.message")).fill("بوی خنک در تابستان عالی است");
  await tab.getByRole("button", { name: fa("polls.public.submit") }).click();
  await expect(tab.getByTestId("poll-notice")).toHaveText(fa("polls.public.thanks"));

  // The second tab still shows the form: its answer is refused by the server.
  await other.getByRole("radio", { name: "کم", exact: true }).check();
  await other.getByRole("radio", { name: "آقا", exact: true }).check();
  await other.getByRole("button", { name: fa("polls.public.submit") }).click();
  await expect(other.getByTestId("poll-notice")).toHaveText(fa("polls.public.alreadyAnswered"));
  // Coming back, the page says so instead of showing the form.
  await tab.reload();
  await expect(tab.getByTestId("poll-notice")).toHaveText(fa("polls.public.alreadyAnswered"));
  await expect(tab.getByRole("button", { name: fa("polls.public.submit") })).toHaveCount(0);
  await visitor.close();

  // One answer reached the admin's list.
  await page.reload();
  await expect(pollRow(page, question).getByTestId("poll-responses")).toHaveText("۱");
});

test("ar: the public poll page is right-to-left and in Arabic (and left-to-right in en)", async ({ page, browser }) => {
  // The demo's seed poll, found in the admin list.
  await signIn(page, DEMO.admin.username, DEMO.admin.password);
  await page.goto("/fa/admin/polls");
  const path = await publicPath(page, SEED_QUESTION);
  const visitor = await browser.newContext();
  const tab = await visitor.newPage();
  await tab.goto(`/ar${path}`);
  await expect(tab.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(tab.locator("html")).toHaveAttribute("lang", "ar");
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText(SEED_QUESTION);
  await expect(tab.getByRole("group", { name: msg("ar", "polls.public.chooseAnswer") })).toBeVisible();
  await expect(tab.getByRole("button", { name: msg("ar", "polls.public.submit") })).toBeVisible();
  await expect(tab.getByText(msg("ar", "polls.public.title"), { exact: true })).toBeVisible();
  // And in English, left-to-right.
  await tab.goto(`/en${path}`);
  await expect(tab.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(tab.getByRole("heading", { level: 1 })).toHaveText(SEED_QUESTION);
  await expect(tab.getByRole("button", { name: msg("en", "polls.public.submit") })).toBeVisible();
  await visitor.close();
});
