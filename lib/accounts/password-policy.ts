import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";
import { MIN_PASSWORD_LENGTH, registerSchema } from "./schema";

/**
 * What a new password must be (registration and password change): long enough, not too long for
 * the hash, and not one of the most common passwords (the zxcvbn-ts list of about 49,000, compared
 * without regard to case). Server-side only: the list is too large to send to browsers.
 */
let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return common.has(password.trim().toLowerCase());
}

export const COMMON_PASSWORD_MESSAGE = "This is one of the most common passwords and would be guessed quickly. Choose another.";

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(MIN_PASSWORD_LENGTH, `Your password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "Your password can be at most 200 characters.")
  .refine((password) => !isCommonPassword(password), COMMON_PASSWORD_MESSAGE);

/** Registration as the server checks it: the form's schema with the new-password rule. */
export const registerWithPolicySchema = registerSchema.extend({ password: newPasswordSchema });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200, "Enter your current password."),
    newPassword: newPasswordSchema,
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    message: "Choose a password different from the current one.",
    path: ["newPassword"],
  });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
