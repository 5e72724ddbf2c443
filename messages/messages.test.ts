import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fa from "./fa.json";
import ar from "./ar.json";
import en from "./en.json";
import { ALL_PERMISSIONS, ADMIN_PERMISSIONS, ACCOUNT_PERMISSIONS } from "@/server/permissions";
import { ADMIN_SECTIONS, ACCOUNT_SECTIONS } from "@/lib/sections";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : flatten(v, `${prefix}${k}.`)));
const lookup = (tree: Tree, key: string) => key.split(".").reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], tree);
const catalogs = { fa, ar, en } as Record<string, Tree>;

describe("messages (L-1)", () => {
  it("have the same keys in fa, ar and en", () => {
    expect(flatten(catalogs.ar).sort()).toEqual(flatten(catalogs.fa).sort());
    expect(flatten(catalogs.en).sort()).toEqual(flatten(catalogs.fa).sort());
  });

  it.each(Object.keys(catalogs))("%s has no empty text", (locale) => {
    for (const key of flatten(catalogs[locale])) expect(String(lookup(catalogs[locale], key)).trim(), key).not.toBe("");
  });

  it("fa and ar are not left in English", () => {
    // Placeholders ({amount}) are names, not text: "{amount} {currency}" reads the same in every language.
    const latinOnly = (raw: string) => {
      const s = raw.replace(/\{\w+\}/g, "");
      return /^[\x20-\x7E…]*$/.test(s) && /[a-z]{3}/i.test(s);
    };
    const exceptions = new Set(["common.locale.en"]);
    for (const locale of ["fa", "ar"]) {
      for (const key of flatten(catalogs[locale])) {
        if (!exceptions.has(key)) expect(latinOnly(String(lookup(catalogs[locale], key))), `${locale}: ${key}`).toBe(false);
      }
    }
  });

  it("label every permission of the catalog and every group", () => {
    for (const locale of Object.keys(catalogs)) {
      for (const p of ALL_PERMISSIONS) expect(lookup(catalogs[locale], `permissions.${p}`), `${locale}: ${p}`).toEqual(expect.any(String));
      for (const g of [...Object.keys(ADMIN_PERMISSIONS), ...Object.keys(ACCOUNT_PERMISSIONS)]) {
        expect(lookup(catalogs[locale], `permissionGroups.${g}`), `${locale}: ${g}`).toEqual(expect.any(String));
      }
    }
  });

  it("name every section of both portals, and each section opens with a permission of the catalog", () => {
    for (const s of ADMIN_SECTIONS) {
      expect(ALL_PERMISSIONS).toContain(s.permission);
      expect(lookup(catalogs.fa, `admin.nav.${s.slug}`)).toEqual(expect.any(String));
    }
    for (const s of ACCOUNT_SECTIONS) {
      expect(ALL_PERMISSIONS).toContain(s.permission);
      expect(lookup(catalogs.fa, `account.nav.${s.slug}`)).toEqual(expect.any(String));
    }
  });
});

describe("layout (L-2)", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const path = join(dir, f);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(f) && !f.endsWith(".test.ts") ? [path] : [];
    });
  // Tailwind's physical utilities, bare or with variants (sm:ml-2, hover:pl-4, text-left, border-l, rounded-tl-lg).
  const physical =
    /(^|["'`\s:])-?(m[lr]|p[lr]|left|right|border-[lr]|rounded-(?:[lr]|tl|tr|bl|br)|text-(?:left|right)|float-(?:left|right)|scroll-[mp][lr])(-[0-9a-z/.[\]]+)?(?=["'`\s]|$)/m;

  it("the check finds physical classes", () => {
    for (const bad of [`"ml-2"`, `"sm:ml-2 x"`, `"hover:pl-4"`, `"text-left"`, `"border-l"`, `"rounded-tl-lg"`, `"-mr-1"`, `"left-0"`]) {
      expect(physical.test(bad), bad).toBe(true);
    }
    for (const good of [`"ms-2"`, `"pe-4"`, `"text-start"`, `"border-e"`, `"start-0"`, `"rounded-lg"`]) {
      expect(physical.test(good), good).toBe(false);
    }
  });

  it("uses logical classes only (ms-/pe-/start-/text-start), so right-to-left pages are right", () => {
    const offenders = [...files("app"), ...files("components")].filter((f) => physical.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
