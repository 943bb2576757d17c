import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Pages with nothing personal on them, prerendered once at build time and
 * served from that copy to everyone (app/(open)/). Their HTML cannot carry a
 * per-request nonce, so their CSP allows their inline scripts by hash instead.
 * A page listed here must stay static: if it becomes dynamic, its prerendered
 * copy disappears, and it is simply served with a nonce like any other page.
 */
export const STATIC_PAGES: Record<string, string> = {
  "/": "index.html",
  "/safety": "safety.html",
};

/** The sha256 (base64) of each inline script's text in a page's HTML, as CSP's 'sha256-…' sources want it. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  // A script's text ends at the first "</script" (HTML parsing rule), so a lazy match is exact.
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes = "", body = ""] = match;
    // An external script is judged by its address ('self'), not its text.
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    hashes.add(createHash("sha256").update(body, "utf8").digest("base64"));
  }
  return [...hashes];
}

const known = new Map<string, string[] | null>();

/**
 * The hashes for a static page of this production build, read from its
 * prerendered HTML on first use and kept for the life of the process (the
 * HTML never changes under a running server: these pages are not revalidated).
 * Null when the path is not a static page, or its prerendered copy is missing
 * (`next dev`, or the page became dynamic): then the caller uses a nonce.
 */
export function staticPageScriptHashes(pathname: string, distDir = path.join(process.cwd(), ".next")): string[] | null {
  const file = STATIC_PAGES[pathname];
  if (!file) return null;
  const key = `${distDir}\0${pathname}`;
  if (!known.has(key)) {
    let hashes: string[] | null = null;
    try {
      // The file name comes from STATIC_PAGES above, never from the request.
      // eslint-disable-next-line security/detect-non-literal-fs-filename
      hashes = inlineScriptHashes(readFileSync(path.join(distDir, "server", "app", file), "utf8"));
    } catch {
      hashes = null;
    }
    known.set(key, hashes);
  }
  return known.get(key) ?? null;
}
