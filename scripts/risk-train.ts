/**
 * `npm run risk:train` — trains the risk detector's second opinion
 * (lib/safety/second-opinion.ts) and writes lib/safety/model-weights.ts.
 *
 * Training data: the tuning corpus with the first corpus's none examples, the
 * sealed sets retired into training (1–3 in version 5, 4–6 in version 6, 7 in
 * version 7, 8 in version 8, 9–11 in version 9, 12–13 in version 10, 14–15 in version 11,
 * 16–19 in version 12, 20–21 in version 13, 22–23 in version 14), the other writers' training
 * sets (training-round6a/6b/7a/7b, from version 7 training-round8a/8b, from
 * version 8 training-round9a/9b/9c/9d, from version 9 training-round10a/10b,
 * from version 11 training-round11a–11d, from version 12 training-round12a/12b, from version 14 training-round13a),
 * and the version 5 additions (training-round5.ts) (docs/safety.md, "Version
 * 5" to "Version 10"). No held-out set is read here: the sets that measure a
 * version are kept off the tuning branch and measured once by the lead.
 *
 * 1. Every text is read by the rules (readByRules) and turned into hashed
 *    features (model-features.ts).
 * 2. Two logistic regressions ("at least concern", "crisis") are fitted by
 *    AdaGrad with L2, each the average of four fits in orders fixed by a
 *    seeded shuffle: the same data gives the same weights.
 * 3. Cross-validation, twice: leave one source out (train on every other
 *    source, predict this one: the closest thing to text written by
 *    someone else) and 5-fold
 *    stratified. training-round5.ts was written after reading out-of-fold
 *    mistakes, so it is left out of cross-validation (`--cv-with-round5` puts
 *    it in the training folds; the figures then flatter). The thresholds are
 *    picked on the leave-one-source-out predictions for every source but the
 *    tuning corpus (the rules were tuned on the tuning source, so only there
 *    are the rules' own answers as good as on new text): the highest crisis +
 *    concern recall with false alarms ≤ 8 %, concerns rated crisis at most
 *    10 points above the rules alone, and hard negatives rated crisis at most
 *    3 % of them (2.5 % until version 13; MAX_HARD_RATE says why), or the rules' own count if higher. Version 7 lowered these
 *    from the issue's 8 % and version 6's 2.5 % (to 7.5 % and 2 %), to leave a
 *    margin for new writers, whose false alarms had come out above the pooled
 *    figure (sealed set 7: 14 %); version 12 goes back to them: the pool now
 *    holds the writers of safe twins (12a alone: 22 % false alarms), so the
 *    pooled figure is no longer the easy one, and at 7.5 % and 2 % the picker
 *    gave up three points of crisis recall to them (docs/safety.md,
 *    "Version 12"). Sources left out of the choice: the tuning corpus, and round13a (version 14; see
 *    pickExclude). The doubt (a rules' crisis lowered to concern
 *    when the model reads everyday words) is searched from 8 % up, never
 *    switched off. Text with no risky word at all is never raised to crisis
 *    (second-opinion.ts, isQuiet; RISK_NO_QUIET=1 measures without that).
 *    Both tables are printed, rules alone beside rules + model.
 * 4. The final models are fitted on everything and written as 8-bit weights.
 *
 * `--rules-only` prints the rules' own figures and stops; `--no-write` runs the cross-validation only; `--cv-only` stops after the
 * thresholds; `--show` lists the out-of-fold mistakes on every source.
 * RISK_* environment variables override the settings, for experiments;
 * RISK_PICK_EXCLUDE=<source> keeps a source out of the threshold choice, so
 * a new writer's set can be estimated honestly before it is read.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { guardOf, readByRules } from "../lib/safety/assess-risk";
import type { RiskCategory, RiskLevel } from "../lib/safety/categories";
import { bucketOf, FEATURE_BITS, featureStrings, featuresOf } from "../lib/safety/model-features";
import { raisedLevel, type Thresholds } from "../lib/safety/second-opinion";
import { corpus, holdout } from "../tests/unit/safety/corpus";
import type { LabelledExample } from "../tests/unit/safety/labelled";
import { sealedHoldout } from "../tests/unit/safety/sealed-holdout";
import { sealedHoldout2 } from "../tests/unit/safety/sealed-holdout-2";
import { sealedHoldout3 } from "../tests/unit/safety/sealed-holdout-3";
import { sealedHoldout4 } from "../tests/unit/safety/sealed-holdout-4";
import { sealedHoldout5 } from "../tests/unit/safety/sealed-holdout-5";
import { sealedHoldout6 } from "../tests/unit/safety/sealed-holdout-6";
import { sealedHoldout7 } from "../tests/unit/safety/sealed-holdout-7";
import { sealedHoldout8 } from "../tests/unit/safety/sealed-holdout-8";
import { sealedHoldout9 } from "../tests/unit/safety/sealed-holdout-9";
import { sealedHoldout10 } from "../tests/unit/safety/sealed-holdout-10";
import { sealedHoldout11 } from "../tests/unit/safety/sealed-holdout-11";
import { sealedHoldout12 } from "../tests/unit/safety/sealed-holdout-12";
import { sealedHoldout13 } from "../tests/unit/safety/sealed-holdout-13";
import { sealedHoldout14 } from "../tests/unit/safety/sealed-holdout-14";
import { sealedHoldout15 } from "../tests/unit/safety/sealed-holdout-15";
import { sealedHoldout16 } from "../tests/unit/safety/sealed-holdout-16";
import { sealedHoldout17 } from "../tests/unit/safety/sealed-holdout-17";
import { sealedHoldout18 } from "../tests/unit/safety/sealed-holdout-18";
import { sealedHoldout19 } from "../tests/unit/safety/sealed-holdout-19";
import { sealedHoldout20 } from "../tests/unit/safety/sealed-holdout-20";
import { sealedHoldout21 } from "../tests/unit/safety/sealed-holdout-21";
import { sealedHoldout22 } from "../tests/unit/safety/sealed-holdout-22";
import { sealedHoldout23 } from "../tests/unit/safety/sealed-holdout-23";
import { trainingRound5 } from "../tests/unit/safety/training-round5";
import { trainingRound6a } from "../tests/unit/safety/training-round6a";
import { trainingRound6b } from "../tests/unit/safety/training-round6b";
import { trainingRound7a } from "../tests/unit/safety/training-round7a";
import { trainingRound7b } from "../tests/unit/safety/training-round7b";
import { trainingRound8a } from "../tests/unit/safety/training-round8a";
import { trainingRound8b } from "../tests/unit/safety/training-round8b";
import { trainingRound9a } from "../tests/unit/safety/training-round9a";
import { trainingRound9b } from "../tests/unit/safety/training-round9b";
import { trainingRound9c } from "../tests/unit/safety/training-round9c";
import { trainingRound9d } from "../tests/unit/safety/training-round9d";
import { trainingRound10a } from "../tests/unit/safety/training-round10a";
import { trainingRound10b } from "../tests/unit/safety/training-round10b";
import { trainingRound11a } from "../tests/unit/safety/training-round11a";
import { trainingRound11b } from "../tests/unit/safety/training-round11b";
import { trainingRound11c } from "../tests/unit/safety/training-round11c";
import { trainingRound11d } from "../tests/unit/safety/training-round11d";
import { trainingRound12a } from "../tests/unit/safety/training-round12a";
import { trainingRound12b } from "../tests/unit/safety/training-round12b";
import { trainingRound13a } from "../tests/unit/safety/training-round13a";
import { tuningCorpus } from "../tests/unit/safety/tuning-corpus";

const SEED = 20261206;
const BUCKETS = 1 << FEATURE_BITS;
const EPOCHS = Number(process.env.RISK_EPOCHS ?? 5);
const RATE = Number(process.env.RISK_RATE ?? 0.1);
const L2 = Number(process.env.RISK_L2 ?? 1e-3);
const BAG = Number(process.env.RISK_BAG ?? 4);
const HARD_WEIGHT = Number(process.env.RISK_HARD_WEIGHT ?? 1);
/**
 * Version 10: while fitting, each word-level feature (a lemma, a lemma pair, a skip pair, a prefix,
 * a character 4-gram) of an example is left out with this probability on each pass (seeded, so the
 * weights are still the same every run), so that the model leans more on the word kinds and
 * compositions, which carry to words it has not seen. 0.3 was better than 0 on every
 * leave-one-source-out line, 0.6 and 0.2 no better than 0 (docs/safety.md, "Version 10").
 */
