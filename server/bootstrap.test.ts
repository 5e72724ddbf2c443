// The first start on the embedded database: migrations, system roles and demo data, once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb, getPglite } from "./db";
import { prepareDatabase } from "./bootstrap";
import { authenticate } from "./services/sign-in";
import { permissionsOf } from "./services/roles";
import { ALL_ADMIN_PERMISSIONS } from "./permissions";

const dataDir = mkdtempSync(join(tmpdir(), "bashgah-embedded-"));

describe.skipIf(!!process.env.DATABASE_URL)("embedded start", () => {
  process.env.PGLITE_DATA_DIR = join(dataDir, "nested", "pglite"); // parent folders are made too
  delete (globalThis as { __bashgahDb?: unknown }).__bashgahDb;

  afterAll(async () => {
    await getPglite()?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("creates the demo admin, customers, groups and custom field on the first start only", async () => {
    await prepareDatabase();
    await prepareDatabase(); // a restart
    const users = await getDb().user.findMany({ select: { username: true, status: true }, orderBy: { username: "asc" } });
    expect(users).toEqual([
      { username: "admin", status: "ACTIVE" },
      { username: "ali.rezaei", status: "ACTIVE" },
      { username: "blocked", status: "BLOCKED" },
      { username: "customer", status: "ACTIVE" },
      { username: "fatemeh.k", status: "ACTIVE" },
      { username: "khaled.alotaibi", status: "ACTIVE" },
      { username: "maryam.h", status: "ACTIVE" },
      { username: "new.signup", status: "PENDING" },
      { username: "noura.alqahtani", status: "ACTIVE" },
    ]);
    const groups = await getDb().customerGroup.findMany({ select: { name: true, _count: { select: { members: true } } }, orderBy: { name: "asc" } });
    expect(groups).toEqual([
      { name: "مشتریان ویژه", _count: { members: 3 } },
      { name: "همکار", _count: { members: 2 } },
    ]);
    expect(await getDb().customField.count({ where: { showAtSignUp: true } })).toBe(1);
  });

  it("lets the demo admin in with every admin permission, and the demo customer as a store customer", async () => {
    const admin = await authenticate(getDb(), "admin", "admin12345");
    expect(admin.ok).toBe(true);
    expect(await permissionsOf(getDb(), admin.ok ? admin.user.id : "")).toEqual(expect.arrayContaining(ALL_ADMIN_PERMISSIONS));
    const customer = await authenticate(getDb(), "customer", "customer12345");
    expect(customer.ok).toBe(true);
    expect(await authenticate(getDb(), "blocked", "blocked12345")).toEqual({ ok: false, code: "blocked" });
  });

  it("sets the default role to 'store customer'", async () => {
    const setting = await getDb().setting.findUniqueOrThrow({ where: { key: "auth.defaultRoleId" } });
    const role = await getDb().role.findUniqueOrThrow({ where: { id: setting.value as string } });
    expect(role.name).toBe("مشتری فروشگاه");
  });
});
