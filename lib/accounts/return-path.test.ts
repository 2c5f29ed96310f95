import { describe, expect, it } from "vitest";
import { authRedirect, safeReturnPath, sameSitePath } from "./return-path";

/** Where a browser ends up when it follows `path` from a page of the app. */
function landsOn(path: string): string {
  return new URL(path, "https://council.example.org/sign-in").origin;
}

const FOREIGN = [
  // Other origins and schemes.
  "https://evil.example/steal",
  "http://evil.example",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  // Protocol-relative and their disguises.
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  // Dot segments that resolve to `//host`.
  "/.//evil.example/evil",
  "/./\\evil.example",
  "/x/..//evil.example",
  "/x/../..//evil.example",
  "/%2e//evil.example",
  "/%2E//evil.example",
  "/%2e%2e//evil.example",
  "/x/%2e%2e//evil.example",
  // Encoded slashes and backslashes.
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "/%5C%5Cevil.example",
  "/%5cevil.example",
  "/drafts/%2F%2Fevil.example",
];

describe("return path after sign-in", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeReturnPath("/drafts/abc?tab=history")).toBe("/drafts/abc?tab=history");
    expect(safeReturnPath("/classes/c1#roster")).toBe("/classes/c1#roster");
    expect(safeReturnPath("/")).toBe("/");
  });

  it("returns the normalised path, not the raw text", () => {
    expect(safeReturnPath("/drafts/./abc")).toBe("/drafts/abc");
    expect(safeReturnPath("/x/../drafts")).toBe("/drafts");
    expect(safeReturnPath("/drafts/../../classes")).toBe("/classes");
    expect(safeReturnPath("/%2e/classes")).toBe("/classes");
  });

  it.each(FOREIGN)("refuses %j and goes to the drafts instead", (value) => {
    expect(sameSitePath(value)).toBeNull();
    expect(safeReturnPath(value)).toBe("/drafts");
  });

  it("never returns a path that a browser would follow to another origin", () => {
    for (const value of [...FOREIGN, "/drafts", "/./drafts", "/a/b/../../c?d=//e#//f"]) {
      expect(landsOn(safeReturnPath(value))).toBe("https://council.example.org");
    }
  });

  it("does not return to the sign-in or registration page", () => {
    expect(safeReturnPath("/sign-in?callbackUrl=/x")).toBe("/drafts");
    expect(safeReturnPath("/sign-in")).toBe("/drafts");
    expect(safeReturnPath("/register")).toBe("/drafts");
    expect(safeReturnPath("/x/../sign-in")).toBe("/drafts");
  });

  it("goes to the drafts when there is nothing usable", () => {
    expect(safeReturnPath(undefined)).toBe("/drafts");
    expect(safeReturnPath(null)).toBe("/drafts");
    expect(safeReturnPath("")).toBe("/drafts");
    expect(safeReturnPath(`/${"a".repeat(3_000)}`)).toBe("/drafts");
  });
});

describe("next-auth's redirects", () => {
  const base = "http://127.0.0.1:3000";

  it("keeps paths and URLs of the app's own origin", () => {
    expect(authRedirect("/sign-in", base)).toBe("http://127.0.0.1:3000/sign-in");
    expect(authRedirect("/drafts/abc?x=1", base)).toBe("http://127.0.0.1:3000/drafts/abc?x=1");
    expect(authRedirect("http://127.0.0.1:3000/classes", base)).toBe("http://127.0.0.1:3000/classes");
  });

  it.each([...FOREIGN, "http://127.0.0.1:3001/drafts", "https://127.0.0.1:3000/drafts", "http://127.0.0.1:3000//evil.example", "http://127.0.0.1:3000/.//evil.example"])(
    "sends %j to the app's home instead",
    (value) => {
      expect(authRedirect(value, base)).toBe("http://127.0.0.1:3000/");
    },
  );
});
