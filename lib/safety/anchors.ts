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

const isDigits = (x: string | undefined): boolean => x !== undefined && x !== "" && [...x].every((d) => d >= "0" && d <= "9");

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
    if (rest.length === 0 && isDigits(low) && (high === undefined || high === "" || isDigits(high))) {
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
/** A sequence being read: its best required part so far, the literal run being read, and where every required part goes. */
interface Sequence {
  best: Req;
  run: string;
  parts: string[][] | undefined;
}

/**
 * A required part of the sequence. (Functions of their own rather than closures made on each
 * call: under tsx, which keeps function names, every closure made costs a defineProperty.)
 */
function need(seq: Sequence, req: string[]): void {
  seq.parts?.push(req);
  seq.best = better(seq.best, req);
}

/** The run of literal characters read so far is a required part. */
function flush(seq: Sequence): void {
  if (seq.run.length > 0) need(seq, [seq.run]);
  seq.run = "";
}

function parseSequence(c: Cursor, parts?: string[][]): Req {
  // The best required part so far and the run of literal characters being read (no closures: issue 11, see need).
  const seq: Sequence = { best: null, run: "", parts };
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
      flush(seq);
      continue;
    }
    if (literal !== null && !quantified) {
      seq.run += literal;
      continue;
    }
    flush(seq);
    if (literal !== null && !optional) need(seq, [literal]);
    if (inner && !optional) need(seq, inner);
  }
  flush(seq);
  return seq.best;
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


/**
 * The strings one of which every match of a pattern starts with ("kill my",
 * "kill you", "killing " … for `\b(?:kill|killing) (?:myself|yourself) …`),
 * or null when that cannot be read off the pattern simply. Zero-width parts
 * (\b, ^, $, look-arounds) are passed over; literal characters, small sets
 * of literal characters ([.,?]) and groups of alternatives are read, an
 * optional one both with and without it, and reading stops at anything else
 * (a wider character class, a repeat, an escape other than a plain
 * character…) or once a string is LEAD_LENGTH long: what was read is then a
 * beginning of the match. Null when a string would be shorter than
 * MIN_ANCHOR or there would be more than MAX_LEADS.
 * Speed (issue 11): a rule needs to be tried only where one of these strings
 * starts in the text (assess-risk.ts, findMatches).
 */
export function leadingStrings(pattern: RegExp): readonly string[] | null {
  if (pattern.flags.includes("i") || pattern.flags.includes("m") || pattern.flags.includes("s") || pattern.flags.includes("u") || pattern.flags.includes("v")) return null;
  try {
    const c: Cursor = { s: pattern.source, i: 0 };
    const lead = leadOfAlternation(c, [{ text: "", open: true }]);
    if (lead === null || c.i < c.s.length) return null;
    const strings = [...new Set(lead.map((l) => l.text))];
    if (strings.length > MAX_LEADS || strings.some((x) => x.length < MIN_ANCHOR)) return null;
    return strings;
  } catch {
    return null;
  }
}

/** A possible beginning of a match; open while what follows in the pattern may still be appended to it. */
interface Lead {
  text: string;
  open: boolean;
}

/** Long enough to be rare in a text; longer would only grow the anchor automaton. */
const LEAD_LENGTH = 6;
const MAX_LEADS = 200;

type Leads = Lead[] | null;

/** Closes every lead (nothing more can be appended). */
const closed = (leads: readonly Lead[]): Lead[] => leads.map((l) => ({ text: l.text, open: false }));

/** Appends one of the strings to every open lead; a lead that reaches LEAD_LENGTH is cut there and closed. */
function append(leads: readonly Lead[], strings: readonly Lead[]): Leads {
  const out: Lead[] = [];
  for (const l of leads) {
    if (!l.open) {
      out.push(l);
      continue;
    }
    for (const x of strings) {
      const text = l.text + x.text;
      out.push(text.length >= LEAD_LENGTH ? { text: text.slice(0, LEAD_LENGTH), open: false } : { text, open: x.open });
    }
  }
  return out.length > MAX_LEADS ? null : dedupe(out);
}

