import "server-only";
import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { clientAddressFrom } from "./client-address";
import { db } from "./db";
import { RateLimitedError, retryAfterSeconds, type RateLimitRule } from "./rate-limit-policy";
import { hitRateLimit, undoHit } from "./rate-limit-store";

/** Counts a hit on the app's database; throws RateLimitedError (429) past the limit. */
export async function enforceRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<void> {
  const decision = await hitRateLimit(db, rule, subject, now);
  if (decision.kind === "refuse") throw new RateLimitedError(rule.message, decision.retryAfterMs);
}

/** Takes a hit back (an attempt that turned out to be no miss). */
export async function undoRateLimitHit(rule: RateLimitRule, subject: string, now = new Date()): Promise<void> {
  await undoHit(db, rule, subject, now);
}

/** The caller's address, for server actions (route handlers read their request's headers). */
export async function currentClientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}

export function isRateLimited(error: unknown): error is RateLimitedError {
  return error instanceof RateLimitedError;
}

/** A server action's hit on a rule, counted per signed-in user or else per address: the refusal's message, or null. */
export async function actionRateLimitRefusal(rule: RateLimitRule, userId: string | null): Promise<string | null> {
  try {
    await enforceRateLimit(rule, userId ? `user:${userId}` : `address:${await currentClientAddress()}`);
    return null;
  } catch (error) {
    if (isRateLimited(error)) return error.message;
    throw error;
  }
}

/** 429 with Retry-After and `{ code: "too-many-requests", message }`. */
export function tooManyRequestsResponse(error: RateLimitedError): NextResponse {
  return NextResponse.json(
    { code: "too-many-requests", message: error.message },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds(error.retryAfterMs)), "Cache-Control": "no-store" } },
  );
}
