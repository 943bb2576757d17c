/**
 * assessRisk(text): does this message, check-in entry or profile text speak
 * of a crisis (suicide, self-harm, danger now), of distress that deserves
 * gentle resources (a concern), or of neither?
 *
 *   1. normalise the text (normalise.ts)
 *   2. take out idioms and everyday phrases ("this traffic is killing me")
 *   3. find every risk rule that matches (risk-patterns.ts)
 *   4. read each match in its sentence: negated? about someone else? in a
 *      book or film? in the past, and is that past resolved? hypothetical?
 *   5. add up the weights of what still counts; 5 or more is a crisis
 *
 * Pure, synchronous, no network; it never throws. See docs/safety.md.
 */
import {
  levelOfCategory,
  RISK_CATEGORY_SEVERITY,
  type RiskCategory,
  type RiskLevel,
} from "./categories";
import { anchorsOf, leadingStrings, requiredAnchorBranches } from "./anchors";
import { normalise } from "./normalise";
import { categoryOfRule } from "./rule-categories";
import { categoryFor, FIRM_CATEGORIES, type Guard, isQuiet, raisedLevel, secondOpinion } from "./second-opinion";
import { NOT_YET, PLAN_TIME, SHAPE_RULES } from "./shapes";
import { SHAPES_NOW } from "./shapes-now";
import {
  CRISIS_SCORE,
  DISTANCE_MARKERS,
  GOODBYE_ALONE_MIN,
  FIRST_PERSON,
  HYPOTHETICAL_MARKER,
  IDIOMS,
  MEDIA_WORDS,
  NEGATION_BRIDGES,
  NEGATION_TRANSPARENT,
  NEGATION_WINDOW,
  NEGATORS,
  NOT_A_NEGATION_BEFORE,
  ORDINARY_FAREWELL,
  ORDINARY_FAREWELL_RELIEF,
  OTHER_REFLEXIVE,
  QUALIFIER,
  RECENT_MARKER,
  RESOLVED_MARKER,
  STILL_WEIGHS,
  RULES,
  SECOND_PERSON,
  SELF_REFLEXIVE,
  THIRD_PERSON,
  URGENCY_WEIGHT,
  URGENT_MARKER,
  type RiskRule,
} from "./risk-patterns";

export type { RiskCategory, RiskLevel } from "./categories";
export { RISK_CATEGORY_LABELS, RISK_CATEGORY_SEVERITY } from "./categories";

/**
 * Bumped whenever the detector's answers change, so that stored assessments
 * made by an older version can be found and re-assessed.
 */
export const RISK_DETECTOR_VERSION = 15;

export interface RiskAssessment {
  level: RiskLevel;
  /** What kind of risk, for the moderators' queue; "none" when the level is none. */
  category: RiskCategory;
  /** Short labels of what was found, for moderators; never the text itself. */
  reasons: string[];
}

/** Categories where a single finding of ACUTE_WEIGHT is already a crisis. */
const ACUTE: ReadonlySet<RiskCategory> = new Set<RiskCategory>(["danger-now", "method", "attempt", "self-harm-now"]);
const ACUTE_WEIGHT = 4;
const ALL_RULES: readonly RiskRule[] = [...RULES, ...SHAPE_RULES, ...SHAPES_NOW];

/**
 * The anchor tables (below), built on the first assessment rather than at
 * module load: deriving every rule's anchors and building the trie takes
 * about a hundred milliseconds, which every importer paid (the composer's
 * browser bundle included) even when it never assessed a word. Built once;
 * the answers are the same whenever they are built.
 */
interface AnchorTables {
  /** Every anchor of every rule and idiom, once: an anchor's id is its index here. */
  count: number;
  /** Each idiom's anchors as ids, or null when the idiom is always tried. */
  idiomAnchors: readonly (Int32Array | null)[];
  /** Each idiom's leading strings (anchors.ts, leadingStrings) as ids, or null when they cannot be read off it. */
  idiomLeads: readonly (Int32Array | null)[];
  /**
   * The idioms as run: the pattern itself, or, for one that opens with a look-behind (tried at every
   * position), the same pattern behind a look-ahead for its leading strings, (?=lead|…)(?:pattern),
   * which every match satisfies, so that the look-behind runs only where a match could start.
   */
  idiomPatterns: readonly RegExp[];
  /**
   * For each anchor id, the rules that have it among their anchors (version 10: the rules a text can
   * reach are found from its anchors): anchorRules[anchorRuleStart[id] … anchorRuleStart[id + 1]).
   * Here and below, lists of lists are stored flat, each in one array with the start of every list
   * (a list ends where the next begins), so that the look-ups read adjacent memory.
   */
  anchorRuleStart: Int32Array;
  anchorRules: Int32Array;
  /** The rules with no anchors, which every text runs. */
  alwaysRules: Int32Array;
  /**
   * Each rule's top-level branches (anchors.ts, requiredAnchorBranches), each a list of required parts:
   * rule r's branches are ruleBranchStart[r] … ruleBranchStart[r + 1] (none: only the anchors decide);
   * branch b's parts are branchParts[branchPartStart[b] … branchPartStart[b + 1]). A part (a list of
   * strings of which one must be in the text) is stored once however many rules share it (the same list
   * of times or means is in dozens of rules), so it is looked up once a text; part p's strings as anchor
   * ids are partAnchors[partStart[p] … partStart[p + 1]).
   */
  ruleBranchStart: Int32Array;
  branchPartStart: Int32Array;
  branchParts: Int32Array;
  partStart: Int32Array;
  partAnchors: Int32Array;
  partCount: number;
  /**
   * The strings every match of a rule starts with, as anchor ids: ruleLeads[ruleLeadStart[r] …
   * ruleLeadStart[r + 1]); none when they cannot be read off the pattern (the rule then searches
   * the whole text). isLead[id] is 1 for an anchor that is one of them (anchorsPresent notes where it
   * occurs); anchorLength[id] is an anchor's length.
   */
  ruleLeadStart: Int32Array;
  ruleLeads: Int32Array;
  isLead: Uint8Array;
  anchorLength: Int32Array;
  /**
   * All anchors as an Aho–Corasick automaton over a flat table (about 17,000 states × the ~30
   * characters anchors use): state s on character index x goes to next[s * width + x], the longest
   * anchor prefix that the text read so far ends with (0: none); end[s] is the anchor that ends at s,
   * or -1; more[s] is the next state down s's chain of suffixes at which an anchor ends, or 0.
   */
  charIndex: Int16Array;
  width: number;
  next: Int32Array | Uint16Array;
  end: Int32Array;
  more: Int32Array;
  /** The first state down s's chain (s itself included) at which an anchor ends, or 0: end[s] >= 0 ? s : more[s]. */
  firstOut: Int32Array;
}