function dedupe(leads: readonly Lead[]): Lead[] {
  const seen = new Map<string, Lead>();
  for (const l of leads) {
    const key = `${l.open ? 1 : 0}${l.text}`;
    if (!seen.has(key)) seen.set(key, l);
  }
  return [...seen.values()];
}

/**
 * An alternation (to the ")" that closes it, or the end), each branch read
 * from the leads given: the union of the branches' leads, or null when one
 * branch cannot be read.
 */
function leadOfAlternation(c: Cursor, from: readonly Lead[]): Leads {
  const all: Lead[] = [];
  let ok = true;
  for (;;) {
    const branch = leadOfSequence(c, from);
    if (branch === null) ok = false;
    else all.push(...branch);
    if (c.s[c.i] !== "|") break;
    c.i++;
  }
  return ok && all.length <= MAX_LEADS ? dedupe(all) : null;
}

/** Skips a bracketed character class starting at "["; returns its characters when it is a small set of plain ones, else null. */
function readClass(c: Cursor): string[] | null {
  c.i++; // "["
  let plain = c.s[c.i] !== "^";
  const chars: string[] = [];
  if (c.s[c.i] === "^") c.i++;
  if (c.s[c.i] === "]") {
    chars.push("]");
    c.i++;
  }
  while (c.i < c.s.length && c.s[c.i] !== "]") {
    const ch = c.s[c.i] as string;
    if (ch === "\\") {
      const next = c.s[c.i + 1] ?? "";
      if (/[.\\/?*+()[\]{}|^$-]/.test(next)) chars.push(next);
      else plain = false;
      c.i += 2;
      continue;
    }
    if (ch === "-" && chars.length > 0 && c.s[c.i + 1] !== "]") plain = false; // a range
    chars.push(ch);
    c.i++;
  }
  if (c.s[c.i] !== "]") throw new Error("unclosed class");
  c.i++;
  return plain && chars.length > 0 && chars.length <= 8 ? chars : null;
}

/** Skips a group's body (after its opening) to just past its ")". */
function skipGroupBody(c: Cursor): void {
  let depth = 1;
  while (c.i < c.s.length) {
    const ch = c.s[c.i] as string;
    if (ch === "\\") c.i += 2;
    else if (ch === "[") readClass(c);
    else {
      if (ch === "(") depth++;
      else if (ch === ")" && --depth === 0) {
        c.i++;
        return;
      }
      c.i++;
    }
  }
  throw new Error("unclosed group");
}

/** Skips the rest of a sequence, to the "|" or ")" that ends it. */
function skipSequence(c: Cursor): void {
  while (c.i < c.s.length && c.s[c.i] !== "|" && c.s[c.i] !== ")") {
    const ch = c.s[c.i] as string;
    if (ch === "\\") c.i += 2;
    else if (ch === "[") readClass(c);
    else if (ch === "(") {
      c.i++;
      skipGroupBody(c);
    } else c.i++;
  }
}

/** Reads a quantifier if one follows: "once" (none), "maybe" (?), "optional" (* {0,…}), or "repeated" (+ {n,…} with n ≥ 1). */
function readRepeat(c: Cursor): "once" | "maybe" | "optional" | "repeated" {
  const ch = c.s[c.i];
  let kind: "once" | "maybe" | "optional" | "repeated" = "once";
  if (ch === "?" || ch === "*") {
    kind = ch === "?" ? "maybe" : "optional";
    c.i++;
  } else if (ch === "+") {
    kind = "repeated";
    c.i++;
  } else if (ch === "{") {
    const close = c.s.indexOf("}", c.i);
    const [low, high, ...rest] = c.s.slice(c.i + 1, close).split(",");
    // {n}, {n,} or {n,m}; anything else is a literal "{", which is not read.
    if (close < 0 || rest.length > 0 || !isDigits(low) || (high !== undefined && high !== "" && !isDigits(high))) throw new Error("not a quantifier");
    kind = Number(low) === 0 ? "optional" : "repeated";
    c.i = close + 1;
  }
  if (kind !== "once" && c.s[c.i] === "?") c.i++; // lazy
  return kind;
}

