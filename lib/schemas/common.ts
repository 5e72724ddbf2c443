import { z } from "zod";
import { normalizeMobile } from "../phone";
import { toLatinDigits } from "../normalize";

// Messages are keys of messages/*.json; forms and the server show them translated.
export const requiredText = (max = 200) =>
  z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");

export const usernameField = z
  .string()
  .trim()
  .min(1, "validation.required")
  .transform((v) => toLatinDigits(v).toLowerCase())
  .pipe(
    z
      .string()
      .min(3, "validation.usernameTooShort")
      .max(32, "validation.tooLong")
      // At least one letter: a username must never be mistaken for a mobile number at sign-in.
      .regex(/^(?=.*[a-z])[a-z0-9][a-z0-9._-]*$/, "validation.usernameFormat"),
  );

export const mobileField = z
  .string()
  .trim()
  .min(1, "validation.required")
  .transform((v, ctx) => {
    const e164 = normalizeMobile(v);
    if (!e164) {
      ctx.addIssue({ code: "custom", message: "validation.mobileInvalid" });
      return z.NEVER;
    }
    return e164;
  });

/** Optional e-mail: an empty field means none. */
export const optionalEmailField = z
  .string()
  .trim()
  .transform((v) => v.toLowerCase())
  .pipe(z.union([z.literal(""), z.email("validation.emailInvalid").max(254, "validation.tooLong")]))
  .transform((v) => (v === "" ? null : v));

export const passwordField = z
  .string()
  .min(1, "validation.required")
  .min(8, "validation.passwordTooShort")
  .max(128, "validation.tooLong");

/** Optional mobile number: an empty field means none. */
export const optionalMobileField = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === "") return null;
    const e164 = normalizeMobile(v);
    if (!e164) {
      ctx.addIssue({ code: "custom", message: "validation.mobileInvalid" });
      return z.NEVER;
    }
    return e164;
  });

export const idField = z.uuid("validation.invalid");

/**
 * A whole number typed in any digits (۳, ٣, 3) from min to max; the form sends strings, the API
 * numbers. `message` says the range when the number is outside it.
 */
export const wholeNumberInRange = (min: number, max: number, message: string) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    const s = toLatinDigits(String(v)).replace(/[,٬\s]/g, "");
    if (s === "") {
      ctx.addIssue({ code: "custom", message: "validation.required" });
      return z.NEVER;
    }
    const n = Number(s);
    if (!/^-?\d+$/.test(s) || !Number.isSafeInteger(n)) {
      ctx.addIssue({ code: "custom", message: "validation.numberInvalid" });
      return z.NEVER;
    }
    if (n < min || n > max) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return n;
  });
