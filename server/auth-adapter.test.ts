// next-auth's adapter: users from external providers are customers the admin list finds and sorts.
import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { callerAs, sessionOf } from "@/test/factories";
import { makeAdmin } from "@/test/customers";
import { bashgahAdapter } from "./auth-adapter";

const getDb = useTestDb();
beforeEach(async () => resetDb(getDb()));

describe("the next-auth adapter", () => {
  it("a provider's change of name and e-mail reaches the admin list's search", async () => {
    const adapter = bashgahAdapter(getDb);
    const created = await adapter.createUser!({ id: "", name: "Old Name", email: "Old@Example.com", emailVerified: null });
    const admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
    const found = async (q: string) => (await admin.customers.list({ filter: { q } })).rows.map((r) => r.name);

    expect(await found("old@example.com")).toEqual(["Old Name"]);
    await adapter.updateUser!({ id: created.id, name: "سارا کریمی", email: "Sara@Example.com" });

    expect(await found("كريمي")).toEqual(["سارا کریمی"]);
    expect(await found("sara@example.com")).toEqual(["سارا کریمی"]);
    expect(await found("Old Name")).toEqual([]);
  });

  it("a provider's new user waits for approval when sign-ups need it", async () => {
    const admin = callerAs(getDb(), await sessionOf(getDb(), (await makeAdmin(getDb())).userId));
    await admin.customerSettings.update({ signUpApproval: true, addressCapture: "national" });
    const created = await bashgahAdapter(getDb).createUser!({ id: "", name: "New One", email: "new@example.com", emailVerified: null });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("PENDING");
  });
});