let builtTables: AnchorTables | null = null;

function anchorTables(): AnchorTables {
  if (builtTables === null) builtTables = buildAnchorTables();
  return builtTables;
}

function buildAnchorTables(): AnchorTables {
  /** Each rule's anchor words (anchors.ts): a rule runs only when one of them is in the text. */
  const anchors = ALL_RULES.map((rule) => anchorsOf(rule.pattern));
  const idiomAnchors = IDIOMS.map((idiom) => anchorsOf(idiom));
  /*
   * What must be in the text for each rule to run: one of its anchors, and
   * (version 7, speed) every required part of at least one top-level branch of
   * its pattern (anchors.ts, requiredAnchorBranches), each part a list of
   * strings of which one must be present. The branch check only skips rules
   * that could not match anyway; it halves the regexes run on a risky message.
   */
  const branches = ALL_RULES.map((rule) => requiredAnchorBranches(rule.pattern));
  /*
   * Speed (issue 11): the strings every match of a rule starts with (anchors.ts, leadingStrings).
   * The automaton notes where each occurs, and such a rule is tried only there (findMatches).
   */
  const leads = ALL_RULES.map((rule) => leadingStrings(rule.pattern));
  const idiomLeads = IDIOMS.map((idiom) => leadingStrings(idiom));
  const texts: readonly string[] = [
    ...new Set([
      ...anchors.flatMap((a) => a ?? []),
      ...branches.flatMap((b) => (b ?? []).flat(2)),
      ...idiomAnchors.flatMap((a) => a ?? []),
      ...leads.flatMap((l) => l ?? []),
      ...idiomLeads.flatMap((l) => l ?? []),
    ]),
  ];
  const idOf: ReadonlyMap<string, number> = new Map(texts.map((a, id) => [a, id]));
  const toIds = (set: readonly string[]) => Int32Array.from(set, (a) => idOf.get(a) as number);

  /*
   * All anchors in one character trie, stored as a flat table: state s on
   * character index x goes to next[s * width + x], 0 meaning no anchor goes on
   * that way; end[s] is the anchor that ends at s, or -1. A flat table walks
   * about three times faster than nested Maps.
   */
  const charIndex = new Int16Array(65536).fill(-1);
  let width = 0;
  for (const anchor of texts) {
    for (let i = 0; i < anchor.length; i++) {
      const code = anchor.charCodeAt(i);
      if (charIndex[code] === -1) charIndex[code] = width++;
    }
  }
  const next: number[] = new Array<number>(width).fill(0);
  const end: number[] = [-1];
  texts.forEach((anchor, id) => {
    let state = 0;
    for (let i = 0; i < anchor.length; i++) {
      const slot = state * width + (charIndex[anchor.charCodeAt(i)] as number);
      if (next[slot] === 0) {
        next[slot] = end.length;
        end.push(-1);
        for (let k = 0; k < width; k++) next.push(0);
      }
      state = next[slot] as number;
    }
    end[state] = id;
  });
  /*
   * Speed (issue 11): the trie becomes an Aho–Corasick automaton, so the text is
   * read once, a character a step, instead of the trie being walked again from
   * every position. Breadth first, each state's missing ways are filled in with
   * where its longest proper suffix that is a trie state goes, and more[] links
   * each state to the nearest suffix state at which an anchor ends.
   */
  const states = end.length;
  const goto = Int32Array.from(next);
  const fail = new Int32Array(states);
  const more = new Int32Array(states);
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (let x = 0; x < width; x++) {
    const child = goto[x] as number;
    if (child !== 0) queue[tail++] = child; // depth 1: fail and more stay 0
  }
  while (head < tail) {
    const state = queue[head++] as number;
    for (let x = 0; x < width; x++) {
      const slot = state * width + x;
      const child = goto[slot] as number;
      const via = goto[(fail[state] as number) * width + x] as number;
      if (child === 0) {
        goto[slot] = via;
        continue;
      }
      fail[child] = via;
      more[child] = (end[via] as number) >= 0 ? via : (more[via] as number);
      queue[tail++] = child;
    }
  }
  const ruleAnchors = anchors.map((a) => (a ? toIds(a) : null));
  const rulesOf: number[][] = texts.map(() => []);
  ruleAnchors.forEach((ids, r) => {
    if (ids) for (const id of new Set(ids)) (rulesOf[id] as number[]).push(r);
  });
  const partIdOf = new Map<string, number>();
  const parts: Int32Array[] = [];
  const partId = (strings: readonly string[]): number => {
    const key = strings.join("\u0000");
    let id = partIdOf.get(key);
    if (id === undefined) {
      id = parts.length;
      parts.push(toIds(strings));
      partIdOf.set(key, id);
    }
    return id;
  };
  const ruleBranches = branches.map((b) => b?.map((branch) => branch.map(partId)) ?? []);
  const byAnchor = flat(rulesOf);
  const byRule = flat(ruleBranches.map((b) => b.map((_, k) => k)));
  const byBranch = flat(ruleBranches.flat());
  const byPart = flat(parts.map((ids) => [...ids]));
  const byLead = flat(leads.map((l) => (l ? [...toIds(l)] : [])));
  const isLead = new Uint8Array(texts.length);
  for (let k = 0; k < byLead.data.length; k++) isLead[byLead.data[k] as number] = 1;
  return {
    ruleLeadStart: byLead.start,
    ruleLeads: byLead.data,
    isLead,
    anchorLength: Int32Array.from(texts, (a) => a.length),
    count: texts.length,
    anchorRuleStart: byAnchor.start,
    anchorRules: byAnchor.data,
    alwaysRules: Int32Array.from(ruleAnchors.flatMap((ids, r) => (ids ? [] : [r]))),
    idiomAnchors: idiomAnchors.map((a) => (a ? toIds(a) : null)),
    idiomLeads: idiomLeads.map((l) => (l ? toIds(l) : null)),
    idiomPatterns: IDIOMS.map((idiom, k) => {
      const lead = idiomLeads[k];
      if (!lead || !idiom.source.startsWith("(?<")) return idiom;
      const ahead = lead.map((x) => x.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|");
      // eslint-disable-next-line security/detect-non-literal-regexp -- an idiom of the tables behind its own leading strings, escaped
      return new RegExp(`(?=${ahead})(?:${idiom.source})`, idiom.flags);
    }),
    // The branches are numbered rule after rule, so rule r's are ruleBranchStart[r] … ruleBranchStart[r + 1].
    ruleBranchStart: byRule.start,
    branchPartStart: byBranch.start,
    branchParts: byBranch.data,
    partStart: byPart.start,
    partAnchors: byPart.data,
    partCount: parts.length,
    charIndex,
    width,
    // Half the memory (and so fewer cache misses) while the states fit in 16 bits, as they do (about 19,000).
    next: states <= 0xffff ? Uint16Array.from(goto) : goto,
    end: Int32Array.from(end),
    more,
    firstOut: Int32Array.from(end, (id, state) => (id >= 0 ? state : (more[state] as number))),
  };
}

/** Lists stored flat: list k is data[start[k] … start[k + 1]). */
function flat(lists: readonly (readonly number[])[]): { start: Int32Array; data: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) start[k + 1] = (start[k] as number) + (lists[k] as readonly number[]).length;
  return { start, data: Int32Array.from(lists.flat()) };
}

