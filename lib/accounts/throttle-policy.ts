/**
 * How repeated failed sign-ins for one email are slowed down, then refused for a while.
 * Pure: the current time comes in as an argument.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const SLOW_DOWN_AFTER = 3;
export const LOCK_AFTER = 5;
export const LOCK_MS = 15 * 60 * 1000;
export const MAX_DELAY_MS = 4_000;

export type ThrottleState = {
  failures: number;
  firstFailureAt: Date;
  lastFailureAt: Date;
  lockedUntil: Date | null;
};

export type ThrottleDecision =
  | { kind: "allow"; delayMs: number }
  | { kind: "refuse"; retryAfterMs: number };

/** Before checking a password: refuse while locked, otherwise wait longer the more recent failures there are. */
export function decideSignIn(state: ThrottleState | null, now: Date): ThrottleDecision {
  if (!state) return { kind: "allow", delayMs: 0 };
  if (state.lockedUntil && state.lockedUntil.getTime() > now.getTime()) {
    return { kind: "refuse", retryAfterMs: state.lockedUntil.getTime() - now.getTime() };
  }
  const failures = activeFailures(state, now);
  if (failures < SLOW_DOWN_AFTER) return { kind: "allow", delayMs: 0 };
  return { kind: "allow", delayMs: Math.min(MAX_DELAY_MS, (failures - SLOW_DOWN_AFTER + 1) * 1_000) };
}

/** After a failed sign-in: the new state, locked once the failures reach the limit. */
export function recordFailure(state: ThrottleState | null, now: Date): ThrottleState {
  const failures = state ? activeFailures(state, now) : 0;
  const fresh = failures === 0;
  const next: ThrottleState = {
    failures: failures + 1,
    firstFailureAt: fresh || !state ? now : state.firstFailureAt,
    lastFailureAt: now,
    lockedUntil: null,
  };
  if (next.failures >= LOCK_AFTER) next.lockedUntil = new Date(now.getTime() + LOCK_MS);
  return next;
}

function activeFailures(state: ThrottleState, now: Date): number {
  // A lock that has run out starts a new window, and so do failures older than the window.
  if (state.lockedUntil && state.lockedUntil.getTime() <= now.getTime()) return 0;
  if (now.getTime() - state.firstFailureAt.getTime() > THROTTLE_WINDOW_MS) return 0;
  return state.failures;
}

export function refusalMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-in attempts. For your security, signing in to this account is paused for ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export const GENERIC_SIGN_IN_ERROR = "Wrong email or password.";
