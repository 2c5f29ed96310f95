/**
 * Rate limits as fixed windows: each rule allows `limit` hits per subject (a user, an email, a
 * client address) in each window of `windowMs`. The counter of a window is one database row whose
 * key names the rule, the subject and the window, so that a count only ever grows by an atomic
 * upsert (lib/server/rate-limit-store.ts) and never needs a read-modify-write. Pure: the time
 * comes in as an argument.
 */
export type RateLimitRule = {
  /** Part of the counter's key: short, stable, unique. */
  id: string;
  limit: number;
  windowMs: number;
  /** What a refused user reads, before "Try again in …". */
  message: string;
};

export type RateLimitDecision = { kind: "allow"; count: number } | { kind: "refuse"; count: number; retryAfterMs: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The limits outside sign-in (whose rules are in lib/accounts/throttle-policy.ts). Each is high
 * enough for a class of 40 working from one school network, and low enough that guessing or
 * flooding gets nowhere.
 */
export const RATE_LIMITS = {
  /** Accounts created from one client address. */
  registration: { id: "register", limit: 60, windowMs: HOUR, message: "Too many accounts were created from your network in the last hour." },
  /** Invitations to share a draft sent by one user (each names an email: a look-up in disguise). */
  invitation: { id: "invite", limit: 60, windowMs: HOUR, message: "You have sent too many invitations in the last hour." },
  /** Join attempts with a code that opens no class, from one client address (guessing codes). */
  classJoinMiss: { id: "join-miss", limit: 40, windowMs: 10 * MINUTE, message: "Too many join codes that match no class were tried from your network." },
  /** Predictions by one user, or by one client address when signed out. */
  prediction: { id: "predict", limit: 60, windowMs: MINUTE, message: "Too many predictions in a short time." },
  /** Word, CSV and JSON downloads by one user, guest delegate or client address. */
  export: { id: "export", limit: 60, windowMs: MINUTE, message: "Too many downloads in a short time." },
} as const satisfies Record<string, RateLimitRule>;

/** A rule with its limit set by configuration (a positive whole number), or as it is. */
export function withConfiguredLimit<Rule extends RateLimitRule>(rule: Rule, configured: string | undefined): Rule {
  const limit = Number(configured);
  return configured && Number.isSafeInteger(limit) && limit > 0 ? { ...rule, limit } : rule;
}

export function windowOf(rule: Pick<RateLimitRule, "windowMs">, now: Date): { index: number; startsAt: Date; endsAt: Date } {
  const index = Math.floor(now.getTime() / rule.windowMs);
  return { index, startsAt: new Date(index * rule.windowMs), endsAt: new Date((index + 1) * rule.windowMs) };
}

/** The counter row of this rule, subject and window. */
export function counterKey(rule: Pick<RateLimitRule, "id" | "windowMs">, subject: string, now: Date): string {
  return `${rule.id}:${subject}:${windowOf(rule, now).index}`;
}

/** `count` is the number of hits in the window including this one: over the limit is refused until the window ends. */
export function decideRateLimit(rule: Pick<RateLimitRule, "limit" | "windowMs">, count: number, now: Date): RateLimitDecision {
  if (count <= rule.limit) return { kind: "allow", count };
  return { kind: "refuse", count, retryAfterMs: Math.max(1_000, windowOf(rule, now).endsAt.getTime() - now.getTime()) };
}

/** The Retry-After header's value: whole seconds, at least one. */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1_000));
}

export function describeWait(retryAfterMs: number): string {
  const seconds = retryAfterSeconds(retryAfterMs);
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export function refusalText(message: string, retryAfterMs: number): string {
  return `${message} Try again in ${describeWait(retryAfterMs)}.`;
}

/** Thrown by a feature when a limit refuses; the features' HTTP layers answer it with 429 and Retry-After. */
export class RateLimitedError extends Error {
  readonly retryAfterMs: number;

  constructor(message: string, retryAfterMs: number) {
    super(refusalText(message, retryAfterMs));
    this.name = "RateLimitedError";
    this.retryAfterMs = retryAfterMs;
  }
}
