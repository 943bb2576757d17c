import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
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

/** Per page: the copies' modification times when last read, and the hashes read then. */
const known = new Map<string, { stamp: string; hashes: string[] | null }>();

/**
 * The files a prerendered page may be served from: the build's copy under
 * server/app, and Next 16's route cache copy (named by the page's .meta
 * file), which Next serves when it exists and may write again while the
 * server runs. Their inline scripts are the same in kind but not in bytes, so
 * both are hashed.
 */
function copiesOf(distDir: string, file: string): string[] {
  const built = path.join(distDir, "server", "app", file);
  const meta = built.replace(/\.html$/, ".meta");
  // The .meta file is written by the build, so it is read once per build, not per request: one stat tells.
  const metaStamp = stampOf([meta]);
  const cached = copyLists.get(built);
  if (cached && cached.metaStamp === metaStamp) return cached.copies;
  const copies = [built];
  try {
    // The paths come from STATIC_PAGES and from this build's own .meta file, never from the request.
    // eslint-disable-next-line security/detect-non-literal-fs-filename
    const parsed = JSON.parse(readFileSync(meta, "utf8")) as { routeCache?: { key?: unknown } };
    const key = parsed.routeCache?.key;
    if (typeof key === "string" && /^\/route-cache\/[\w$/.-]+$/.test(key) && !key.includes("..")) copies.push(path.join(distDir, "server", `${key}.html`));
  } catch {
    // No .meta (an older Next, or a test fixture): the built copy alone.
  }
  copyLists.set(built, { metaStamp, copies });
  return copies;
}

/** Per page: the copies named by its .meta file, and that file's modification time when it was read. */
const copyLists = new Map<string, { metaStamp: string; copies: string[] }>();

function stampOf(files: readonly string[]): string {
  return files
    .map((f) => {
      try {
        // eslint-disable-next-line security/detect-non-literal-fs-filename
        return String(statSync(f).mtimeMs);
      } catch {
        return "-";
      }
    })
    .join("|");
}

/**
 * The hashes for a static page of this production build, read from its
 * prerendered copies and read again whenever one of them changes on disk
 * (one stat per copy per request: Next may rewrite its route cache copy
 * while the server runs). Null when the path is not a static page, or no
 * prerendered copy exists (`next dev`, or the page became dynamic): then the
 * caller uses a nonce.
 */
export function staticPageScriptHashes(pathname: string, distDir = path.join(process.cwd(), ".next")): string[] | null {
  const file = STATIC_PAGES[pathname];
  if (!file) return null;
  const key = `${distDir}\0${pathname}`;
  const copies = copiesOf(distDir, file);
  const stamp = stampOf(copies);
  const cached = known.get(key);
  if (cached && cached.stamp === stamp) return cached.hashes;
  const hashes = new Set<string>();
  let found = false;
  for (const copy of copies) {
    try {
      // eslint-disable-next-line security/detect-non-literal-fs-filename
      for (const h of inlineScriptHashes(readFileSync(copy, "utf8"))) hashes.add(h);
      found = true;
    } catch {
      // This copy is not there (yet).
    }
  }
  const result = found ? [...hashes] : null;
  known.set(key, { stamp, hashes: result });
  return result;
}
