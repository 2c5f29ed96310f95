import { describe, expect, it } from "vitest";
import { decideSignIn, LOCK_AFTER, recordFailure, refusalMessage, type ThrottleState } from "./throttle-policy";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function failTimes(count: number, start = 0): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let index = 0; index < count; index++) state = recordFailure(state, at(start + index));
  return state;
}

describe("sign-in throttle", () => {
  it("lets the first attempts through without delay", () => {
    expect(decideSignIn(null, t0)).toEqual({ kind: "allow", delayMs: 0 });
    expect(decideSignIn(failTimes(2), at(5))).toEqual({ kind: "allow", delayMs: 0 });
  });

  it("slows down after three failures", () => {
    const decision = decideSignIn(failTimes(3), at(5));
    expect(decision.kind).toBe("allow");
    expect(decision.kind === "allow" && decision.delayMs).toBeGreaterThan(0);
  });

  it("refuses for fifteen minutes after five failures, then allows again", () => {
    const state = failTimes(LOCK_AFTER);
    const refused = decideSignIn(state, at(10));
    expect(refused.kind).toBe("refuse");
    expect(refused.kind === "refuse" && refusalMessage(refused.retryAfterMs)).toMatch(/paused for 15 minutes/);
    expect(decideSignIn(state, at(16 * 60))).toEqual({ kind: "allow", delayMs: 0 });
  });

  it("forgets failures older than the window", () => {
    const old = failTimes(4);
    expect(recordFailure(old, at(60 * 60)).failures).toBe(1);
  });
});
