import { isDemoAccountEmail } from "@/lib/demo/accounts";

/**
 * Whether a signed session token is still accepted for its account: the one rule that pages,
 * API routes, server actions (through `getCurrentUser`) and the proxy apply on every request.
 * - "Sign out everywhere" and a password change raise the account's session version; a token
 *   signed with an older version is refused (a token from before versions existed counts as 0).
 * - While demo mode is off, the demo accounts' sessions are refused, even where they exist.
 */
export function isSessionAccepted(
  tokenVersion: unknown,
  account: { email: string; sessionVersion: number },
  isDemoModeOn: boolean,
): boolean {
  const version = tokenVersion === undefined || tokenVersion === null ? 0 : tokenVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version !== account.sessionVersion) return false;
  return isDemoModeOn || !isDemoAccountEmail(account.email);
}
