import { describe, expect, it } from "vitest";
import { isDemoAccountEmail, isDemoMode } from "./accounts";

describe("demo mode", () => {
  it("is on for a local start: no address configured, or a loopback one", () => {
    expect(isDemoMode({})).toBe(true);
    expect(isDemoMode({ NEXTAUTH_URL: "" })).toBe(true);
    for (const url of ["http://localhost:3000", "http://127.0.0.1:3201", "http://127.1.2.3", "http://[::1]:3000", "http://app.localhost:8080", "HTTP://LOCALHOST"]) {
      expect(isDemoMode({ NEXTAUTH_URL: url }), url).toBe(true);
    }
  });

  it("switches itself off when deployed", () => {
    for (const url of [
      "https://council.example.org",
      "http://192.168.1.20:3000",
      "http://10.0.0.5",
      "http://0.0.0.0:3000",
      "https://localhost.example.org",
      "http://127.0.0.1.evil.example",
      "http://[::2]:3000",
      "not a url",
    ]) {
      expect(isDemoMode({ NEXTAUTH_URL: url }), url).toBe(false);
    }
  });

  it("follows DEMO when it is set, either way", () => {
    expect(isDemoMode({ DEMO: "1", NEXTAUTH_URL: "https://council.example.org" })).toBe(true);
    expect(isDemoMode({ DEMO: "true", NEXTAUTH_URL: "https://council.example.org" })).toBe(true);
    expect(isDemoMode({ DEMO: "0" })).toBe(false);
    expect(isDemoMode({ DEMO: "0", NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(isDemoMode({ DEMO: "off", NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
  });

  it("knows the demo accounts by email, whatever the case", () => {
    expect(isDemoAccountEmail("teacher@demo.example.org")).toBe(true);
    expect(isDemoAccountEmail(" Student@Demo.Example.org ")).toBe(true);
    expect(isDemoAccountEmail("teacher@example.org")).toBe(false);
  });
});