const DROPOUT = Number(process.env.RISK_DROPOUT ?? 0.3);
const MAX_FALSE_ALARMS = Number(process.env.RISK_MAX_FA ?? 0.08);
const MAX_HARD_CRISIS = Number(process.env.RISK_MAX_HARD ?? 0);
/**
 * When ≥ 0: hard negatives rated crisis may reach this share of them (or the rules' own count, if higher).
 * Version 14 moves it from 2.5 % to 3 %. With sets 22 and 23 in the pool (set 23 mostly warm endings in the
 * words of a final goodbye), 2.5 % held the crisis threshold at 0.45 and cost 1.2 points of crisis recall
 * leave one source out (91.5 → 92.7 %) for 23 fewer of 4,862 hard negatives at crisis. A crisis missed
 * leaves a person without a responder; a hard negative at crisis costs a moderator one look. The 8 %
 * false-alarm limit is unchanged.
 */
const MAX_HARD_RATE = Number(process.env.RISK_MAX_HARD_RATE ?? 0.03);
const MAX_CONCERN_AS_CRISIS = Number(process.env.RISK_MAX_CONCERN_AS_CRISIS ?? 0.1);
/** How much more a crisis caught counts than a concern caught when the thresholds are picked. */
const CRISIS_WEIGHT = Number(process.env.RISK_CRISIS_WEIGHT ?? 1);
const DOUBT_MAX = Number(process.env.RISK_DOUBT_MAX ?? 40);
/** Version 7: the doubt is always at least this (percent), so the rules' crisis on a line the model is sure is everyday is lowered. */
const DOUBT_MIN = Number(process.env.RISK_DOUBT_MIN ?? 8);
/**
 * The lowest crisis probability at which the model may call crisis what the rules found nothing in
 * (percent). Version 10: 45, not 0. With the agreement rule (second-opinion.ts) the search went down
 * to 0.33, and on the project's other test strings (app copy, test names: text far from the training
 * data, where the probabilities sit near the base rate) that raised seven plain lines to crisis
 * ("nobody signed in", "message-waiting"). 0.45 is what version 9's rules picked with sets 12 and 13
 * kept out of the choice.
 */
