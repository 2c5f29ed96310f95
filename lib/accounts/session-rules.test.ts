import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { isSessionAccepted } from "./session-rules";

const ada = { email: "ada@example.org", sessionVersion: 2 };

describe("which sessions are accepted", () => {
  it("accepts a session signed with the account's current version", () => {
    expect(isSessionAccepted(2, ada, false)).toBe(true);
  });

  it("refuses sessions from before a sign-out everywhere or a password change", () => {
    expect(isSessionAccepted(1, ada, true)).toBe(false);
    expect(isSessionAccepted(0, ada, true)).toBe(false);
    expect(isSessionAccepted(undefined, ada, true)).toBe(false);
  });

  it("takes a token without a version as version 0", () => {
    expect(isSessionAccepted(undefined, { ...ada, sessionVersion: 0 }, false)).toBe(true);
  });

  it("refuses versions that are not whole numbers", () => {
    expect(isSessionAccepted("2", ada, true)).toBe(false);
    expect(isSessionAccepted(2.5, ada, true)).toBe(false);
    expect(isSessionAccepted(3, ada, true)).toBe(false);
  });

  it("refuses the demo accounts while demo mode is off", () => {
    for (const account of DEMO_ACCOUNTS) {
      expect(isSessionAccepted(0, { email: account.email, sessionVersion: 0 }, false)).toBe(false);
      expect(isSessionAccepted(0, { email: account.email, sessionVersion: 0 }, true)).toBe(true);
    }
  });
});
