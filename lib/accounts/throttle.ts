import "server-only";
import { db } from "@/lib/server/db";
import { decideSignIn, recordFailure, type ThrottleDecision } from "./throttle-policy";

export async function checkSignInThrottle(email: string, now: Date): Promise<ThrottleDecision> {
  const state = await db.signInThrottle.findUnique({ where: { email } });
  return decideSignIn(state, now);
}

export async function recordSignInFailure(email: string, now: Date): Promise<void> {
  const state = await db.signInThrottle.findUnique({ where: { email } });
  const next = recordFailure(state, now);
  await db.signInThrottle.upsert({ where: { email }, create: { email, ...next }, update: next });
}

export async function clearSignInFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { email } });
}