const FROM_NONE_MIN = Number(process.env.RISK_FROM_NONE_MIN ?? 45);

interface Row {
  /** With RISK_DROPOUT: which of `features` are word-level (1), which kinds or compositions (0). */
  specific?: Uint8Array;
  text: string;
  level: RiskLevel;
  category: RiskCategory;
  hard: boolean;
  source: string;
  features: number[];
  rules: RiskLevel;
  guarded: boolean;
  /** No word of a risky kind (second-opinion.ts, isQuiet): the model may not raise it from none. */
  quiet: boolean;
  /** The rules' crisis is a stated act (second-opinion.ts, FIRM_CATEGORIES): the doubt may not lower it. */
  firm: boolean;
}

/** mulberry32: a small seeded generator, so shuffles are the same every run. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = generator(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function load(): Row[] {
  const sources: [string, readonly LabelledExample[]][] = [
    ["tuning", [
      ...tuningCorpus,
      // The first corpus has levels only, from before the categories, and labels some
      // concern kinds (a burden, a passive wish) as crisis; only its none examples
      // (negations, idioms, everyday words, resolved history) agree with today's labels.
      ...[...corpus, ...holdout].filter((e) => e.level === "none").map((e): LabelledExample => ({ text: e.text, level: "none", category: "none" })),
    ]],
    ["sealed-1", sealedHoldout],
    ["sealed-2", sealedHoldout2],
    ["sealed-3", sealedHoldout3],
    ["sealed-4", sealedHoldout4],
    ["sealed-5", sealedHoldout5],
    ["sealed-6", sealedHoldout6],
    ["sealed-7", sealedHoldout7],
    ["sealed-8", sealedHoldout8],
    // Held out for versions 7 and 8 (measured once each), retired into training in version 9.
    ["sealed-9", sealedHoldout9],
    ["sealed-10", sealedHoldout10],
    ["sealed-11", sealedHoldout11],
    // Held out for versions 8 and 9 (measured once each), retired into training in version 10.
    ["sealed-12", sealedHoldout12],
    ["sealed-13", sealedHoldout13],
    // Held out for versions 9 and 10 (measured once each), retired into training in version 11.
    ["sealed-14", sealedHoldout14],
    ["sealed-15", sealedHoldout15],
    // Held out for versions 10 and 11 (16, 17) and for version 11 and the refit not shipped (18, 19); retired in version 12.
    ["sealed-16", sealedHoldout16],
    ["sealed-17", sealedHoldout17],
    ["sealed-18", sealedHoldout18],
    ["sealed-19", sealedHoldout19],
    // Held out for versions 11 and 12 (measured once each), retired in version 13.
    ["sealed-20", sealedHoldout20],
    ["sealed-21", sealedHoldout21],
    // Held out for versions 12 and 13 (measured once each), retired in version 14.
    ["sealed-22", sealedHoldout22],
    ["sealed-23", sealedHoldout23],
    // Two writers of version 6 who saw no detector and no misses: sources like the sealed sets.
    ["round6a", trainingRound6a],
    ["round6b", trainingRound6b],
    ["round7a", trainingRound7a],
    ["round7b", trainingRound7b],
    ["round8a", trainingRound8a],
    ["round8b", trainingRound8b],
    ["round9a", trainingRound9a],
    ["round9b", trainingRound9b],
    ["round9c", trainingRound9c],
    ["round9d", trainingRound9d],
    ["round10a", trainingRound10a],
    ["round10b", trainingRound10b],
    // Version 11: four writers who saw no detector, no misses and no other set (written blind, 7 December 2026).
    ["round11a", trainingRound11a],
    ["round11b", trainingRound11b],
    ["round11c", trainingRound11c],
    ["round11d", trainingRound11d],
    // Version 12: safe twins of calm crisis lines (12a), fragments and slang with their twins (12b); blind, 7 December 2026.
    ["round12a", trainingRound12a],
    ["round12b", trainingRound12b],
    // Version 14: endings, each final goodbye beside a safe twin with an ordinary reason (13a); blind, 7 December 2026.
    ["round13a", trainingRound13a],
    // Written after reading the retired sets' out-of-fold mistakes: used for the final fit,
    // and in cross-validation only with --cv-with-round5 (then the figures flatter).
    ["round5", trainingRound5],
  ];
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const [source, examples] of sources) {
    for (const e of examples) {
      const key = e.text.trim().toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const read = readByRules(e.text);
      // The same guard the detector gives raisedLevel (assess-risk.ts, guardOf).
      const guard = guardOf(read);
      const common = { text: e.text, level: e.level, category: e.category, hard: Boolean(e.hard), source, rules: read.assessment.level, guarded: guard.guarded, quiet: process.env.RISK_NO_QUIET ? false : Boolean(guard.quiet), firm: Boolean(guard.firm) };
      if (DROPOUT > 0) {
        rows.push({ ...withSpecific(read.text, read.readings), ...common });
        continue;
      }
      rows.push({ ...common, features: DROP.length === 0 ? featuresOf(read.text, read.readings) : ablated(read.text, read.readings) });
    }
  }
  return rows;
}

/** For experiments only: RISK_DROP=g,s leaves out feature kinds by prefix (the model file is then not comparable). */
const DROP = (process.env.RISK_DROP ?? "").split(",").filter(Boolean);
function ablated(text: string, readings: Iterable<string>): number[] {
  const strings = [...featureStrings(text), ...[...readings].map((r) => `r:${r}`)];
  return [...new Set(strings.filter((f) => !DROP.some((d) => f.startsWith(`${d}:`))).map(bucketOf))];
}

