import "server-only";
import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { clientAddressFrom } from "./client-address";
import { db } from "./db";
import { RateLimitedError, retryAfterSeconds, type RateLimitRule } from "./rate-limit-policy";
import { hitRateLimit, peekRateLimit } from "./rate-limit-store";

/** Counts a hit on the app's database; throws RateLimitedError (429) past the limit. */
export async function enforceRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<void> {
  const decision = await hitRateLimit(db, rule, subject, now);
  if (decision.kind === "refuse") throw new RateLimitedError(rule.message, decision.retryAfterMs);
}

/** Throws when the next hit would be refused, without counting one (for limits on failures only). */
export async function assertUnderRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<void> {
  const decision = await peekRateLimit(db, rule, subject, now);
  if (decision.kind === "refuse") throw new RateLimitedError(rule.message, decision.retryAfterMs);
}

/** Counts a hit without deciding (a failure, counted after the fact). */
export async function countRateLimitHit(rule: RateLimitRule, subject: string, now = new Date()): Promise<void> {
  await hitRateLimit(db, rule, subject, now);
}

/** The caller's address, for server actions (route handlers read their request's headers). */
export async function currentClientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}

export function isRateLimited(error: unknown): error is RateLimitedError {
  return error instanceof RateLimitedError;
}

/** 429 with Retry-After and `{ code: "too-many-requests", message }`. */
export function tooManyRequestsResponse(error: RateLimitedError): NextResponse {
  return NextResponse.json(
    { code: "too-many-requests", message: error.message },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds(error.retryAfterMs)), "Cache-Control": "no-store" } },
  );
}
