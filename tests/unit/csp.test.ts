import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { inlineScriptHashes, staticPageScriptHashes } from "@/lib/security/static-pages";

describe("content security policy", () => {
  it("allows scripts only by nonce, forbids framing, and drops eval outside development", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123" }, false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ nonce: "abc123" }, true)).toContain("'unsafe-eval'");
  });

  it("for a prerendered page, allows its inline scripts by hash and nothing inline besides", () => {
    const csp = contentSecurityPolicy({ hashes: ["aGFzaDE=", "aGFzaDI="] }, false);
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-aGFzaDE=' 'sha256-aGFzaDI='");
    expect(csp).not.toContain("unsafe-inline' 'sha");
    expect(csp).not.toContain("nonce-");
  });
});

describe("inline script hashes", () => {
  it("hashes each inline script's exact text (as openssl does) and skips external ones", () => {
    const html =
      '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>' +
      '<script>self.__next_f.push([1,"a"])</script><script id="x"></script>' +
      '<script>self.__next_f.push([1,"a"])</script></body></html>';
    // Values from `printf '…' | openssl dgst -sha256 -binary | base64`; duplicates appear once.
    expect(inlineScriptHashes(html)).toEqual(["o+AVanGgeHXuaJ2y8tCjP3mbGMjt79U+MRDdwV7W0FY=", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="]);
  });

  it("reads a static page's prerendered copy, and gives null for other pages or a missing copy", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "static-pages-"));
    mkdirSync(path.join(dist, "server", "app"), { recursive: true });
    writeFileSync(path.join(dist, "server", "app", "index.html"), '<script>self.__next_f.push([1,"a"])</script>');
    expect(staticPageScriptHashes("/", dist)).toEqual(["o+AVanGgeHXuaJ2y8tCjP3mbGMjt79U+MRDdwV7W0FY="]);
    expect(staticPageScriptHashes("/safety", dist)).toBeNull();
    expect(staticPageScriptHashes("/dashboard", dist)).toBeNull();
  });

  it("also hashes Next's route-cache copy, which it serves when present, and reads again when that copy is rewritten", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "static-pages-"));
    const app = path.join(dist, "server", "app");
    const cached = path.join(dist, "server", "route-cache", "APP_PAGE", "abc", "$");
    mkdirSync(app, { recursive: true });
    mkdirSync(cached, { recursive: true });
    writeFileSync(path.join(app, "index.html"), "<script>built</script>");
    writeFileSync(path.join(app, "index.meta"), JSON.stringify({ routeCache: { key: "/route-cache/APP_PAGE/abc/$/index" } }));
    const hashOf = (text: string) => inlineScriptHashes(`<script>${text}</script>`)[0];
    // Before Next has written its copy: the built one alone.
    expect(staticPageScriptHashes("/", dist)).toEqual([hashOf("built")]);
    writeFileSync(path.join(cached, "index.html"), "<script>rendered once</script>");
    expect(staticPageScriptHashes("/", dist)).toEqual([hashOf("built"), hashOf("rendered once")]);
    // Rewritten while the server runs: the new text is allowed, the old one no longer is.
    writeFileSync(path.join(cached, "index.html"), "<script>rendered again</script>");
    utimesSync(path.join(cached, "index.html"), new Date(), new Date(Date.now() + 5000));
    expect(staticPageScriptHashes("/", dist)).toEqual([hashOf("built"), hashOf("rendered again")]);
  });
});
