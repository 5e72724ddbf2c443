import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/test/db";
import { authenticate, currentSessionState } from "./sign-in";
import { signUp } from "./users";

const getDb = useTestDb();
let userId: string;

beforeAll(async () => {
  ({ userId } = await signUp(getDb(), {
    name: "علی رضایی",
    username: "ali",
    mobile: "+989351112233",
    email: "ali@example.com",
    password: "ali-password",
  }));
});

const setStatus = (status: "ACTIVE" | "INACTIVE" | "BLOCKED" | "PENDING") =>
  getDb().user.update({ where: { id: userId }, data: { status } });

describe("authenticate (A-6)", () => {
  it.each([
    ["username", "ali"],
    ["username in capitals", "ALI"],
    ["e-mail", "Ali@Example.com"],
    ["mobile", "09351112233"],
    ["mobile in Persian digits", "۰۹۳۵۱۱۱۲۲۳۳"],
    ["mobile in international form", "+98 935 111 2233"],
  ])("signs in by %s", async (_, identifier) => {
    const result = await authenticate(getDb(), identifier, "ali-password", "203.0.113.9");
    expect(result).toMatchObject({ ok: true, user: { id: userId, name: "علی رضایی" } });
  });

  it("records the time and address of the last sign-in", async () => {
    await authenticate(getDb(), "ali", "ali-password", "203.0.113.7");
    const user = await getDb().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.lastSignInIp).toBe("203.0.113.7");
    expect(user.lastSignInAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("refuses a wrong password and an unknown user alike", async () => {
    expect(await authenticate(getDb(), "ali", "wrong-password")).toEqual({ ok: false, code: "invalid" });
    expect(await authenticate(getDb(), "nobody", "ali-password")).toEqual({ ok: false, code: "invalid" });
  });
});

describe("blocked, inactive and pending users (A-5)", () => {
  it.each([
    ["BLOCKED", "blocked"],
    ["INACTIVE", "inactive"],
    ["PENDING", "pending"],
  ] as const)("a %s user is refused with the reason '%s'", async (status, code) => {
    await setStatus(status);
    try {
      expect(await authenticate(getDb(), "ali", "ali-password")).toEqual({ ok: false, code });
    } finally {
      await setStatus("ACTIVE");
    }
  });

  it("does not tell the status to someone without the password", async () => {
    await setStatus("BLOCKED");
    try {
      expect(await authenticate(getDb(), "ali", "wrong-password")).toEqual({ ok: false, code: "invalid" });
    } finally {
      await setStatus("ACTIVE");
    }
  });

  it("ends the sessions of a user who is blocked, and of tokens older than the session version", async () => {
    expect(await currentSessionState(getDb(), userId, 0)).toMatchObject({ name: "علی رضایی" });
    await setStatus("BLOCKED");
    expect(await currentSessionState(getDb(), userId, 0)).toBeNull();
    await setStatus("ACTIVE");
    await getDb().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await currentSessionState(getDb(), userId, 0)).toBeNull();
    expect(await currentSessionState(getDb(), userId, 1)).not.toBeNull();
  });
});
