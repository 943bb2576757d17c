/**
 * The Content-Security-Policy for a page. Inline scripts run only when the
 * policy names them: by a per-request nonce that Next adds to its own scripts
 * on a page rendered for the request, or, for a page prerendered at build time
 * (whose HTML is the same for everyone, so no nonce can be in it), by the
 * sha256 of each inline script (lib/security/static-pages.ts). Nothing may
 * frame the app.
 */
export type ScriptSources = { nonce: string } | { hashes: readonly string[] };

export function contentSecurityPolicy(scripts: ScriptSources, dev: boolean) {
  // With a nonce, 'strict-dynamic' lets the scripts Next starts load its chunks. A prerendered page's
  // chunks are ours and same-origin, so 'self' allows them; its inline scripts are allowed one by one.
  const scriptSrc =
    "nonce" in scripts
      ? `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'`
      : ["'self'", ...scripts.hashes.map((hash) => `'sha256-${hash}'`)].join(" ");
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}${dev ? " 'unsafe-eval'" : ""}`,
    // Tailwind's output is a stylesheet; inline style attributes are allowed for React.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
