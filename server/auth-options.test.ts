import { beforeEach, describe, expect, it } from "vitest";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { useTestDb, resetDb } from "@/test/db";
import { makeCustomer, makeStaff } from "@/test/factories";
import { authOptions, authorizeCredentials, jwtCallback, onCreateUser, SignInRefused } from "./auth-options";

const getDb = useTestDb();
const adapter = authOptions.adapter as Required<Adapter>;
const request = new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": "203.0.113.50, 198.51.100.4" } });

const roleKeys = async (userId: string) =>
  (await getDb().userRole.findMany({ where: { userId }, select: { role: { select: { key: true } } } })).map((r) => r.role.key);

beforeEach(() => resetDb(getDb()));

describe("every new user gets the default role (A-1)", () => {
  it("through next-auth's adapter path: createUser, then the createUser event", async () => {
    // What next-auth does when a user first arrives through an external provider.
    const user = await adapter.createUser({ id: "", name: "Layla Ahmed", email: "Layla@Example.com", emailVerified: null } as AdapterUser);
    await authOptions.events.createUser({ user });
    expect(await roleKeys(user.id)).toEqual(["customer"]);
    const customer = await getDb().customer.findUnique({ where: { userId: user.id } });
    expect(customer).not.toBeNull();
    expect(await adapter.getUserByEmail("layla@example.com")).toMatchObject({ id: user.id, name: "Layla Ahmed" });
  });

  it("the createUser event gives the role to a user some other path created without it", async () => {
    const bare = await getDb().user.create({ data: { username: "bare", name: "Bare" }, select: { id: true } });
    await onCreateUser({ user: bare });
    await onCreateUser({ user: bare }); // a second event changes nothing
    expect(await roleKeys(bare.id)).toEqual(["customer"]);
  });

  it("links an external account to its user", async () => {
    const user = await adapter.createUser({ id: "", name: "N", email: "n@example.com", emailVerified: null } as AdapterUser);
    await adapter.linkAccount({ userId: user.id, type: "oidc", provider: "idp", providerAccountId: "42" });
    expect(await adapter.getUserByAccount({ provider: "idp", providerAccountId: "42" })).toMatchObject({ id: user.id });
  });
});

describe("the credentials provider", () => {
  it("returns the user for the right password and remembers the address the nearest proxy saw", async () => {
    const { userId, username } = await makeCustomer(getDb(), { password: "right-pass" });
    expect(await authorizeCredentials({ identifier: username, password: "right-pass" }, request)).toMatchObject({ id: userId });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: userId } })).lastSignInIp).toBe("198.51.100.4");
  });

  it("refuses a blocked customer with the code the form translates", async () => {
    const { username } = await makeCustomer(getDb(), { password: "right-pass", status: "BLOCKED" });
    const error = await authorizeCredentials({ identifier: username, password: "right-pass" }, request).catch((e) => e);
    expect(error).toBeInstanceOf(SignInRefused);
    expect(error.code).toBe("blocked");
  });

  it("refuses empty credentials as invalid", async () => {
    await expect(authorizeCredentials({}, request)).rejects.toMatchObject({ code: "invalid" });
  });
});

describe("the session token (jwt callback)", () => {
  it("carries the user id, customer id and the union of the roles' permissions", async () => {
    const { userId, customerId } = await makeCustomer(getDb());
    const token = await jwtCallback({ token: {}, user: { id: userId, sessionVersion: 0 } });
    expect(token).toMatchObject({ sub: userId, customerId, sv: 0 });
    expect(token!.permissions).toContain("account.profile");
    expect(token!.permissions!.every((p) => p.startsWith("account."))).toBe(true);
  });

  it("follows role changes on the next request, without signing out", async () => {
    const { userId } = await makeStaff(getDb(), ["customers.read"]);
    const token = (await jwtCallback({ token: {}, user: { id: userId } }))!;
    expect(token.permissions).toEqual(["customers.read"]);
    const extra = await getDb().role.create({ data: { name: "Auditors", permissions: { create: [{ permission: "audit.read" }] } } });
    await getDb().userRole.create({ data: { userId, roleId: extra.id } });
    expect((await jwtCallback({ token }))!.permissions).toEqual(["audit.read", "customers.read"]);
  });

  it("drops the session of a user who was blocked after signing in (A-5)", async () => {
    const { userId } = await makeCustomer(getDb());
    const token = (await jwtCallback({ token: {}, user: { id: userId, sessionVersion: 0 } }))!;
    expect(await jwtCallback({ token })).not.toBeNull();
    await getDb().user.update({ where: { id: userId }, data: { status: "BLOCKED" } });
    expect(await jwtCallback({ token })).toBeNull();
  });

  it("drops a token issued before the user's password changed", async () => {
    const { userId } = await makeCustomer(getDb());
    const token = (await jwtCallback({ token: {}, user: { id: userId, sessionVersion: 0 } }))!;
    await getDb().user.update({ where: { id: userId }, data: { sessionVersion: 1 } });
    expect(await jwtCallback({ token })).toBeNull();
  });
});
