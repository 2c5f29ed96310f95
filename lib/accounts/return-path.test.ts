import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("return path after sign-in", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeReturnPath("/drafts/abc?tab=history")).toBe("/drafts/abc?tab=history");
  });
  it("refuses other sites and protocol-relative addresses", () => {
    expect(safeReturnPath("https://evil.example/steal")).toBe("/drafts");
    expect(safeReturnPath("//evil.example")).toBe("/drafts");
    expect(safeReturnPath("/\\evil.example")).toBe("/drafts");
    expect(safeReturnPath("javascript:alert(1)")).toBe("/drafts");
  });
  it("does not return to the sign-in page itself", () => {
    expect(safeReturnPath("/sign-in?callbackUrl=/x")).toBe("/drafts");
    expect(safeReturnPath(undefined)).toBe("/drafts");
  });
});
