/**
 * Cheap anchor words for a rule's regular expression: a few literal strings
 * of which every match must contain at least one ("bridge", "rope", " is
 * outside "…). Before running a rule, the assessor looks its anchors up in
 * a table of the anchors present in the text (one trie walk, assess-risk.ts)
 * and skips the rule when none is there, so most rules never run on most
 * messages. requiredAnchorBranches (below) goes further, per branch.
 *
 * Derived from the pattern itself (a small reader of the regex syntax the
 * tables use), so a rule can never be skipped wrongly by a hand-written list
 * going stale: for a sequence, one required part (a run of literal
 * characters, or a required group) is enough; for an alternation, every
 * branch must have one, and the anchors are their union; optional parts,
 * character classes, escapes like \d, and look-arounds require nothing.
 * When nothing useful can be derived the rule has no anchors and always runs.
 */

type Req = string[] | null;

interface Cursor {
  s: string;
  i: number;
}

/** Too short to be worth checking: a rule with such an anchor always runs. */
const MIN_ANCHOR = 3;

function better(a: Req, b: Req): Req {
  if (!a) return b;
  if (!b) return a;
  const minA = Math.min(...a.map((x) => x.length));
  const minB = Math.min(...b.map((x) => x.length));
  // Prefer fewer alternatives, then longer ones: fewer and longer strings fail faster.
  const scoreA = (minA >= MIN_ANCHOR ? 1000 : 0) - a.length * 10 + Math.min(minA, 9);
  const scoreB = (minB >= MIN_ANCHOR ? 1000 : 0) - b.length * 10 + Math.min(minB, 9);
  return scoreA >= scoreB ? a : b;
}

function parseAlternation(c: Cursor): Req {
  const branches: Req[] = [parseSequence(c)];
  while (c.s[c.i] === "|") {
    c.i++;
    branches.push(parseSequence(c));
  }
  if (branches.length === 1) return branches[0] ?? null;
  const all: string[] = [];
  for (const b of branches) {
    if (!b) return null;
    all.push(...b);
  }
  return [...new Set(all)];
}

/** Reads a quantifier after an atom; true when the atom may be absent. */
function readQuantifier(c: Cursor): { optional: boolean; quantified: boolean } {
  const ch = c.s[c.i];
  let optional = false;
  let quantified = false;
  if (ch === "?" || ch === "*") {
    optional = true;
    quantified = true;
    c.i++;
  } else if (ch === "+") {
    quantified = true;
    c.i++;
  } else if (ch === "{") {
    const close = c.s.indexOf("}", c.i);
    const body = c.s.slice(c.i + 1, close);
    const [low, high, ...rest] = body.split(",");
    const digits = (x: string | undefined) => x !== undefined && x !== "" && [...x].every((d) => d >= "0" && d <= "9");
    if (rest.length === 0 && digits(low) && (high === undefined || high === "" || digits(high))) {
      optional = Number(low) === 0;
      quantified = true;
      c.i = close + 1;
    }
  }
  if (quantified && c.s[c.i] === "?") c.i++; // lazy
  return { optional, quantified };
}

/**
 * `parts`, when given, receives every required part of this sequence (not only
 * the best), positive look-arounds included: each must be in the text for a
 * match (requiredAnchorSets below).
 */