/** The same buckets as featuresOf, each marked word-level or not (its first feature string decides). */
function withSpecific(text: string, readings: Iterable<string>): { features: number[]; specific: Uint8Array } {
  const strings = [...featureStrings(text), ...[...readings].map((r) => `r:${r}`)];
  const seen = new Map<number, number>();
  for (const f of strings) {
    const b = bucketOf(f);
    if (seen.has(b)) continue;
    const wordLevel = /^[wsfg]:/.test(f) || (f.startsWith("b:") && !f.includes("<"));
    seen.set(b, wordLevel ? 1 : 0);
  }
  return { features: [...seen.keys()], specific: Uint8Array.from(seen.values()) };
}

interface Model {
  weights: Float64Array;
  bias: number;
}

/** The average of BAG fits in different orders: a steadier model than any one of them. */
function fit(rows: readonly Row[], positive: (r: Row) => boolean, seed: number): Model {
  const fits = Array.from({ length: BAG }, (_, k) => fitOnce(rows, positive, seed + 7919 * k));
  const weights = new Float64Array(BUCKETS);
  for (const f of fits) for (let i = 0; i < BUCKETS; i++) weights[i] = (weights[i] as number) + (f.weights[i] as number) / BAG;
  return { weights, bias: fits.reduce((sum, f) => sum + f.bias, 0) / BAG };
}

