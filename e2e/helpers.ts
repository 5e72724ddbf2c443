import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

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
