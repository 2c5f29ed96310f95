import { describe, expect, it } from "vitest";
import { canOnAmendment } from "./access";

describe("who may do what with amendments", () => {
  it("anyone who can read the draft may propose, a reader too; no role, nothing", () => {
    expect(canOnAmendment("reader", "propose")).toBe(true);
    expect(canOnAmendment("editor", "propose")).toBe(true);
    expect(canOnAmendment(null, "propose")).toBe(false);
  });

  it("the draft's side (owner, co-authors) accepts as friendly and records votes; a reader does not", () => {
    expect(canOnAmendment("owner", "accept-friendly")).toBe(true);
    expect(canOnAmendment("editor", "accept-friendly")).toBe(true);
    expect(canOnAmendment("reader", "accept-friendly")).toBe(false);
    expect(canOnAmendment("reader", "record-votes")).toBe(false);
  });

  it("the author or the owner withdraws; a co-author who is not the author does not", () => {
    expect(canOnAmendment("reader", "withdraw", true)).toBe(true);
    expect(canOnAmendment("owner", "withdraw")).toBe(true);
    expect(canOnAmendment("editor", "withdraw")).toBe(false);
  });

  it("the draft's side sets the order of voting; a reader does not", () => {
    expect(canOnAmendment("owner", "rule-order")).toBe(true);
    expect(canOnAmendment("editor", "rule-order")).toBe(true);
    expect(canOnAmendment("reader", "rule-order")).toBe(false);
    expect(canOnAmendment(null, "rule-order")).toBe(false);
  });
});
