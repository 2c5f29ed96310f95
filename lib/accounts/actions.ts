"use server";

import { RATE_LIMITS, withConfiguredLimit } from "@/lib/server/rate-limit-policy";
import { currentClientAddress, enforceRateLimit, isRateLimited } from "@/lib/server/rate-limit";
import { createUser } from "./mutations";
import { registerSchema } from "./schema";

export type RegisterState = {
  ok: boolean;
  fieldErrors?: Partial<Record<"name" | "email" | "password" | "role", string>>;
  formError?: string;
};

/** Public endpoint: anyone may register; the input is validated here. */
export async function registerAction(input: unknown): Promise<RegisterState> {
  const parsed = registerSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: RegisterState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof NonNullable<RegisterState["fieldErrors"]>;
      if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    return { ok: false, fieldErrors };
  }
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
