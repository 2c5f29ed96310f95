import "server-only";
import { RATE_LIMITS } from "@/lib/server/rate-limit-policy";
import { enforceRateLimit, undoRateLimitHit } from "@/lib/server/rate-limit";
import { joinClass } from "./mutations";

/**
 * Joining by code, with code guessing held back: every attempt is counted per client address
 * before the code is looked up (so that a parallel burst is counted too), and a join that worked
 * is taken back, so that only codes that opened nothing add up. Past the limit that address may
 * not try any code until the window ends (429); a class joining from one school network is not
 * refused, as its joins are no misses.
 */
export async function joinClassWithinLimits(input: Parameters<typeof joinClass>[0] & { address: string }): ReturnType<typeof joinClass> {
  const subject = `address:${input.address}`;
  await enforceRateLimit(RATE_LIMITS.classJoinMiss, subject);
  const joined = await joinClass(input);
  await undoRateLimitHit(RATE_LIMITS.classJoinMiss, subject);
  return joined;
}
