import { z } from "zod";
import { mobileField, optionalEmailField, passwordField, requiredText } from "./common";

export const profileUpdateSchema = z
  .object({
    name: requiredText(120),
    mobile: mobileField,
    email: optionalEmailField,
    /** The language the store writes to the customer in, and their consent to be told of inbox
     *  replies by e-mail / SMS (issue 10); left out, they stay as they are. */
    locale: z.enum(["fa", "ar", "en"], { message: "validation.invalid" }).optional(),
    notifyByEmail: z.boolean().optional(),
    notifyBySms: z.boolean().optional(),
  })
  .strict();
export type ProfileUpdateInput = z.input<typeof profileUpdateSchema>;
export type ProfileUpdateData = z.output<typeof profileUpdateSchema>;

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.required"),
    newPassword: passwordField,
    confirmPassword: z.string().min(1, "validation.required"),
  })
  .strict()
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordsDiffer",
  });
export type PasswordChangeInput = z.input<typeof passwordChangeSchema>;
