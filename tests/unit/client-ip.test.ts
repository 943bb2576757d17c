import { describe, expect, it } from "vitest";
import { clientIp, PEER_HEADER } from "@/lib/auth/ip";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("client address", () => {
  it("with no trusted proxy, uses the socket address and ignores X-Forwarded-For", () => {
    for (const spoof of ["1.1.1.1", "2.2.2.2", "3.3.3.3, 4.4.4.4"]) {
      expect(clientIp(headers({ [PEER_HEADER]: "198.51.100.7", "x-forwarded-for": spoof }), 0)).toBe("198.51.100.7");
    }
    expect(clientIp(headers({ [PEER_HEADER]: "::ffff:198.51.100.7" }), 0)).toBe("198.51.100.7");
  });

  it("behind n proxies, takes the n-th entry from the right, never the client's own entries", () => {
    const xff = "6.6.6.6, 203.0.113.5, 10.0.0.2";
    expect(clientIp(headers({ [PEER_HEADER]: "10.0.0.3", "x-forwarded-for": xff }), 1)).toBe("10.0.0.2");
    expect(clientIp(headers({ [PEER_HEADER]: "10.0.0.3", "x-forwarded-for": xff }), 2)).toBe("203.0.113.5");
    // Rotating the client-written part changes nothing.
    expect(clientIp(headers({ [PEER_HEADER]: "10.0.0.3", "x-forwarded-for": "9.9.9.9, 203.0.113.5, 10.0.0.2" }), 2)).toBe("203.0.113.5");
  });

  it("a request that skipped the proxies (too few entries) falls back to the socket address", () => {
    expect(clientIp(headers({ [PEER_HEADER]: "192.0.2.44", "x-forwarded-for": "1.2.3.4" }), 2)).toBe("192.0.2.44");
  });
});
