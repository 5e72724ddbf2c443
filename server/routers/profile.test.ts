import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/test/db";
import { callerAs, makeCustomer, makeStaff, sessionOf } from "@/test/factories";
import { refusal } from "@/test/customers";
import { verifyPassword } from "../services/passwords";

const getDb = useTestDb();
let me: Awaited<ReturnType<typeof makeCustomer>>;
let other: Awaited<ReturnType<typeof makeCustomer>>;

beforeAll(async () => {
  me = await makeCustomer(getDb(), { password: "my-old-pass" });
  other = await makeCustomer(getDb());
});

const asMe = async () => callerAs(getDb(), await sessionOf(getDb(), me.userId));

describe("profile: who may call it", () => {
  it("refuses a visitor", async () => {
    await expect(callerAs(getDb(), null).profile.get()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses a staff user who has no customer record", async () => {
    const staff = await makeStaff(getDb(), ["customers.read"]);
    await expect(callerAs(getDb(), await sessionOf(getDb(), staff.userId)).profile.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a customer whose roles lack account.profile", async () => {
    const session = await sessionOf(getDb(), me.userId);
    const withoutProfile = { ...session, permissions: session.permissions.filter((p) => p !== "account.profile") };
    await expect(callerAs(getDb(), withoutProfile).profile.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("profile: a customer's own row only", () => {
  it("reads the signed-in customer's profile with their roles, never a password hash", async () => {
    const profile = await (await asMe()).profile.get();
    expect(profile.username).toBe(me.username);
    expect(profile.roles).toEqual([{ key: "customer", name: "مشتری فروشگاه" }]);
    // Every customer has their own referral code, the default role included (issue 7, P-5).
    expect(profile.referralCode).toBe((await getDb().customer.findUniqueOrThrow({ where: { userId: me.userId } })).referralCode);
    expect(JSON.stringify(profile)).not.toContain("$2");
  });

  it("keeps the customer's language and consent to inbox e-mail / SMS, and leaves them alone when not sent", async () => {
    const api = await asMe();
    const saved = await api.profile.update({ name: "سارا", mobile: "09190002233", email: "", locale: "ar", notifyBySms: true, notifyByEmail: false });
    expect(saved).toMatchObject({ locale: "ar", notifyBySms: true, notifyByEmail: false });
    const again = await api.profile.update({ name: "سارا م", mobile: "09190002233", email: "" });
    expect(again).toMatchObject({ name: "سارا م", locale: "ar", notifyBySms: true });
    expect((await refusal(api.profile.update({ name: "x", mobile: "09190002233", email: "", locale: "de" as never }))).fields).toEqual([{ path: "locale", message: "validation.invalid" }]);
  });

  it("updates name, mobile and e-mail of the caller and of nobody else", async () => {
    const before = await getDb().user.findUniqueOrThrow({ where: { id: other.userId } });
    const saved = await (await asMe()).profile.update({ name: "نام تازه", mobile: "۰۹۱۹۰۰۰۱۱۲۲", email: "New@Example.com" });
    expect(saved).toMatchObject({ name: "نام تازه", mobile: "+989190001122", email: "new@example.com" });
    const customer = await getDb().customer.findUniqueOrThrow({ where: { userId: me.userId } });
    expect(customer.searchText).toContain("نام تازه");
    expect(await getDb().user.findUniqueOrThrow({ where: { id: other.userId } })).toEqual(before);
  });

  it("cannot be pointed at another customer: extra fields are refused", async () => {
    await expect(
      (await asMe()).profile.update({ name: "x", mobile: "09190001122", email: "", userId: other.userId } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("refuses another user's mobile number on the mobile field", async () => {
    const taken = (await getDb().user.findUniqueOrThrow({ where: { id: other.userId } })).mobile!;
    await expect((await asMe()).profile.update({ name: "x", mobile: taken, email: "" })).rejects.toMatchObject({
      code: "CONFLICT",
      cause: { fields: [{ path: "mobile", message: "errors.mobileTaken" }] },
    });
  });
});

describe("profile.changePassword", () => {
  it("needs the current password, on its field", async () => {
    await expect(
      (await asMe()).profile.changePassword({ currentPassword: "wrong", newPassword: "new-password-1", confirmPassword: "new-password-1" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", cause: { fields: [{ path: "currentPassword", message: "errors.currentPasswordWrong" }] } });
  });

  it("needs the confirmation to match", async () => {
    await expect(
      (await asMe()).profile.changePassword({ currentPassword: "my-old-pass", newPassword: "new-password-1", confirmPassword: "other-1234" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("changes the password and ends the user's other sessions", async () => {
    await (await asMe()).profile.changePassword({ currentPassword: "my-old-pass", newPassword: "new-password-1", confirmPassword: "new-password-1" });
    const user = await getDb().user.findUniqueOrThrow({ where: { id: me.userId } });
    expect(await verifyPassword("new-password-1", user.passwordHash)).toBe(true);
    expect(user.sessionVersion).toBe(1);
  });
});
