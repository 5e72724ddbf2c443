import { beforeEach, describe, expect, it } from "vitest";
import { useTestDb, resetDb } from "@/test/db";
import { makeCustomer, callerAs } from "@/test/factories";
import { LIMITS, consume, hit, isLimited } from "./rate-limit";
import { signInWithLimits } from "./sign-in";
import { RateLimited } from "../errors";

const getDb = useTestDb();
const test = { name: "test", max: 3, windowSeconds: 60 };
const expireWindow = (key: string) =>
  getDb().$executeRawUnsafe(`UPDATE "RateLimit" SET "expiresAt" = now() - interval '1 second' WHERE "key" = $1`, key);

beforeEach(() => resetDb(getDb()));

describe("rate limits", () => {
  it("count attempts per subject and start again when the window passes", async () => {
    const counts = await Promise.all([hit(getDb(), test, "a"), hit(getDb(), test, "a"), hit(getDb(), test, "a")]);
    expect(counts.sort()).toEqual([1, 2, 3]); // concurrent hits each get their own count
    expect(await hit(getDb(), test, "b")).toBe(1);
    expect(await isLimited(getDb(), test, "a")).toBe(true);
    expect(await isLimited(getDb(), test, "b")).toBe(false);
    await expireWindow("test:a");
    expect(await isLimited(getDb(), test, "a")).toBe(false);
    expect(await hit(getDb(), test, "a")).toBe(1);
  });

  it("refuse the attempt past the limit", async () => {
    for (let i = 0; i < test.max; i++) await consume(getDb(), test, "c");
    await expect(consume(getDb(), test, "c")).rejects.toBeInstanceOf(RateLimited);
  });
});

describe("sign-in limits", () => {
  it("refuse even the right password after too many wrong ones for the account, in any spelling of it", async () => {
    const { username } = await makeCustomer(getDb(), { password: "right-pass", mobile: "+989121110000" });
    for (let i = 0; i < LIMITS.signInPerAccount.max; i++) {
      expect(await signInWithLimits(getDb(), "۰۹۱۲۱۱۱۰۰۰۰", "wrong", null)).toEqual({ ok: false, code: "invalid" });
    }
    expect(await signInWithLimits(getDb(), "+989121110000", "right-pass", null)).toEqual({ ok: false, code: "rateLimited" });
    // Another spelling of the account (its username) has its own count; a success clears it.
    expect((await signInWithLimits(getDb(), username, "right-pass", null)).ok).toBe(true);
  });

  it("a success clears the account's count of wrong passwords", async () => {
    const { username } = await makeCustomer(getDb(), { password: "right-pass" });
    for (let i = 0; i < LIMITS.signInPerAccount.max - 1; i++) await signInWithLimits(getDb(), username, "wrong", null);
    expect((await signInWithLimits(getDb(), username, "right-pass", null)).ok).toBe(true);
    expect(await signInWithLimits(getDb(), username, "wrong", null)).toEqual({ ok: false, code: "invalid" });
    expect((await signInWithLimits(getDb(), username, "right-pass", null)).ok).toBe(true);
  });

  it("stop one address that tries many accounts", async () => {
    const { username } = await makeCustomer(getDb(), { password: "right-pass" });
    for (let i = 0; i < LIMITS.signInPerIp.max; i++) await hit(getDb(), LIMITS.signInPerIp, "198.51.100.9");
    expect(await signInWithLimits(getDb(), username, "right-pass", "198.51.100.9")).toEqual({ ok: false, code: "rateLimited" });
    expect((await signInWithLimits(getDb(), username, "right-pass", "198.51.100.10")).ok).toBe(true);
  });
});

describe("sign-up limit", () => {
  it("answers too many sign-ups from one address with 429 and the message key", async () => {
    for (let i = 0; i < LIMITS.signUpPerIp.max; i++) await hit(getDb(), LIMITS.signUpPerIp, "127.0.0.1");
    await expect(
      callerAs(getDb(), null).auth.signUp({ name: "x", username: "late", mobile: "09120000001", email: "", password: "long-enough" }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", message: "errors.tryAgainInMinutes", cause: { retryAfterMinutes: 60 } });
    expect(await getDb().user.count()).toBe(0);
  });
});
