import { describe, expect, it } from "vitest";
import { hasRoomFor, quotaMessage, STORAGE_QUOTAS } from "./storage-quotas";

describe("what an account may keep", () => {
  it("allows saving up to the quota and refuses the next one", () => {
    expect(hasRoomFor("simulations", STORAGE_QUOTAS.simulations - 1)).toBe(true);
    expect(hasRoomFor("simulations", STORAGE_QUOTAS.simulations)).toBe(false);
    expect(hasRoomFor("classes", 0)).toBe(true);
    expect(hasRoomFor("classes", STORAGE_QUOTAS.classes)).toBe(false);
  });

  it("says what was refused and why", () => {
    expect(quotaMessage("simulations")).toBe("You have saved 500 votes, the most an account can keep. This vote was not saved.");
    expect(quotaMessage("classes")).toMatch(/^You have opened 200 classes, the most an account can keep/);
  });
});
