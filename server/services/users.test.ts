import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { signUp, unusedReferralCode } from "./users";
import { FieldErrors } from "../errors";
import { SETTING, setSetting } from "./settings";
import { permissionsOf } from "./roles";

const getDb = useTestDb();
const sara = { name: "سارا محمدی", username: "sara", mobile: "+989121234567", email: "sara@example.com", password: "sara-pass-1" };

const rolesOf = async (userId: string) =>
  (await getDb().userRole.findMany({ where: { userId }, select: { role: { select: { key: true, name: true } } } })).map((r) => r.role);

describe("sign-up (A-1)", () => {
  beforeEach(() => resetDb(getDb()));

  it("creates the user and the customer and gives the default role 'store customer'", async () => {
    const { userId, customerId } = await signUp(getDb(), sara);
    const customer = await getDb().customer.findUniqueOrThrow({ where: { id: customerId } });
    expect(customer.userId).toBe(userId);
    expect(customer.referralCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(customer.searchText).toContain("سارا محمدی");
    expect(customer.searchText).toContain("09121234567");
    expect(await rolesOf(userId)).toEqual([{ key: "customer", name: "مشتری فروشگاه" }]);
    expect(await permissionsOf(getDb(), userId)).toContain("account.profile");
  });

  it("stores a slow hash, never the password", async () => {
    const { userId } = await signUp(getDb(), sara);
    const user = await getDb().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(user.passwordHash).not.toContain(sara.password);
  });

  it("gives the role the setting names when the store picked another default", async () => {
    const vip = await getDb().role.create({ data: { name: "VIP customer" } });
    await setSetting(getDb(), SETTING.defaultRoleId, vip.id);
    const { userId } = await signUp(getDb(), sara);
    expect(await rolesOf(userId)).toEqual([{ key: null, name: "VIP customer" }]);
  });

  it("names every field whose value another user has", async () => {
    await signUp(getDb(), sara);
    const error = await signUp(getDb(), { ...sara, name: "دیگری" }).catch((e) => e);
    expect(error).toBeInstanceOf(FieldErrors);
    expect((error as FieldErrors).fields).toEqual([
      { path: "username", message: "errors.usernameTaken" },
      { path: "mobile", message: "errors.mobileTaken" },
      { path: "email", message: "errors.emailTaken" },
    ]);
    expect(await getDb().user.count()).toBe(1);
  });

  it("writes nothing when a step fails: no user without a customer or a role", async () => {
    // No default role can be found: the last step of the transaction fails.
    await getDb().setting.deleteMany();
    await getDb().rolePermission.deleteMany();
    await getDb().role.deleteMany();
    await expect(signUp(getDb(), sara)).rejects.toThrow(/No default role/);
    expect(await getDb().user.count()).toBe(0);
    expect(await getDb().customer.count()).toBe(0);
  });
});

describe("referral codes", () => {
  beforeEach(() => resetDb(getDb()));

  it("never reuse a code another customer has", async () => {
    const { customerId } = await signUp(getDb(), sara);
    const taken = (await getDb().customer.findUniqueOrThrow({ where: { id: customerId } })).referralCode;
    const draws = [taken, taken, "FRESH234"];
    expect(await unusedReferralCode(getDb(), () => draws.shift()!)).toBe("FRESH234");
    expect(draws).toEqual([]);
  });
});
