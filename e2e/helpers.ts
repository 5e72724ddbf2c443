import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
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
