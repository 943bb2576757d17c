import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

function request(path: string, cookie?: string) {
  return new NextRequest(`http://localhost:3000${path}`, { headers: cookie ? { cookie } : {} });
}

describe("proxy", () => {
  it("sends someone with no session cookie from a signed-in area to sign in, keeping where they were going", async () => {
    const response = await proxy(request("/dashboard?tab=people"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/sign-in?next=%2Fdashboard%3Ftab%3Dpeople");
  });

  it("lets a session cookie through (plain, secure or chunked); the data access layer judges it", async () => {
    for (const cookie of ["authjs.session-token=abc", "__Secure-authjs.session-token=abc", "authjs.session-token.0=abc"]) {
      const response = await proxy(request("/account", cookie));
      expect(response.headers.get("location")).toBeNull();
      expect(response.headers.get("content-security-policy")).toContain("nonce-");
    }
  });

  it("never sets the session cookie, so a late response cannot bring back a session that was signed out", async () => {
    const response = await proxy(request("/dashboard", "authjs.session-token=still-valid-looking"));
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("an empty cookie counts as none", async () => {
    const response = await proxy(request("/admin", "authjs.session-token="));
    expect(response.status).toBe(307);
  });
});
