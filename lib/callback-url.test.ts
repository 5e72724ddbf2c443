import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps a page of this site", () => {
    expect(safeCallbackPath("/fa/account/profile")).toBe("/fa/account/profile");
    expect(safeCallbackPath("/en/admin?tab=1")).toBe("/en/admin?tab=1");
  });

  it.each([
    "//evil.example/fa",
    "/\\evil.example",
    "/%5Cevil.example",
    "/%09/evil.example",
    "\t//evil.example",
    "https://evil.example/fa/account",
    "javascript:alert(1)",
    "/api/auth/signout",
    "",
    null,
  ])("refuses %j", (raw) => {
    expect(safeCallbackPath(raw)).toBeNull();
  });
});
