import { z } from "zod";
import { mobileField, optionalEmailField, passwordField, requiredText, usernameField } from "./common";

export const signUpSchema = z
  .object({
    name: requiredText(120),
    username: usernameField,
    mobile: mobileField,
    email: optionalEmailField,
    password: passwordField,
    /** Values of the custom fields shown at sign-up (C-6), checked against their definitions. */
    customFields: z.record(z.string(), z.unknown()).default({}),
    /** Who referred the visitor (issue 7): a referral code, a username or a referral link; optional. */
    referrer: z.string().trim().max(300, "validation.tooLong").default(""),
  })
  .strict();
export type SignUpInput = z.input<typeof signUpSchema>;
export type SignUpData = z.output<typeof signUpSchema>;

export const signInSchema = z
  .object({
    /** Username, e-mail or mobile number. */
    identifier: requiredText(254),
    password: z.string().min(1, "validation.required").max(128, "validation.tooLong"),
  })
  .strict();
export type SignInInput = z.input<typeof signInSchema>;