function fitOnce(rows: readonly Row[], positive: (r: Row) => boolean, seed: number): Model {
  const weights = new Float64Array(BUCKETS);
  const squares = new Float64Array(BUCKETS).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const drop = generator(seed ^ 0x5bd1e995);
  const active = new Int32Array(BUCKETS);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const row of shuffled(rows, seed + epoch)) {
      // The features this pass sees: all, or (RISK_DROPOUT) the word-level ones each kept with 1 - DROPOUT.
      let n = 0;
      const { features, specific } = row;
      for (let i = 0; i < features.length; i++) {
        if (DROPOUT > 0 && specific !== undefined && specific[i] === 1 && drop() < DROPOUT) continue;
        active[n++] = features[i] as number;
      }
      let z = bias;
      for (let i = 0; i < n; i++) z += weights[active[i] as number] as number;
      const p = 1 / (1 + Math.exp(-z));
      // Hard negatives count more: a risky word in everyday use is the mistake that costs most.
      const g = (p - (positive(row) ? 1 : 0)) * (row.hard ? HARD_WEIGHT : 1);
      for (let i = 0; i < n; i++) {
        const f = active[i] as number;
        const grad = g + L2 * (weights[f] as number) * rows.length / 100;
        squares[f] = (squares[f] as number) + grad * grad;
        weights[f] = (weights[f] as number) - (RATE * grad) / Math.sqrt(squares[f] as number);
      }
      biasSquares += g * g;
      bias -= (RATE * g) / Math.sqrt(biasSquares);
    }
  }
  return { weights, bias };
}

function probability(model: Model, row: Row): number {
  let z = model.bias;
  for (const f of row.features) z += model.weights[f] as number;
  return 1 / (1 + Math.exp(-z));
}

const atLeastConcern = (r: Row) => r.level !== "none";
const isCrisis = (r: Row) => r.level === "crisis";

interface Scored {
  row: Row;
  risk: number;
  crisis: number;
}

function score(train: readonly Row[], test: readonly Row[], seed: number): Scored[] {
  const risk = fit(train, atLeastConcern, seed);
  const crisis = fit(train, isCrisis, seed + 1000);
  return test.map((row) => ({ row, risk: probability(risk, row), crisis: probability(crisis, row) }));
}

interface Figures {
  n: number;
  crisis: number;
  concern: number;
  falseAlarms: number;
  hardCrisis: number;
  hard: number;
  /** Concern-labelled rated crisis: over-alarm among concerns. */
  concernAsCrisis: number;
}

