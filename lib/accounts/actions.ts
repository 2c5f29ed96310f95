"use server";

import { RATE_LIMITS, withConfiguredLimit } from "@/lib/server/rate-limit-policy";
import { currentClientAddress, enforceRateLimit, isRateLimited } from "@/lib/server/rate-limit";
import { createUser, changePassword, signOutEverywhere } from "./mutations";
import { changePasswordSchema, registerWithPolicySchema } from "./password-policy";
import { getCurrentUser } from "./session";

export type RegisterState = {
  ok: boolean;
  fieldErrors?: Partial<Record<"name" | "email" | "password" | "role", string>>;
  formError?: string;
};

/** The first message per field of a failed parse. */
function fieldErrorsOf<Field extends string>(issues: { path: PropertyKey[]; message: string }[]): Partial<Record<Field, string>> {
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const issue of issues) {
    const field = issue.path[0] as Field;
    if (typeof field === "string" && !fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  return fieldErrors;
}

/** Public endpoint: anyone may register; the input is validated here. */
export async function registerAction(input: unknown): Promise<RegisterState> {
  const parsed = registerWithPolicySchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues) };
  try {
    // REGISTRATIONS_PER_HOUR: a school behind one address may need more (the README's configuration table).
    await enforceRateLimit(withConfiguredLimit(RATE_LIMITS.registration, process.env.REGISTRATIONS_PER_HOUR), await currentClientAddress());
  } catch (error) {
    if (isRateLimited(error)) return { ok: false, formError: error.message };
    throw error;
  }
  try {
    const result = await createUser(parsed.data);
    if (!result.ok) {
      // Registration must say the address is taken; sign-in never tells whether an email exists.
      return { ok: false, fieldErrors: { email: "An account with this email already exists. Sign in instead." } };
    }
    return { ok: true };
  } catch (error) {
    console.error("registration failed", error);
    return { ok: false, formError: "Your account could not be created just now. Please try again." };
  }
}

export type AccountActionState = {
  ok: boolean;
  fieldErrors?: Partial<Record<"currentPassword" | "newPassword", string>>;
  formError?: string;
  /** The session has ended (signed out elsewhere): the browser should go to sign-in. */
  isSignedOut?: boolean;
};

const SIGNED_OUT: AccountActionState = { ok: false, isSignedOut: true, formError: "Your session has ended. Sign in again." };

/**
 * Signed-in users only: the current password is required. Success ends every session of the
 * account; the form then signs this browser in again with the new password.
 */
export async function changePasswordAction(input: unknown): Promise<AccountActionState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error.issues) };
  try {
    const result = await changePassword(user.id, parsed.data.currentPassword, parsed.data.newPassword);
    if (result.ok) return { ok: true };
    if (result.code === "not-found") return SIGNED_OUT;
    return { ok: false, fieldErrors: { currentPassword: "That is not your current password." } };
  } catch (error) {
    console.error("password change failed", error);
    return { ok: false, formError: "Your password could not be changed just now. Please try again." };
  }
}

/** Signed-in users only: ends every session of the account, on every device. */
export async function signOutEverywhereAction(): Promise<AccountActionState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  try {
    await signOutEverywhere(user.id);
    return { ok: true };
  } catch (error) {
    console.error("sign out everywhere failed", error);
    return { ok: false, formError: "Your devices could not be signed out just now. Please try again." };
  }
}