/**
 * Which anchors occur in the text: present[id] is 1 when anchor id is in it.
 * The automaton reads the text once; at each character every anchor that
 * ends there is marked (the state's own, then down its chain of suffixes),
 * so the marks agree with String.includes for every anchor, however many
 * share a beginning or an end (" the ", " them ", " then "…).
 */
interface Present {
  /** present[id] is 1 when anchor id is in the text. */
  present: Uint8Array;
  /** The ids of the anchors in the text, each once, in the order found. */
  found: number[];
  /** Every occurrence of a rule's leading string (isLead): its anchor id and where it starts, pair after pair, in the order their ends are read. */
  leadAt: number[];
}

function anchorsPresent(text: string): Present {
  const { count, charIndex, width, next, end, more, firstOut, isLead, anchorLength } = anchorTables();
  const present = new Uint8Array(count);
  const found: number[] = [];
  const leadAt: number[] = [];
  const n = text.length;
  let state = 0;
  for (let i = 0; i < n; i++) {
    const x = charIndex[text.charCodeAt(i)] as number;
    // A character no anchor uses: no anchor spans it, so the reading starts again after it.
    if (x < 0) {
      state = 0;
      continue;
    }
    state = next[state * width + x] as number;
    for (let s = firstOut[state] as number; s !== 0; s = more[s] as number) {
      const id = end[s] as number;
      if (isLead[id] === 1) leadAt.push(id, i + 1 - (anchorLength[id] as number));
      if (present[id] === 0) {
        present[id] = 1;
        found.push(id);
      }
    }
  }
  return { present, found, leadAt };
}

/** Is one of these anchors in the text? */
function anyAnchorIn(present: Uint8Array, ids: Int32Array): boolean {
  for (let k = 0; k < ids.length; k++) if (present[ids[k] as number] === 1) return true;
  return false;
}

/**
 * Given that one of its anchors is in the text (or it has none): is one string of every part of one of its branches?
 * partSeen[p] remembers, for the text, whether part p has one of its strings in it: 0 not yet looked, 1 yes, 2 no.
 */