function figures(scored: readonly Scored[], level: (s: Scored) => RiskLevel): Figures {
  let c = 0, cc = 0, k = 0, kc = 0, kk = 0, n = 0, fa = 0, hard = 0, hardCrisis = 0;
  for (const s of scored) {
    const got = level(s);
    if (s.row.level === "crisis") {
      c++;
      if (got === "crisis") cc++;
    } else if (s.row.level === "concern") {
      k++;
      if (got !== "none") kc++;
      if (got === "crisis") kk++;
    } else {
      n++;
      if (got !== "none") fa++;
      if (s.row.hard) {
        hard++;
        if (got === "crisis") hardCrisis++;
      }
    }
  }
  return { n: scored.length, crisis: cc / Math.max(1, c), concern: kc / Math.max(1, k), falseAlarms: fa / Math.max(1, n), hardCrisis, hard, concernAsCrisis: kk / Math.max(1, k) };
}

const rulesOnly = (s: Scored) => s.row.rules;

const combined = (t: Thresholds) => (s: Scored) => raisedLevel(s.row.rules, s.row, { risk: s.risk, crisis: s.crisis }, t);

function describe(f: Figures): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(8);
  return `crisis ${pct(f.crisis)}  concern ${pct(f.concern)}  false alarms ${pct(f.falseAlarms)}  hard→crisis ${f.hardCrisis}/${f.hard}  concern→crisis ${pct(f.concernAsCrisis)}`;
}

function pickThresholds(scored: readonly Scored[]): Thresholds {
  let best: Thresholds = { risk: 1.01, crisis: 1.01, crisisFromNone: 1.01, doubt: 0 };
  let bestValue = -1;
  const rules = figures(scored, rulesOnly);
  for (let d = DOUBT_MIN; d <= DOUBT_MAX; d += 8) {
    for (let r = 30; r <= 98; r += 4) {
      for (let c = 30; c <= 99; c += 3) for (let n = Math.max(c, FROM_NONE_MIN); n <= 99; n += 3) {
        const t = { risk: r / 100, crisis: c / 100, crisisFromNone: n / 100, doubt: d / 100 };
        const f = figures(scored, combined(t));
        const hardLimit = MAX_HARD_RATE >= 0 ? Math.max(rules.hardCrisis, MAX_HARD_RATE * f.hard) : rules.hardCrisis + MAX_HARD_CRISIS * f.hard;
        if (f.concernAsCrisis > rules.concernAsCrisis + MAX_CONCERN_AS_CRISIS || f.falseAlarms > MAX_FALSE_ALARMS || f.hardCrisis > hardLimit) continue;
        const value = CRISIS_WEIGHT * f.crisis + f.concern;
        if (value > bestValue + 1e-9) {
          bestValue = value;
          best = t;
        }
      }
    }
  }
  return best;
}

function quantise(model: Model): { bias: number; scale: number; weights: string } {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127;
  const bytes = Buffer.alloc(BUCKETS);
  for (let i = 0; i < BUCKETS; i++) bytes.writeInt8(Math.round((model.weights[i] as number) / scale), i);
  return { bias: Number(model.bias.toFixed(4)), scale: Number(scale.toPrecision(6)), weights: bytes.toString("base64") };
}

