import { describeWait, windowOf, type RateLimitRule } from "@/lib/server/rate-limit-policy";

/**
 * How failed sign-ins are slowed down and refused. Pure: the counts and the time come in as
 * arguments (the counters live in the database, lib/accounts/throttle.ts).
 *
 * Every attempt is counted before its password is checked, and taken back when it was right, so
 * that parallel guesses cannot all slip in before the first failure is written:
 * - per email and client address: five failures in fifteen minutes refuse that email from that
 *   address until the window ends. The lock is per pair, so a stranger who hammers a teacher's
 *   email locks only themselves out, never the teacher signing in from elsewhere;
 * - per client address, across emails (password spraying): fifty failures in fifteen minutes
 *   refuse that address, which leaves room for a class of students mistyping behind one school
 *   network;
 * - per email, across addresses (guessing from many machines): a growing delay, never a lock.
 */
const WINDOW_MS = 15 * 60 * 1000;

export const SIGN_IN_PAIR_RULE = {
  id: "sign-in-pair",
  limit: 5,
  windowMs: WINDOW_MS,
  message: "Too many failed sign-in attempts for this account from your network.",
} as const satisfies RateLimitRule;

export const SIGN_IN_ADDRESS_RULE = {
  id: "sign-in-address",
  limit: 50,
  windowMs: WINDOW_MS,
  message: "Too many failed sign-in attempts from your network.",
} as const satisfies RateLimitRule;

/** Counted for the delay only: an email is never locked, whoever hammers it. */
export const SIGN_IN_EMAIL_RULE = {
  id: "sign-in-email",
  limit: Number.MAX_SAFE_INTEGER,
  windowMs: WINDOW_MS,
  message: "",
} as const satisfies RateLimitRule;

export const SLOW_DOWN_AFTER = 3;
export const MAX_DELAY_MS = 4_000;

export type SignInCounts = {
  /** Attempts for this email from this address in the window, this one included. */
  pair: number;
  /** Attempts from this address in the window, this one included. */
  address: number;
  /** Attempts for this email from anywhere in the window, this one included. */
  email: number;
};

export type ThrottleDecision = { kind: "allow"; delayMs: number } | { kind: "refuse"; retryAfterMs: number; message: string };

/** Before checking a password: refuse over either limit, otherwise wait longer the more the email has failed. */
export function decideSignIn(counts: SignInCounts, now: Date): ThrottleDecision {
  const retryAfterMs = Math.max(1_000, windowOf({ windowMs: WINDOW_MS }, now).endsAt.getTime() - now.getTime());
  if (counts.pair > SIGN_IN_PAIR_RULE.limit) return { kind: "refuse", retryAfterMs, message: refusalMessage(retryAfterMs) };
  if (counts.address > SIGN_IN_ADDRESS_RULE.limit) return { kind: "refuse", retryAfterMs, message: addressRefusalMessage(retryAfterMs) };
  return { kind: "allow", delayMs: delayForEmail(counts.email) };
}

/** No wait for the first three failures of an email, then one second more per failure, at most four. */
export function delayForEmail(attempts: number): number {
  const failuresBefore = attempts - 1;
  if (failuresBefore < SLOW_DOWN_AFTER) return 0;
  return Math.min(MAX_DELAY_MS, (failuresBefore - SLOW_DOWN_AFTER + 1) * 1_000);
}

export function refusalMessage(retryAfterMs: number): string {
  return `Too many failed sign-in attempts. For your security, signing in to this account from your network is paused for ${describeWait(retryAfterMs)}.`;
}

export function addressRefusalMessage(retryAfterMs: number): string {
  return `Too many failed sign-in attempts from your network. Signing in from it is paused for ${describeWait(retryAfterMs)}.`;
}

export const GENERIC_SIGN_IN_ERROR = "Wrong email or password.";
