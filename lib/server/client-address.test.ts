import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

describe("the client address", () => {
  it("takes the address the nearest proxy appended, not what the client wrote before it", () => {
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }))).toBe("203.0.113.7");
  });

  it("reads an IPv4 address seen through IPv6 as the same client", () => {
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "2001:DB8::1" }))).toBe("2001:db8::1");
  });

  it("falls back to X-Real-IP, then to one shared 'unknown', and ignores what is not an address", () => {
    expect(clientAddressFrom(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientAddressFrom(new Headers())).toBe("unknown");
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "evil:key|injection" }))).toBe("unknown");
  });
});
