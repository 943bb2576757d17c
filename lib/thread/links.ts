/**
 * Finds web links in a message so the thread can show them as links while
 * everything else stays plain text. Only http and https become links: no
 * javascript:, data:, mailto: or anything else, whatever the text says.
 * Pure; the React side turns the pieces into text and <a> elements.
 */

export type TextPiece = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// A candidate starts with http:// or https:// (any case) after a start, a space
// or punctuation, and runs to the next space or angle bracket.
const CANDIDATE = /https?:\/\/[^\s<>]+/gi;

// Punctuation that usually ends the sentence rather than the link.
const TRAILING = new Set([".", ",", ";", ":", "!", "?", "'", '"', "’", "”", "*", "_"]);
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/** Drops trailing punctuation, and closing brackets that have no opener inside the link ("(see https://x.org/a)"). */
function trimEnd(candidate: string): string {
  let end = candidate.length;
  while (end > 0) {
    const last = candidate[end - 1]!;
    if (TRAILING.has(last)) {
      end--;
      continue;
    }
    const opener = CLOSERS[last];
    if (opener) {
      const inside = candidate.slice(0, end);
      const opens = inside.split(opener).length - 1;
      const closes = inside.split(last).length - 1;
      if (closes > opens) {
        end--;
        continue;
      }
    }
    break;
  }
  return candidate.slice(0, end);
}

/** The link's address, or null when it is not a usable http(s) URL. */
export function safeHref(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname) return null;
  return url.href;
}

export function splitLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let plainFrom = 0;
  const pushText = (to: number) => {
    if (to > plainFrom) pieces.push({ kind: "text", text: text.slice(plainFrom, to) });
  };
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    // "xhttps://…" or "/https://…" is part of a longer word, not a link.
    const before = start > 0 ? text[start - 1]! : "";
    if (/[\p{L}\p{N}/@]/u.test(before)) continue;
    const candidate = trimEnd(match[0]);
    const href = safeHref(candidate);
    if (!href) continue;
    pushText(start);
    pieces.push({ kind: "link", text: candidate, href });
    plainFrom = start + candidate.length;
  }
  pushText(text.length);
  return pieces;
}
