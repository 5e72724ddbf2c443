import { describe, expect, it } from "vitest";
import { signUpSchema } from "./auth";

const valid = { name: "سارا محمدی", username: "Sara.M", mobile: "۰۹۱۲۱۲۳۴۵۶۷", email: "", password: "long-enough" };

const messages = (input: unknown) => {
  const result = signUpSchema.safeParse(input);
  // The first problem of each field, as the form shows it.
  return result.success ? {} : Object.fromEntries(result.error.issues.reverse().map((i) => [i.path.join("."), i.message]));
};

describe("signUpSchema", () => {
  it("normalises what the visitor typed", () => {
    expect(signUpSchema.parse(valid)).toEqual({
      name: "سارا محمدی",
      username: "sara.m",
      mobile: "+989121234567",
      email: null,
      password: "long-enough",
      customFields: {},
      referrer: "",
    });
    // The referrer (issue 7) is optional: a code, a username or a link, trimmed; the server resolves it.
    expect(signUpSchema.parse({ ...valid, referrer: "  AB23CD45 " }).referrer).toBe("AB23CD45");
  });

  it("names the field and the message key of each problem", () => {
    expect(messages({ name: " ", username: "ab", mobile: "123", email: "not-mail", password: "short" })).toEqual({
      name: "validation.required",
      username: "validation.usernameTooShort",
      mobile: "validation.mobileInvalid",
      email: "validation.emailInvalid",
      password: "validation.passwordTooShort",
    });
    expect(messages({ ...valid, username: "سارا" })).toEqual({ username: "validation.usernameFormat" });
    expect(messages({ ...valid, username: "09121234567" })).toEqual({ username: "validation.usernameFormat" });
    expect(messages({ ...valid, username: "  ", password: "" })).toEqual({ username: "validation.required", password: "validation.required" });
  });

  it("refuses fields a visitor must not set", () => {
    expect(signUpSchema.safeParse({ ...valid, status: "ACTIVE" }).success).toBe(false);
  });
});