function parseSequence(c: Cursor, parts?: string[][]): Req {
  let best: Req = null;
  let run = "";
  const need = (req: string[]) => {
    parts?.push(req);
    best = better(best, req);
  };
  const flush = () => {
    if (run.length > 0) need([run]);
    run = "";
  };
  while (c.i < c.s.length && c.s[c.i] !== "|" && c.s[c.i] !== ")") {
    const ch = c.s[c.i] as string;
    let literal: string | null = null;
    let inner: Req = null;
    let zeroWidth = false;
    if (ch === "(") {
      c.i++;
      let lookaround = false;
      let positive = false;
      if (c.s[c.i] === "?") {
        const kind = c.s.slice(c.i, c.i + 3);
        if (kind.startsWith("?:")) c.i += 2;
        else if (kind.startsWith("?=") || kind.startsWith("?!")) {
          positive = kind.startsWith("?=");
          c.i += 2;
          lookaround = true;
        } else if (kind === "?<=" || kind === "?<!") {
          positive = kind === "?<=";
          c.i += 3;
          lookaround = true;
        } else if (kind.startsWith("?<")) {
          c.i = c.s.indexOf(">", c.i) + 1; // named group
        }
      }
      const req = parseAlternation(c);
      c.i++; // ")"
      if (lookaround) {
        zeroWidth = true;
        // What a positive look-around sees must be in the text too (not a best anchor: it may overlap the match's edge).
        const optionalAfter = c.s[c.i] === "?" || c.s[c.i] === "*" || c.s.startsWith("{0", c.i);
        if (positive && req && !optionalAfter) parts?.push(req);
      } else inner = req;
    } else if (ch === "[") {
      c.i++;
      if (c.s[c.i] === "^") c.i++;
      if (c.s[c.i] === "]") c.i++;
      while (c.i < c.s.length && c.s[c.i] !== "]") c.i += c.s[c.i] === "\\" ? 2 : 1;
      c.i++;
    } else if (ch === "\\") {
      const next = c.s[c.i + 1] ?? "";
      c.i += 2;
      if (/[bB]/.test(next)) zeroWidth = true;
      else if (/[dDwWsSnrtfv0-9ux cpPk]/.test(next)) literal = null;
      else literal = next;
    } else if (ch === "^" || ch === "$") {
      c.i++;
      zeroWidth = true;
    } else if (ch === ".") {
      c.i++;
    } else {
      c.i++;
      literal = ch;
    }
    const { optional, quantified } = zeroWidth ? { optional: true, quantified: false } : readQuantifier(c);
    if (zeroWidth) {
      flush();
      continue;
    }
    if (literal !== null && !quantified) {
      run += literal;
      continue;
    }
    flush();
    if (literal !== null && !optional) need([literal]);
    if (inner && !optional) need(inner);
  }
  flush();
  return best;
}

/** The anchors of a pattern, or null when it must always run. */
export function anchorsOf(pattern: RegExp): readonly string[] | null {
  if (pattern.flags.includes("i") || pattern.flags.includes("m")) return null;
  try {
    const c: Cursor = { s: pattern.source, i: 0 };
    const req = parseAlternation(c);
    if (!req || req.length === 0 || c.i < c.s.length) return null;
    if (req.some((a) => a.length < MIN_ANCHOR)) return null;
    return req;
  } catch {
    return null;
  }
}

/**
 * What each top-level branch of a pattern requires: for every branch (the
 * whole pattern when it has no "|" outside a group), its required parts, each
 * a list of strings of which the text must hold one. A match comes from one
 * branch, so a rule can be skipped when no branch has all of its parts in the
 * text: "bought … rope" needs a buying word and a means, which the single
 * best anchor (anchorsOf) does not say. Parts with a string shorter than three
 * characters are left out (too common to be worth a look-up). Null when some
 * branch requires nothing usable; anchorsOf alone then decides.
 */
export function requiredAnchorBranches(pattern: RegExp): readonly (readonly (readonly string[])[])[] | null {
  if (pattern.flags.includes("i") || pattern.flags.includes("m")) return null;
  try {
    const c: Cursor = { s: pattern.source, i: 0 };
    const branches: string[][][] = [];
    for (;;) {
      const parts: string[][] = [];
      parseSequence(c, parts);
      const usable = parts.filter((req) => req.length > 0 && req.every((a) => a.length >= MIN_ANCHOR)).map((req) => [...new Set(req)]);
      if (usable.length === 0) return null;
      branches.push(usable);
      if (c.s[c.i] !== "|") break;
      c.i++;
    }
    if (c.i < c.s.length) return null;
    return branches;
  } catch {
    return null;
  }
}
