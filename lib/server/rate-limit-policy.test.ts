import { describe, expect, it } from "vitest";
import { withConfiguredLimit, counterKey, decideRateLimit, describeWait, RateLimitedError, RATE_LIMITS, retryAfterSeconds, windowOf } from "./rate-limit-policy";

const rule = { id: "test", limit: 3, windowMs: 60_000, message: "Too many tests." };
const t0 = new Date("2026-01-01T10:00:00Z");

describe("fixed-window rate limits", () => {
  it("allows up to the limit in a window and refuses beyond it until the window ends", () => {
    expect(decideRateLimit(rule, 3, new Date(t0.getTime() + 20_000))).toEqual({ kind: "allow", count: 3 });
    expect(decideRateLimit(rule, 4, new Date(t0.getTime() + 20_000))).toEqual({ kind: "refuse", count: 4, retryAfterMs: 40_000 });
  });

  it("keys a counter by rule, subject and window, so a new window starts from zero", () => {
    const first = counterKey(rule, "user-1", new Date(t0.getTime() + 59_999));
    expect(first).toBe(`test:user-1:${t0.getTime() / 60_000}`);
    expect(counterKey(rule, "user-1", new Date(t0.getTime() + 60_000))).not.toBe(first);
    expect(counterKey(rule, "user-2", t0)).not.toBe(counterKey(rule, "user-1", t0));
    expect(windowOf(rule, new Date(t0.getTime() + 30_000))).toMatchObject({ startsAt: t0, endsAt: new Date(t0.getTime() + 60_000) });
  });

  it("tells the wait in words and Retry-After in whole seconds", () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(40_001)).toBe(41);
    expect(describeWait(40_000)).toBe("40 seconds");
    expect(describeWait(61_000)).toBe("2 minutes");
    expect(new RateLimitedError("Too many tests.", 40_000).message).toBe("Too many tests. Try again in 40 seconds.");
  });

  it("takes a configured limit only when it is a positive whole number", () => {
    expect(withConfiguredLimit(rule, "500").limit).toBe(500);
    for (const value of [undefined, "", "0", "-3", "2.5", "lots"]) expect(withConfiguredLimit(rule, value).limit).toBe(3);
  });

  it("leaves room for a class of forty on one school network", () => {
    expect(RATE_LIMITS.registration.limit).toBeGreaterThanOrEqual(40);
    expect(RATE_LIMITS.prediction.limit).toBeGreaterThanOrEqual(40);
    for (const each of Object.values(RATE_LIMITS)) expect(each.message).toMatch(/\.$/);
  });
});
