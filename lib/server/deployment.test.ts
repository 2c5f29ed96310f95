import { describe, expect, it } from "vitest";
import { isHttpsDeployment, isLoopbackHost } from "./deployment";

describe("where the app runs", () => {
  it("tells loopback hosts from others", () => {
    expect(isLoopbackHost("localhost")).toBe(true);
    expect(isLoopbackHost("127.0.0.1")).toBe(true);
    expect(isLoopbackHost("[::1]")).toBe(true);
    expect(isLoopbackHost("127.0.0.300")).toBe(false);
    expect(isLoopbackHost("council.example.org")).toBe(false);
  });

  it("is HTTPS only when the public address says so", () => {
    expect(isHttpsDeployment({ NEXTAUTH_URL: "https://council.example.org" })).toBe(true);
    expect(isHttpsDeployment({ NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(isHttpsDeployment({})).toBe(false);
  });
});