/** Reading stops: the rest of the sequence is skipped and the leads so far closed (null if one is still empty). */
function stopLeads(c: Cursor, leads: readonly Lead[]): Leads {
  skipSequence(c);
  const cut = closed(leads);
  return cut.some((l) => l.text === "") ? null : cut;
}

/**
 * One sequence, read from the leads given, to the "|" or ")" that ends it:
 * the leads it ends with. Null when a lead would be left empty before
 * anything certain is read (a branch that starts with a wide class, say).
 */
function leadOfSequence(c: Cursor, from: readonly Lead[]): Leads {
  let leads: Lead[] = [...from];
  while (c.i < c.s.length && c.s[c.i] !== "|" && c.s[c.i] !== ")") {
    if (!leads.some((l) => l.open)) return stopLeads(c, leads);
    const atomStart = c.i;
    const ch = c.s[c.i] as string;
    // The strings the next atom matches (open: the whole of what it matches), or null when it cannot be read.
    let atom: Lead[] | null = null;
    if (ch === "(") {
      const kind = c.s.slice(c.i + 1, c.i + 4);
      if (kind.startsWith("?=") || kind.startsWith("?!") || kind === "?<=" || kind === "?<!") {
        // A look-around consumes nothing: passed over (a quantified one is not read).
        c.i += kind.startsWith("?<") ? 4 : 3;
        skipGroupBody(c);
        if (readRepeat(c) !== "once") {
          c.i = atomStart;
          return stopLeads(c, leads);
        }
        continue;
      }
      c.i++;
      if (c.s[c.i] === "?") {
        if (kind.startsWith("?:")) c.i += 2;
        else if (kind.startsWith("?<")) c.i = c.s.indexOf(">", c.i) + 1;
        else {
          c.i = atomStart;
          return stopLeads(c, leads);
        }
      }
      atom = leadOfAlternation(c, [{ text: "", open: true }]);
      if (c.s[c.i] !== ")") throw new Error("unclosed group");
      c.i++;
    } else if (ch === "[") {
      const chars = readClass(c);
      atom = chars ? chars.map((x) => ({ text: x, open: true })) : null;
    } else if (ch === "\\") {
      const next = c.s[c.i + 1] ?? "";
      c.i += 2;
      if (next === "b") {
        if (readRepeat(c) !== "once") {
          c.i = atomStart;
          return stopLeads(c, leads);
        }
        continue;
      }
      // Only a plain punctuation character escaped is read as itself.
      atom = /[.\\/?*+()[\]{}|^$-]/.test(next) ? [{ text: next, open: true }] : null;
    } else if (ch === "^" || ch === "$") {
      c.i++;
      continue;
    } else if (ch === "." || ch === "*" || ch === "+" || ch === "?" || ch === "{" || ch === "}" || ch === "]") {
      atom = null;
      c.i++;
    } else {
      atom = [{ text: ch, open: true }];
      c.i++;
    }
    if (atom === null) {
      c.i = atomStart;
      return stopLeads(c, leads);
    }
    const repeat = readRepeat(c);
    if (repeat === "once") {
      const next = append(leads, atom);
      if (next === null) {
        c.i = atomStart;
        return stopLeads(c, leads);
      }
      leads = next;
      continue;
    }
    // "?": with it and without it, reading on from each. Repeated or optional many times: with it once
    // (then nothing more is certain) and, when optional, without it, reading on.
    const withIt = append(leads, repeat === "maybe" ? atom : closed(atom));
    if (withIt === null) {
      c.i = atomStart;
      return stopLeads(c, leads);
    }
    if (repeat === "repeated") {
      leads = withIt;
      return stopLeads(c, leads);
    }
    const rest = c.i;
    const withRead = repeat === "maybe" ? leadOfSequence({ s: c.s, i: rest }, withIt) : closed(withIt);
    const without = leadOfSequence(c, leads);
    if (withRead === null || without === null) return null;
    const both = dedupe([...withRead, ...without]);
    return both.length > MAX_LEADS ? null : both;
  }
  return leads;
}