function branchMayMatch(tables: AnchorTables, present: Uint8Array, partSeen: Uint8Array, r: number): boolean {
  const { ruleBranchStart, branchPartStart, branchParts, partStart, partAnchors } = tables;
  const first = ruleBranchStart[r] as number;
  const last = ruleBranchStart[r + 1] as number;
  if (first === last) return true;
  for (let b = first; b < last; b++) {
    let all = true;
    for (let k = branchPartStart[b] as number, kEnd = branchPartStart[b + 1] as number; k < kEnd; k++) {
      const p = branchParts[k] as number;
      let seen = partSeen[p] as number;
      if (seen === 0) {
        seen = 2;
        for (let a = partStart[p] as number, aEnd = partStart[p + 1] as number; a < aEnd; a++) {
          if (present[partAnchors[a] as number] === 1) {
            seen = 1;
            break;
          }
        }
        partSeen[p] = seen;
      }
      if (seen === 2) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}
/** Urgent timing turns an urge or past harm into something happening now. */
const URGENT_UPGRADE: Partial<Record<RiskCategory, RiskCategory>> = {
  "self-harm-urge": "self-harm-now",
  "harmed-by-other": "danger-now",
};

/** How a match was read in its sentence. */
type Reading = "counts" | "negated" | "media" | "someoneElse" | "hypothetical" | "past" | "resolved" | "notAPerson";

/** Who a phrase is about. */
type Subject = "self" | "second" | "third" | "media" | "unknown";

interface Finding {
  rule: RiskRule;
  reading: Reading;
  weight: number;
  urgent: boolean;
  category: RiskCategory;
}

interface Match {
  rule: RiskRule;
  start: number; // char offsets in the normalised text
  end: number;
  firstToken: number;
  lastToken: number;
}

const QUOTE = '"';
const OBJECT_WORDS = new Set(["my", "me", "mine", "our", "us", "myself"]);
const BOUNDARY = new Set([".", "?"]);
const CLAUSE_BREAK = new Set([".", "?", ",", '"']);
const NO_ANSWERS = new Set(["no", "nope", "nah", "never", "not"]);
/** Downgraded readings keep a message at "concern" only for rules at least this heavy. */
const SERIOUS_WEIGHT = 2;

/** The normalised text split into tokens, with sentences and quotations. */
class Reader {
  readonly tokens: string[];
  private readonly starts: number[] = [];
  private readonly sentenceOf: number[] = [];
  private readonly sentenceFirst: number[] = [];
  private readonly sentenceLast: number[] = [];
  private readonly sentenceText = new Map<number, string>();
  /** For a token inside a quotation: the index of the opening quote, otherwise -1. */
  private readonly quoteOpen: number[] = [];
  private readonly quoteClose = new Map<number, number>();

  constructor(readonly text: string) {
    this.tokens = text === "" ? [] : text.split(" ");
    let offset = 0;
    let sentence = 0;
    this.sentenceFirst.push(0);
    const quoteMarks: number[] = [];
    this.tokens.forEach((word, i) => {
      this.starts.push(offset);
      offset += word.length + 1;
      this.sentenceOf.push(sentence);
      this.quoteOpen.push(-1);
      if (word === QUOTE) quoteMarks.push(i);
      if (BOUNDARY.has(word)) {
        this.sentenceLast.push(i);
        sentence++;
        this.sentenceFirst.push(i + 1);
      }
    });
    this.sentenceLast.push(this.tokens.length - 1);
    // Pair quotation marks in order; an unpaired last one quotes nothing.
    for (let q = 0; q + 1 < quoteMarks.length; q += 2) {
      const open = quoteMarks[q] as number;
      const close = quoteMarks[q + 1] as number;
      this.quoteClose.set(open, close);
      for (let i = open + 1; i < close; i++) this.quoteOpen[i] = open;
    }
  }

  tokenAt(charIndex: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= charIndex) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  sentence(token: number): number {
    return this.sentenceOf[token] ?? 0;
  }

  sentenceStart(token: number): number {
    return this.sentenceFirst[this.sentence(token)] ?? 0;
  }

  sentenceOfToken(token: number): string {
    const s = this.sentence(token);
    let text = this.sentenceText.get(s);
    if (text === undefined) {
      text = this.tokens.slice(this.sentenceFirst[s], (this.sentenceLast[s] ?? this.tokens.length - 1) + 1).join(" ");
      this.sentenceText.set(s, text);
    }
    return text;
  }

  /**
   * A marker test (or any of a list of markers) on a token's sentence,
   * remembered per sentence and marker (none of the markers is global, so a
   * test has no state): several matches
   * in one sentence are read with the same few sentence-wide regexes.
   */
  private readonly sentenceTests = new Map<RegExp | readonly RegExp[], Map<number, boolean>>();

  sentenceHas(token: number, marker: RegExp | readonly RegExp[]): boolean {
    let bySentence = this.sentenceTests.get(marker);
    if (bySentence === undefined) {
      bySentence = new Map();
      this.sentenceTests.set(marker, bySentence);
    }
    const s = this.sentence(token);
    let found = bySentence.get(s);
    if (found === undefined) {
      const sentence = this.sentenceOfToken(token);
      found = Array.isArray(marker) ? marker.some((m: RegExp) => m.test(sentence)) : (marker as RegExp).test(sentence);
      bySentence.set(s, found);
    }
    return found;
  }

  private resolvedText: boolean | undefined;

  /** Does the whole text say the past is resolved? Tested once per text. */
  saysResolved(): boolean {
    // Version 8: "survived an attempt … and some days it still feels close" is a past that still weighs, not a resolved one.
    if (this.resolvedText === undefined) this.resolvedText = RESOLVED_MARKER.test(this.text) && !STILL_WEIGHS.test(this.text);
    return this.resolvedText;
  }

  /** "Are you suicidal? No." — the sentence is a question answered no. */
  answeredNo(token: number): boolean {
    const last = this.sentenceLast[this.sentence(token)] ?? -1;
    return this.tokens[last] === "?" && NO_ANSWERS.has(this.tokens[last + 1] ?? "");
  }

  quoteOf(token: number): { open: number; close: number } | undefined {
    const open = this.quoteOpen[token] ?? -1;
    if (open < 0) return undefined;
    return { open, close: this.quoteClose.get(open) ?? open };
  }
}

/** Is there a negator in the few words before the match, in the same clause? */
function isNegated(reader: Reader, first: number): boolean {
  const { tokens } = reader;
  let seen = 0;
  for (let i = first - 1; i >= 0 && seen < NEGATION_WINDOW; i--) {
    const token = tokens[i] as string;
    if (CLAUSE_BREAK.has(token)) break;
    if (NEGATORS.has(token)) {
      if (NOT_A_NEGATION_BEFORE.has(tokens[i + 1] ?? "")) continue;
      return true;
    }
    // A new "i" starts a new statement unless a verb like "think" bridges it:
    // "I'm not okay I want to die" is not negated; "I don't think I want to die" is.
    if (token === "i" && !NEGATION_BRIDGES.has(tokens[i - 1] ?? "")) break;
    if (!NEGATION_TRANSPARENT.has(token)) seen++;
  }
  return reader.answeredNo(first);
}

function classify(token: string): Subject {
  if (FIRST_PERSON.has(token)) return "self";
  if (SECOND_PERSON.has(token)) return "second";
  if (THIRD_PERSON.has(token)) return "third";
  if (MEDIA_WORDS.has(token)) return "media";
  return "unknown";
}

/** Who the match is about: its own pronouns first, then the nearest subject before it. */
function subjectOf(reader: Reader, match: Match): Subject {
  // Words in quotation marks belong to whoever is quoted: 'she texted "I want to die"'.
  const quote = reader.quoteOf(match.firstToken);
  if (quote) {
    const speaker = speakerOfQuote(reader, quote);
    if (speaker !== "self") return speaker;
  }
  const inside = reader.tokens.slice(match.firstToken, match.lastToken + 1);
  if (inside.includes("myself")) return "self";
  if (inside.includes("yourself") || inside.includes("yourselves")) return "second";
  for (const t of inside) if (OTHER_REFLEXIVE.has(t) && t.endsWith("self")) return "third";
  for (const t of inside) {
    if (SELF_REFLEXIVE.has(t)) return "self";
    if (t === "your") return "second";
    if (OTHER_REFLEXIVE.has(t)) return "third";
  }
  return subjectBefore(reader, match);
}

/**
 * The nearest word before the match that says who: "my friend wants to die",
 * "he is hitting me". Looking for an agent (someone doing something to the
 * writer), "my" and "me" are passed over: "he is outside my door".
 */
function subjectBefore(reader: Reader, match: Match, agent = false): Subject {
  const { tokens } = reader;
  const quote = reader.quoteOf(match.firstToken);
  if (quote) return speakerOfQuote(reader, quote);
  const stop = reader.sentenceStart(match.firstToken);
  for (let i = match.firstToken - 1; i >= stop; i--) {
    const word = tokens[i] as string;
    if (word === QUOTE) break;
    if (agent && OBJECT_WORDS.has(word)) continue;
    const subject = classify(word);
    if (subject !== "unknown") return subject;
  }
  return "unknown";
}

/** A book, film or show named earlier in the match's own sentence. */
function mediaBefore(reader: Reader, match: Match): boolean {
  for (let i = reader.sentenceStart(match.firstToken); i < match.firstToken; i++) if (MEDIA_WORDS.has(reader.tokens[i] as string)) return true;
  return false;
}

/** 'she texted me "I want to die"' is about her; 'I keep thinking "I want to die"' is about me. */
function speakerOfQuote(reader: Reader, quote: { open: number; close: number }): Subject {
  const around = [
    ...reader.tokens.slice(Math.max(0, quote.open - 6), quote.open),
    ...reader.tokens.slice(quote.close + 1, quote.close + 5),
  ];
  const kinds = around.map(classify);
  if (kinds.includes("media")) return "media";
  if (kinds.includes("third") || kinds.includes("second")) return "third";
  return "self";
}

function isPast(reader: Reader, match: Match): boolean {
  const distant = match.rule.pastForm || reader.sentenceHas(match.firstToken, DISTANCE_MARKERS);
  return distant && !reader.sentenceHas(match.firstToken, RECENT_MARKER);
}

function read(reader: Reader, match: Match, messageHasMedia: boolean): Reading {
  const { rule } = match;
  if (rule.negatable !== false && isNegated(reader, match.firstToken)) return "negated";
  const past = isPast(reader, match);
  const resolved = past && reader.saysResolved();
  // Someone else: in a book or film it is fiction; their history that is behind them is let be.
  // (A value, not a closure made for every match: issue 11.)
  const someoneElse: Reading = messageHasMedia ? "media" : resolved ? "resolved" : "someoneElse";
  const quote = reader.quoteOf(match.firstToken);
  const speaker = quote ? speakerOfQuote(reader, quote) : "self";
  if (speaker === "media") return "media";
  if (speaker === "third" && !rule.needsOtherSubject) return someoneElse;
  if (rule.needsOtherSubject) {
    // "it hit me", "reality hit me" are not a person; a sentence that starts with the act
    // has dropped its subject, as texts do: "grabbed me by the throat", "hit me again".
    const agent = subjectBefore(reader, match, true);
    const elided = agent === "unknown" && match.firstToken === reader.sentenceStart(match.firstToken);
    if (agent !== "third" && !elided) return "notAPerson";
    // Version 12: "the crime documentary had a man with a knife": someone in a story, not at the door.
    if (messageHasMedia && mediaBefore(reader, match)) return "media";
  } else if (rule.about !== "self") {
    const subject = subjectOf(reader, match);
    if (subject === "media") return "media";
    if (subject === "third" || subject === "second") return someoneElse;
  } else if (messageHasMedia && mediaBefore(reader, match) && subjectBefore(reader, match) === "third") {
    // Version 12: a rule about the writer, told of someone in a story: "the finale ended with her on the bridge".
    return "media";
  }
  if (reader.sentenceHas(match.firstToken, HYPOTHETICAL_MARKER)) return "hypothetical";
  if (past) return resolved ? "resolved" : "past";
  return "counts";
}

/** Each rule's pattern made sticky (it matches only where lastIndex says), made on first use: findMatches tries it where a match may start. */
const stickyPatterns: (RegExp | undefined)[] = [];

function stickyPattern(r: number): RegExp {
  let sticky = stickyPatterns[r];
  if (sticky === undefined) {
    const { pattern } = ALL_RULES[r] as RiskRule;
    // eslint-disable-next-line security/detect-non-literal-regexp -- a rule's own pattern, made sticky
    sticky = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}y`);
    stickyPatterns[r] = sticky;
  }
  return sticky;
}

/** Every match of every rule, longest first (keepHeaviest then drops overlaps). */
function findMatches(reader: Reader, { present, found, leadAt }: Present): Match[] {
  const all: Match[] = [];
  const tables = anchorTables();
  const { text } = reader;
  // Version 10 (speed): the rules one of whose anchors is in the text are marked from the
  // anchors found, rather than every rule's anchors being looked up; then run in table order.
  const reached = new Uint8Array(ALL_RULES.length);
  for (let k = 0; k < tables.alwaysRules.length; k++) reached[tables.alwaysRules[k] as number] = 1;
  const { anchorRuleStart, anchorRules, ruleLeadStart, ruleLeads } = tables;
  for (let k = 0; k < found.length; k++) {
    const id = found[k] as number;
    for (let q = anchorRuleStart[id] as number, qEnd = anchorRuleStart[id + 1] as number; q < qEnd; q++) reached[anchorRules[q] as number] = 1;
  }
  const partSeen = new Uint8Array(tables.partCount);
  // Where each leading string occurs, as a list per anchor id: firstAt[id] (-1: nowhere) and nextAt, in the order read.
  const pairs = leadAt.length >> 1;
  const firstAt = new Map<number, number>();
  const lastAt = new Map<number, number>();
  const nextAt = new Int32Array(pairs).fill(-1);
  for (let k = 0; k < pairs; k++) {
    const id = leadAt[2 * k] as number;
    const last = lastAt.get(id);
    if (last === undefined) firstAt.set(id, k);
    else nextAt[last] = k;
    lastAt.set(id, k);
  }
  const starts: number[] = [];
  for (let r = 0; r < ALL_RULES.length; r++) {
    if (reached[r] === 0) continue;
    const rule = ALL_RULES[r] as RiskRule;
    if (!branchMayMatch(tables, present, partSeen, r)) continue;
    const leadFirst = ruleLeadStart[r] as number;
    const leadEnd = ruleLeadStart[r + 1] as number;
    if (leadFirst === leadEnd) {
      // exec with lastIndex rather than matchAll: no regex copy per rule, and it runs
      // to completion synchronously, so the shared lastIndex cannot leak.
      const { pattern } = rule;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (end === start) {
          pattern.lastIndex++;
          continue;
        }
        all.push({ rule, start, end, firstToken: reader.tokenAt(start), lastToken: reader.tokenAt(end - 1) });
      }
      continue;
    }
    /*
     * Speed (issue 11): every match starts with one of the rule's leading strings, so the
     * pattern is tried only where one starts, in order, made sticky: the first place it
     * matches is the first place a search through the whole text would find, with the same
     * match, and the next search goes on from its end (or the place after an empty match),
     * as exec does with lastIndex.
     */
    starts.length = 0;
    let lists = 0;
    for (let q = leadFirst; q < leadEnd; q++) {
      const id = ruleLeads[q] as number;
      if (present[id] === 0) continue;
      lists++;
      for (let k = firstAt.get(id) ?? -1; k >= 0; k = nextAt[k] as number) starts.push(leadAt[2 * k + 1] as number);
    }
    if (starts.length === 0) continue; // none of them is in the text: no match
    if (lists > 1) starts.sort((a, b) => a - b);
    const sticky = stickyPattern(r);
    let from = 0;
    for (let k = 0; k < starts.length; k++) {
      const start = starts[k] as number;
      if (start < from) continue;
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (m === null) {
        from = start + 1;
        continue;
      }
      const end = start + m[0].length;
      if (end === start) {
        from = start + 1;
        continue;
      }
      all.push({ rule, start, end, firstToken: reader.tokenAt(start), lastToken: reader.tokenAt(end - 1) });
      from = end;
    }
  }
  // Longest first (stable, so table order breaks ties); same length: the
  // heavier rule is the better reading of the same words. Which of two
  // overlapping matches is kept is decided in readByRules, once each is read.
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || b.rule.weight - a.rule.weight);
  return all;
}

/**
 * A longer match of a concern kind (an urge, a wish, words said to the writer,
 * someone else's act) is a deliberate softer reading of the words it covers
 * ("I want to hurt myself" is an urge, not harm now): only a longer match of a
 * crisis kind gives way to a heavier short one.
 */
const isCrisisKind = (rule: RiskRule) => levelOfCategory(categoryOfRule(rule)) === "crisis";

/**
 * Of matches that share words (the same signal read twice), the longer is
 * kept, as before version 10, unless both count as they are read and the
 * shorter weighs more (with its context): then the heavier reading wins.
 * Version 10: a lighter long match no longer hides a heavier short one,
 * while a longer reading that its sentence guards (negated, past, someone
 * else's…) still decides for its words ("wouldn't mind if I didn't wake up"
 * stays a passive wish; "when I tried to end it" stays a resolved past), and
 * so does a longer reading about someone else ("my friend was stockpiling").
 */
function keepHeaviest<T extends { match: Match; reading: Reading; weight: number }>(read: readonly T[]): T[] {
  let kept: T[] = [];
  for (const r of read) {
    const overlapping = kept.filter((k) => k.match.start < r.match.end && r.match.start < k.match.end);
    if (overlapping.length === 0) kept.push(r);
    else if (r.reading === "counts" && overlapping.every((k) => k.reading === "counts" && k.weight < r.weight && isCrisisKind(k.match.rule))) {
      kept = kept.filter((k) => !overlapping.includes(k));
      kept.push(r);
    }
  }
  return kept;
}

/**
 * Takes out idioms. `present` is the anchor table of the text as it came in:
 * an idiom becomes "~", which no anchor contains, so taking one out never
 * brings an anchor into the text; an idiom whose anchors were absent at the
 * start cannot match later, and one whose anchors an earlier idiom took out
 * simply finds nothing to replace.
 */
function removeIdioms(text: string, { present }: Present): { text: string; found: boolean } {
  let found = false;
  let out = text;
  const { idiomAnchors, idiomLeads, idiomPatterns } = anchorTables();
  for (let k = 0; k < IDIOMS.length; k++) {
    const anchors = idiomAnchors[k];
    if (anchors && !anyAnchorIn(present, anchors)) continue;
    // Speed (issue 11): every match starts with one of the idiom's leading strings; none in the text, no match.
    const leads = idiomLeads[k];
    if (leads && !anyAnchorIn(present, leads)) continue;
    out = out.replace(idiomPatterns[k] as RegExp, markIdiom);
    if (idiomMarked) {
      found = true;
      idiomMarked = false;
    }
  }
  return { text: out, found };
}

/** Set when markIdiom replaced something (a function of its own rather than a closure per idiom: issue 11). */
let idiomMarked = false;

function markIdiom(): string {
  idiomMarked = true;
  return "~";
}

/** What the rules made of a text, with what the second opinion needs to read it too. */
export interface RuleReading {
  assessment: RiskAssessment;
  /** The normalised text with idioms taken out: what the second opinion reads. */
  text: string;
  /** How the rules read their matches (negated, someoneElse, media, resolved, past, hypothetical, counts). */
  readings: ReadonlySet<string>;
  /** The rules' guards spoke and nothing counted: negated, someone else's, fiction or news, resolved, hypothetical. */
  guarded: boolean;
}

const GUARD_READINGS: readonly Reading[] = ["negated", "someoneElse", "media", "resolved", "hypothetical"];

/** Adds a reason once. */
function addReason(reasons: string[], reason: string): void {
  if (!reasons.includes(reason)) reasons.push(reason);
}

/** The rule-based reading alone (version 4's answer). Exported for `npm run risk:train` and the tests. */
export function readByRules(input: string): RuleReading {
  const normalised = normalise(typeof input === "string" ? input : "");
  const presentBefore = anchorsPresent(normalised);
  const { text, found: idiomFound } = removeIdioms(normalised, presentBefore);
  // The rules read the text without its idioms: the anchor table is made again only if one was taken out.
  const present = text === normalised ? presentBefore : anchorsPresent(text);
  const reader = new Reader(text);
  const messageHasMedia = reader.tokens.some((t) => MEDIA_WORDS.has(t));

  const findings: Finding[] = [];
  const matches = findMatches(reader, present);
  const readMatches = matches.map((match) => {
    const reading = read(reader, match, messageHasMedia);
    const { rule } = match;
    const weight = rule.stronger && rule.stronger.context.test(text) ? rule.stronger.weight : rule.weight;
    return { match, reading, weight };
  });
  for (const { match, reading, weight } of keepHeaviest(readMatches)) {
    if (reading === "notAPerson") continue;
    const { rule } = match;
    const urgent = Boolean(rule.urgent) && reader.sentenceHas(match.firstToken, URGENT_MARKER);
    findings.push({ rule, reading, weight, urgent, category: categoryOf(reader, match, urgent) });
  }

  // Add up what counts, each rule once; goodbye signals are softened by an ordinary farewell.
  const counted = new Map<string, Finding>();
  for (const f of findings) {
    // Version 9: a rule whose weight is 0 without its context (a pill taken, a hotel booked) says
    // nothing at all: it neither makes a crisis kind present nor tells the model its kind, which
    // had taught the model that "took my meds" reads like an attempt.
    if (f.reading !== "counts" || f.weight <= 0) continue;
    const previous = counted.get(f.rule.id);
    if (!previous || f.weight > previous.weight || (f.urgent && !previous.urgent)) counted.set(f.rule.id, f);
  }
  let goodbye = 0;
  let other = 0;
  for (const f of counted.values()) {
    if (f.rule.category === "goodbye") goodbye += f.weight;
    else other += f.weight;
  }
  if (goodbye > 0 && ORDINARY_FAREWELL.test(text)) goodbye = Math.max(0, goodbye - ORDINARY_FAREWELL_RELIEF);
  // A lone "goodbye" or "thank you for everything" is just manners.
  if (other === 0 && goodbye < GOODBYE_ALONE_MIN) goodbye = 0;
  const urgent = [...counted.values()].some((f) => f.urgent);
  // Finality that survives the ordinary-farewell check (letters for the family,
  // affairs in order, "this is my last message") is preparatory behaviour: a crisis.
  const finality = goodbye >= GOODBYE_ALONE_MIN ? CRISIS_SCORE : 0;
  const score = Math.max(finality, goodbye + other + (urgent ? URGENCY_WEIGHT : 0));

  const downgraded = findings.filter(
    (f) => (f.reading === "someoneElse" || f.reading === "hypothetical" || f.reading === "past") && f.weight >= SERIOUS_WEIGHT,
  );
  // A crisis needs enough weight and at least one crisis-kind signal: several
  // concern signals together stay a concern (escalation.ts counts them over time).
  const crisisKind = [...counted.values()].some((f) => levelOfCategory(f.category) === "crisis");
  // Being at the edge, holding the means, hiding from someone: weighty on its own.
  const acute = [...counted.values()].some((f) => f.weight >= ACUTE_WEIGHT && ACUTE.has(f.category));
  const level: RiskLevel =
    (score >= CRISIS_SCORE && crisisKind) || acute ? "crisis" : score >= 1 || downgraded.length > 0 ? "concern" : "none";

  // Reasons: what counted, heaviest first, then how the rest was read.
  const reasons: string[] = [];
  const byWeight = level === "none" ? [] : [...counted.values()].sort((a, b) => b.weight - a.weight);
  for (const f of byWeight) addReason(reasons, f.rule.reason);
  if (level === "crisis") {
    if (!byWeight.some((f) => f.weight >= CRISIS_SCORE) && goodbye + other >= CRISIS_SCORE) addReason(reasons, QUALIFIER.several);
    if (urgent) addReason(reasons, QUALIFIER.urgent);
  }
  for (const f of downgraded) {
    if (f.reading === "someoneElse") addReason(reasons, QUALIFIER.someoneElse);
    else if (f.reading === "past") addReason(reasons, `${f.rule.reason} (${QUALIFIER.past})`);
    else addReason(reasons, `${f.rule.reason} (${QUALIFIER.hypothetical})`);
  }
  const readings = new Set<string>(findings.map((f) => f.reading));
  if (readings.has("negated")) addReason(reasons, QUALIFIER.negated);
  if (readings.has("resolved")) addReason(reasons, QUALIFIER.resolved);
  if (readings.has("media")) addReason(reasons, QUALIFIER.media);
  if (idiomFound && level === "none") addReason(reasons, QUALIFIER.idiom);
  const assessment = { level, category: pickCategory(level, [...counted.values()], downgraded, text), reasons };
  const guarded = counted.size === 0 && GUARD_READINGS.some((r) => readings.has(r));
  // The second opinion also reads what the rules found (version 6): which triage kinds counted,
  // and the rules' own level, so that it learns how far to trust each kind instead of doubting
  // a shape it has few examples of.
  for (const f of counted.values()) readings.add(`kind:${f.category}`);
  readings.add(`rules:${level}`);
  return { assessment, text, readings, guarded };
}

/** The category a finding stands for, read in its sentence. */
function categoryOf(reader: Reader, match: Match, urgent: boolean): RiskCategory {
  let category = categoryOfRule(match.rule);
  // A history phrase only counts when a recent time makes it current: "used to, and again this week".
  if (category === "self-harm-history") category = "self-harm-now";
  if (category === "attempt-history") category = "attempt";
  if (urgent) return URGENT_UPGRADE[category] ?? category;
  if (category === "attempt") {
    // "I want to take all my pills" is a method wished for, not an attempt made.
    const before = reader.tokens.slice(Math.max(0, match.firstToken - 3), match.firstToken).join(" ");
    if (NOT_YET.test(before)) return "method";
  }
  return category;
}

/** Downgraded readings say what kind of concern it is. */
function downgradedCategory(f: Finding): RiskCategory {
  if (f.reading === "someoneElse") return "worry-for-other";
  if (f.reading === "hypothetical") return "help-seeking";
  const base = categoryOfRule(f.rule);
  if (base === "attempt" || base === "intent" || base === "active-thoughts" || base === "method" || base === "plan") return "attempt-history";
  if (base === "self-harm-now" || base === "self-harm-urge") return "self-harm-history";
  if (base === "danger-now") return "harmed-by-other";
  return levelOfCategory(base) === "concern" ? base : "distress";
}

function mostSevere(categories: RiskCategory[]): RiskCategory {
  let best: RiskCategory = "none";
  for (const c of categories) if (RISK_CATEGORY_SEVERITY[c] > RISK_CATEGORY_SEVERITY[best]) best = c;
  return best;
}

function pickCategory(level: RiskLevel, counted: Finding[], downgraded: Finding[], text: string): RiskCategory {
  if (level === "none") return "none";
  if (level === "crisis") {
    const top = mostSevere(counted.filter((f) => levelOfCategory(f.category) === "crisis").map((f) => f.category));
    // A time said with intent or thoughts makes it a plan: "I'll end it after the kids leave".
    if ((top === "intent" || top === "active-thoughts") && PLAN_TIME.test(text)) return "plan";
    return top;
  }
  // Concern: a crisis-kind signal too weak on its own still names what it looks like
  // only if nothing of concern kind was found; otherwise the concern kind wins.
  const concernKinds = counted.map((f) => f.category).filter((c) => levelOfCategory(c) === "concern");
  const fromDowngraded = downgraded.map(downgradedCategory);
  const top = mostSevere([...concernKinds, ...fromDowngraded]);
  if (top !== "none") return top;
  const weakCrisis = mostSevere(counted.map((f) => f.category));
  return weakCrisis === "none" ? "distress" : weakCrisis;
}

/** Reasons the second opinion adds, for moderators. */
const SECOND_OPINION_REASON = {
  crisis: "second opinion: reads as a crisis",
  concern: "second opinion: reads as distress",
  doubted: "second opinion: reads as everyday words (a crisis by the rules, lowered to concern)",
} as const;

/** What the second opinion may do with the rules' reading (shared with `npm run risk:train`). */
export function guardOf(read: RuleReading): Guard {
  const { level, category } = read.assessment;
  return { guarded: read.guarded, quiet: level === "none" && isQuiet(read.text), firm: level === "crisis" && FIRM_CATEGORIES.has(category) };
}

/** The rules' reading, raised (or, for a crisis it strongly doubts, lowered to concern) by the second opinion. */
function assess(input: string): RiskAssessment {
  const read = readByRules(input);
  const rules = read.assessment;
  if (read.text === "") return rules;
  const opinion = secondOpinion(read.text, read.readings);
  const level = raisedLevel(rules.level, guardOf(read), opinion);
  if (level === rules.level || level === "none") return rules;
  const category = categoryFor(level, read.text, rules.category);
  if (level === "concern" && rules.level === "crisis") return { level, category, reasons: [...rules.reasons, SECOND_OPINION_REASON.doubted] };
  return { level, category, reasons: [SECOND_OPINION_REASON[level], ...rules.reasons] };
}

export function assessRisk(text: string): RiskAssessment {
  try {
    return assess(typeof text === "string" ? text : "");
  } catch {
    // Not expected to happen. If it ever does, err on the side of a human look
    // rather than let a bug silence a message.
    return { level: "concern", category: "distress", reasons: ["could not be assessed"] };
  }
}
