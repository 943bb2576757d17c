import type { NextConfig } from "next";

const isProduction = process.env.NODE_ENV === "production";

// Headers for every response. The Content-Security-Policy, which needs a fresh
// nonce per request, is set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  // PGlite and argon2 load files and native code at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg-boss"],
  poweredByHeader: false,
  // `next dev` answers its own assets and hot reload only to the host it was started on and localhost;
  // opened as http://127.0.0.1:3000 (or [::1]) every request was refused with a cross-origin warning.
  // Loopback addresses only: nothing from another machine is allowed. (Used by `next dev` alone.)
  allowedDevOrigins: ["127.0.0.1", "[::1]", "::1"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
