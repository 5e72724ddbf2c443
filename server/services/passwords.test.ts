import { afterEach, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./passwords";

const testCost = process.env.BCRYPT_COST;
afterEach(() => {
  process.env.BCRYPT_COST = testCost;
});

describe("passwords (A-6)", () => {
  it("are hashed with bcrypt at cost 12 unless told otherwise", async () => {
    delete process.env.BCRYPT_COST;
    const hash = await hashPassword("a-long-password");
    expect(hash).toMatch(/^\$2[aby]\$12\$/);
    expect(await verifyPassword("a-long-password", hash)).toBe(true);
    expect(await verifyPassword("a-long-passworD", hash)).toBe(false);
  });

  it("a user without a password never matches", async () => {
    expect(await verifyPassword("", null)).toBe(false);
  });
});