function main() {
  const started = Date.now();
  const rows = load();
  const sources = [...new Set(rows.map((r) => r.source))].filter((s) => s !== "round5");
  const cvRows = process.argv.includes("--cv-with-round5") ? rows : rows.filter((r) => r.source !== "round5");
  console.log(`${rows.length} training examples (${sources.map((s) => `${s} ${rows.filter((r) => r.source === s).length}`).join(", ")}), ${BUCKETS} feature buckets\n`);
  if (process.argv.includes("--rules-only")) {
    // A change to the rules, judged quickly before any fit: the rules' answers on every source but the tuning corpus.
    const read = rows.filter((r) => r.source !== "tuning").map((row) => ({ row, risk: 0, crisis: 0 }));
    console.log(`rules alone, every source but tuning: ${describe(figures(read, rulesOnly))}`);
    return;
  }

  // Leave one source out. RISK_LOSO_CACHE=<file> keeps these predictions for experiments with the
  // threshold choice (the slow part is here): written when absent, read when present. Only for
  // experiments: a cache made with other data or other code gives stale figures.
  const cache = process.env.RISK_LOSO_CACHE;
  let loso: Scored[] = [];
  if (cache && existsSync(cache)) {
    const saved = JSON.parse(readFileSync(cache, "utf8")) as { risk: number[]; crisis: number[] };
    const testRows = sources.flatMap((source) => rows.filter((r) => r.source === source));
    if (saved.risk.length !== testRows.length) throw new Error(`${cache} was made with other data`);
    loso = testRows.map((row, i) => ({ row, risk: saved.risk[i] as number, crisis: saved.crisis[i] as number }));
    console.log(`leave-one-source-out predictions read from ${cache}\n`);
  } else {
    for (const source of sources) {
      loso.push(...score(cvRows.filter((r) => r.source !== source), rows.filter((r) => r.source === source), SEED));
    }
    if (cache) writeFileSync(cache, JSON.stringify({ risk: loso.map((s) => s.risk), crisis: loso.map((s) => s.crisis) }));
  }
  // Picked on the retired sealed sets only: the rules were tuned on the tuning source, so
  // there the rules' own answers are better than on text nobody tuned on.
  // RISK_PICK_EXCLUDE=a,b keeps sources out of the threshold choice: a new writer's set is then
  // predicted with thresholds that never saw it (the honest first estimate for that writer).
  // Version 14: round13a is left out of the choice too. Nearly every text there is an ending beside a safe twin
  // written to share its words, far more such twins than any message stream holds; in the choice its hard
  // negatives alone pulled crisis recall from 91 % to 81 % on the other sources. It still trains the model.
  const pickExclude = new Set(["tuning", "round13a", ...(process.env.RISK_PICK_EXCLUDE ?? "").split(",").filter(Boolean)]);
  // RISK_THRESHOLDS=risk,crisis,fromNone,doubt (experiments): these instead of the picked ones.
  const forced = process.env.RISK_THRESHOLDS?.split(",").map(Number);
  const thresholds = forced?.length === 4
    ? { risk: forced[0] as number, crisis: forced[1] as number, crisisFromNone: forced[2] as number, doubt: forced[3] as number }
    : pickThresholds(loso.filter((s) => !pickExclude.has(s.row.source)));
  console.log(`thresholds picked on leave-one-source-out predictions for every source but ${[...pickExclude].join(", ")}: risk ≥ ${thresholds.risk}, crisis ≥ ${thresholds.crisis} (from none ≥ ${thresholds.crisisFromNone}), rules' crisis doubted below ${thresholds.doubt}`);
  console.log(`  there: rules alone ${describe(figures(loso.filter((s) => !pickExclude.has(s.row.source)), rulesOnly))}`);
  console.log(`  there: with model  ${describe(figures(loso.filter((s) => !pickExclude.has(s.row.source)), combined(thresholds)))}\n`);
  if (process.argv.includes("--show")) {
    // Out-of-fold mistakes on the retired sets (training data now), to write hard negatives and features against.
    for (const s of loso) {
      const got = combined(thresholds)(s);
      const wrong = s.row.level === "none" ? got !== "none" : (s.row.level === "crisis" ? got !== "crisis" : got === "none");
      if (wrong) console.log(`  ${s.row.source} ${s.row.level}/${s.row.category}${s.row.hard ? "(hard)" : ""} → ${got} [rules ${s.row.rules}, p ${s.risk.toFixed(2)}/${s.crisis.toFixed(2)}] ${s.row.text}`);
    }
  }
  if (process.argv.includes("--by-category")) {
    // Out-of-fold recall per labelled category (every source but the excluded ones), for the weakest kinds.
    const part = loso.filter((s) => !pickExclude.has(s.row.source) && s.row.level !== "none");
    const decide = combined(thresholds);
    const byCategory = new Map<string, [number, number]>();
    for (const s of part) {
      const got = decide(s);
      const caught = s.row.level === "crisis" ? got === "crisis" : got !== "none";
      const [hit, all] = byCategory.get(s.row.category) ?? [0, 0];
      byCategory.set(s.row.category, [hit + (caught ? 1 : 0), all + 1]);
    }
    console.log("caught at its level, by category (leave one source out):");
    for (const [category, [hit, all]] of [...byCategory].sort((a, b) => a[1][0] / a[1][1] - b[1][0] / b[1][1])) {
      console.log(`  ${category.padEnd(18)} ${((hit / all) * 100).toFixed(1).padStart(5)} %  (${hit}/${all})`);
    }
    console.log("");
  }
  if (process.argv.includes("--cv-only")) return;
  console.log("leave one source out (train on every other source, predict this one):");
  for (const source of sources) {
    const part = loso.filter((s) => s.row.source === source);
    console.log(`  ${source.padEnd(9)} rules alone     ${describe(figures(part, rulesOnly))}`);
    console.log(`  ${"".padEnd(9)} rules + model   ${describe(figures(part, combined(thresholds)))}`);
  }
  const pooled = figures(loso, combined(thresholds));
  console.log(`  pooled    rules alone     ${describe(figures(loso, rulesOnly))}`);
  console.log(`            rules + model   ${describe(pooled)}`);

  // 5-fold stratified by level and source.
  const folds = 5;
  const order = shuffled(cvRows.map((_, i) => i), SEED + 7);
  const strata = new Map<string, number>();
  const foldOf = new Array<number>(cvRows.length);
  for (const i of order) {
    const row = cvRows[i] as Row;
    const key = `${row.source}/${row.level}`;
    const k = strata.get(key) ?? 0;
    foldOf[i] = k % folds;
    strata.set(key, k + 1);
  }
  const kfold: Scored[] = [];
  for (let k = 0; k < folds; k++) {
    // round5 rows (when included) always train, never test.
    kfold.push(...score(cvRows.filter((r, i) => foldOf[i] !== k || r.source === "round5"), cvRows.filter((r, i) => foldOf[i] === k && r.source !== "round5"), SEED + k));
  }
  console.log("\n5-fold cross-validation (stratified by source and level), same thresholds:");
  console.log(`  all       rules alone     ${describe(figures(kfold, rulesOnly))}`);
  console.log(`            rules + model   ${describe(figures(kfold, combined(thresholds)))}`);
  for (const source of sources) {
    const part = kfold.filter((s) => s.row.source === source);
    console.log(`  ${source.padEnd(9)} rules + model   ${describe(figures(part, combined(thresholds)))}`);
  }

  if (process.argv.includes("--no-write")) return;
  const risk = quantise(fit(rows, atLeastConcern, SEED));
  const crisis = quantise(fit(rows, isCrisis, SEED + 1000));
  const file = `// Written by \`npm run risk:train\` (scripts/risk-train.ts); do not edit by hand.
// ${rows.length} training examples, seed ${SEED}; thresholds from leave-one-source-out
// cross-validation: crisis ${(pooled.crisis * 100).toFixed(1)} %, concern ${(pooled.concern * 100).toFixed(1)} %, false alarms ${(pooled.falseAlarms * 100).toFixed(1)} %.
// Each model: 2^${FEATURE_BITS} signed 8-bit weights (base64), multiplied by scale, plus bias.
export const RISK_MODEL = {
  bits: ${FEATURE_BITS},
  thresholds: { risk: ${thresholds.risk}, crisis: ${thresholds.crisis}, crisisFromNone: ${thresholds.crisisFromNone}, doubt: ${thresholds.doubt} },
  risk: { bias: ${risk.bias}, scale: ${risk.scale}, weights: "${risk.weights}" },
  crisis: { bias: ${crisis.bias}, scale: ${crisis.scale}, weights: "${crisis.weights}" },
};
`;
  writeFileSync(new URL("../lib/safety/model-weights.ts", import.meta.url), file);
  console.log(`\nwrote lib/safety/model-weights.ts (${(file.length / 1024).toFixed(0)} KB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
