import { describe, expect, it } from "vitest";
import { decideSignIn, delayForEmail, MAX_DELAY_MS, SIGN_IN_ADDRESS_RULE, SIGN_IN_PAIR_RULE } from "./throttle-policy";

// 10:00 is the start of a fifteen-minute window.
const t0 = new Date("2026-01-01T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("sign-in throttle", () => {
  it("lets the first attempts through without delay", () => {
    expect(decideSignIn({ pair: 1, address: 1, email: 1 }, t0)).toEqual({ kind: "allow", delayMs: 0 });
    expect(decideSignIn({ pair: 3, address: 3, email: 3 }, at(5))).toEqual({ kind: "allow", delayMs: 0 });
  });

  it("slows an email down after three failures, growing to at most four seconds, and never locks it", () => {
    expect(delayForEmail(4)).toBe(1_000);
    expect(delayForEmail(5)).toBe(2_000);
    expect(delayForEmail(500)).toBe(MAX_DELAY_MS);
    // A thousand failures for the email from elsewhere: this address still gets to try.
    expect(decideSignIn({ pair: 1, address: 1, email: 1_000 }, t0)).toEqual({ kind: "allow", delayMs: MAX_DELAY_MS });
  });

  it("refuses the sixth attempt of one email from one address until the window ends", () => {
    expect(decideSignIn({ pair: SIGN_IN_PAIR_RULE.limit, address: 5, email: 5 }, at(60)).kind).toBe("allow");
    const refused = decideSignIn({ pair: SIGN_IN_PAIR_RULE.limit + 1, address: 6, email: 6 }, at(60));
    expect(refused).toEqual({ kind: "refuse", retryAfterMs: 14 * 60 * 1000, message: expect.stringContaining("paused for 14 minutes") });
    expect(refused.kind === "refuse" && refused.message).toMatch(/^Too many failed sign-in attempts/);
  });

  it("refuses an address that sprays many accounts, whatever the email", () => {
    const refused = decideSignIn({ pair: 1, address: SIGN_IN_ADDRESS_RULE.limit + 1, email: 1 }, at(890));
    expect(refused).toEqual({ kind: "refuse", retryAfterMs: 10_000, message: expect.stringContaining("from your network") });
  });
});
