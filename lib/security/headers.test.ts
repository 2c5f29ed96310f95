import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isHttpsRequest, responseKind, securityHeaders } from "./headers";

const nonce = "bm9uY2Utb2YtdGhpcy1yZXF1ZXN0";

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

describe("security headers", () => {
  it("lets a page run only its own scripts carrying this request's nonce, never inline ones", () => {
    const policy = directives(contentSecurityPolicy({ kind: "page", nonce, isHttps: false }));
    expect(policy.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval only for the development server", () => {
    expect(directives(contentSecurityPolicy({ kind: "page", nonce, isHttps: false, isDevelopment: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("refuses to build a page policy without a real nonce", () => {
    expect(() => contentSecurityPolicy({ kind: "page", isHttps: false })).toThrow();
    expect(() => contentSecurityPolicy({ kind: "page", nonce: "x' 'unsafe-inline", isHttps: false })).toThrow();
  });

  it("lets API answers and files load nothing and be framed by no one", () => {
    const policy = directives(contentSecurityPolicy({ kind: "other", isHttps: false }));
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("sends the same protective headers on every kind of response", () => {
    for (const input of [{ kind: "page" as const, nonce, isHttps: false }, { kind: "other" as const, isHttps: false }]) {
      const headers = securityHeaders(input);
      expect(headers["X-Content-Type-Options"]).toBe("nosniff");
      expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["Permissions-Policy"]).toContain("camera=()");
      expect(headers["X-Frame-Options"]).toBe("DENY");
      expect(headers["Strict-Transport-Security"]).toBeUndefined();
    }
  });

  it("asks browsers to keep to HTTPS, and upgrades requests, only when served over HTTPS", () => {
    const headers = securityHeaders({ kind: "page", nonce, isHttps: true });
    expect(headers["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
    expect(directives(headers["Content-Security-Policy"]).has("upgrade-insecure-requests")).toBe(true);
  });

  it("tells pages from API routes and Next's files", () => {
    expect(responseKind("/")).toBe("page");
    expect(responseKind("/drafts/abc")).toBe("page");
    expect(responseKind("/classes/abc/projector")).toBe("page");
    expect(responseKind("/api/drafts/abc/docx")).toBe("other");
    expect(responseKind("/api/classes/abc/events")).toBe("other");
    expect(responseKind("/_next/static/chunks/main.js")).toBe("other");
    expect(responseKind("/apiary")).toBe("page");
    expect(responseKind("/api/auth/error")).toBe("page");
  });

  it("knows HTTPS from the public address, the reverse proxy, or the request", () => {
    expect(isHttpsRequest({ publicUrlIsHttps: true, forwardedProto: null, protocol: "http:" })).toBe(true);
    expect(isHttpsRequest({ publicUrlIsHttps: false, forwardedProto: "https", protocol: "http:" })).toBe(true);
    expect(isHttpsRequest({ publicUrlIsHttps: false, forwardedProto: "HTTPS, http", protocol: "http:" })).toBe(true);
    expect(isHttpsRequest({ publicUrlIsHttps: false, forwardedProto: "http", protocol: "http:" })).toBe(false);
    expect(isHttpsRequest({ publicUrlIsHttps: false, forwardedProto: null, protocol: "https:" })).toBe(true);
    expect(isHttpsRequest({ publicUrlIsHttps: false, forwardedProto: null, protocol: "http:" })).toBe(false);
  });
});
