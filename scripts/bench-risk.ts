/**
 * `npm run bench:risk` — how well and how fast does assessRisk work?
 *
 * Version 15 (docs/safety.md): sealed sets 1–23 are retired into the second
 * opinion's training data (1–3 in version 5, 4–6 in version 6, 7 in
 * version 7, 8 in version 8, 9–11 in version 9, 12–13 in version 10, 14–15 in version 11,
 * 16–19 in version 12, 20–21 in version 13, 22–23 in version 14), so they are reported under "training data" with the other writers'
 * training sets (training-round5 to 13a; in-sample figures: they say the model
 * learned them, not that it generalises; the cross-validated figures come
 * from `npm run risk:train`). HELD_OUT lists the sealed sets that measure
 * this version, written blind before its refit; their misses are never printed.
 * Each set also gets a one-line total for the rules alone beside the
 * rules + second opinion table. Then p50/p95 latency per 500-character
 * message. `--misses` lists the tuning corpus's misses; `--training-only`
 * leaves out the held-out section.
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { assessRisk, readByRules, RISK_DETECTOR_VERSION } from "../lib/safety/assess-risk";
import type { LabelledExample } from "../tests/unit/safety/labelled";
import { formatFigures, formatTotals, measure } from "../tests/unit/safety/measure";
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
import { tuningCorpus } from "../tests/unit/safety/tuning-corpus";
import { sealedHoldout16 } from "../tests/unit/safety/sealed-holdout-16";
import { sealedHoldout17 } from "../tests/unit/safety/sealed-holdout-17";
import { trainingRound12a } from "../tests/unit/safety/training-round12a";
import { trainingRound12b } from "../tests/unit/safety/training-round12b";
import { sealedHoldout18 } from "../tests/unit/safety/sealed-holdout-18";
import { sealedHoldout19 } from "../tests/unit/safety/sealed-holdout-19";
import { sealedHoldout20 } from "../tests/unit/safety/sealed-holdout-20";
import { sealedHoldout21 } from "../tests/unit/safety/sealed-holdout-21";
import { sealedHoldout22 } from "../tests/unit/safety/sealed-holdout-22";
import { sealedHoldout23 } from "../tests/unit/safety/sealed-holdout-23";
import { sealedHoldout24 } from "../tests/unit/safety/sealed-holdout-24";
import { sealedHoldout25 } from "../tests/unit/safety/sealed-holdout-25";
import { sealedHoldout26 } from "../tests/unit/safety/sealed-holdout-26";
import { sealedHoldout27 } from "../tests/unit/safety/sealed-holdout-27";
import { sealedHoldout28 } from "../tests/unit/safety/sealed-holdout-28";
import { sealedHoldout29 } from "../tests/unit/safety/sealed-holdout-29";
import { sealedHoldout30 } from "../tests/unit/safety/sealed-holdout-30";
import { sealedHoldout31 } from "../tests/unit/safety/sealed-holdout-31";
import { sealedHoldout32 } from "../tests/unit/safety/sealed-holdout-32";
import { trainingRound13a } from "../tests/unit/safety/training-round13a";

/**
 * The sets held out for this version: [title, examples]. Their misses are never printed.
 * Sets 24 and 25 were written blind on 7 December 2026 (night), after version 13 was fitted, by
 * writers who saw no detector code, no other set and no misses; measured once for version 13.
 * Sets 26 and 27 were written the same way on 7 December 2026 (late night), before version 14 was
 * fitted; 24–27 were measured once for version 13 and once for version 14's first fit (not shipped).
 * Sets 28 and 29 were written after that, before version 14's final threshold choice and fit, and
 * were its clean measure. Sets 30–32 were written on 8 December 2026 before version 15's fit and
 * measure it (30 was briefed on the shapes of version 15's idiom change: a targeted test; 31 and 32
 * are general). No fit has read any of the nine (docs/safety.md, "Version 15").
 */
const HELD_OUT: [string, readonly LabelledExample[]][] = [
  ["sealed held-out set 24 (an outside tester's broad mix: every place in the app, every register, writers 18–85)", sealedHoldout24],
  ["sealed held-out set 25 (the life of a pairing or circle, first hello to last message, by people who rarely say it outright)", sealedHoldout25],
  ["sealed held-out set 26 (a crisis-line worker's broad mix: the shapes a keyword list misses, with their safe twins)", sealedHoldout26],
  ["sealed held-out set 27 (the community half: circle threads, space posts and replies, match requests; short, slangy)", sealedHoldout27],
  ["sealed held-out set 28 (a tester's fair try: a new user's first weeks, five Englishes, most crises said practically)", sealedHoldout28],
  ["sealed held-out set 29 (endings and goodbyes, final or ordinary, amid a pairing's ordinary life)", sealedHoldout29],
  ["sealed held-out set 30 (targeted: ordinary phrases with a serious meaning, beside their harmless twins)", sealedHoldout30],
  ["sealed held-out set 31 (short phone messages at a bad moment, fragments and slang, a few long ones; the whole ladder)", sealedHoldout31],
  ["sealed held-out set 32 (an outside evaluator's general acceptance set: every register, plain and oblique)", sealedHoldout32],
];

const showMisses = process.argv.includes("--misses");
const onlyTraining = process.argv.includes("--training-only") || process.argv.includes("--tuning-only");
const rulesAlone = (text: string) => readByRules(text).assessment;

function report(title: string, examples: readonly LabelledExample[], misses = false) {
  console.log(`\n${formatFigures(title, measure(examples), misses)}`);
  console.log(formatTotals("  rules alone", measure(examples, rulesAlone)));
}

function main() {
  console.log(`risk detector version ${RISK_DETECTOR_VERSION}`);
  console.log("\n══ training data (in-sample; cross-validated figures: npm run risk:train) ══");
  report("tuning corpus", tuningCorpus, showMisses);
  report("version 5 training additions (training-round5.ts)", trainingRound5);
  report("retired sealed set 1 (retired into training in version 5)", sealedHoldout);
  report("retired sealed set 2 (retired into training in version 5)", sealedHoldout2);
  report("retired sealed set 3 (retired into training in version 5)", sealedHoldout3);
  report("retired sealed set 4 (retired into training in version 6)", sealedHoldout4);
  report("retired sealed set 5 (retired into training in version 6)", sealedHoldout5);
  report("version 6 training, writer A (training-round6a.ts)", trainingRound6a);
  report("version 6 training, writer B (training-round6b.ts)", trainingRound6b);
  report("retired sealed set 6 (retired into training in version 6)", sealedHoldout6);
  report("version 6 training, writer C (training-round7a.ts)", trainingRound7a);
  report("version 6 training, writer D, near twins (training-round7b.ts)", trainingRound7b);
  report("retired sealed set 7 (retired into training in version 7)", sealedHoldout7);
  report("version 7 training, writer E, indirect and euphemistic (training-round8a.ts)", trainingRound8a);
  report("version 7 training, writer F, messy traffic (training-round8b.ts)", trainingRound8b);
  report("retired sealed set 8 (held out for version 7, retired into training in version 8)", sealedHoldout8);
  report("version 8 training, writer G, danger and self-harm now, preparation, attempts (training-round9a.ts)", trainingRound9a);
  report("version 8 training, writer H, rarely heard voices, second-language English, faith and work words (training-round9b.ts)", trainingRound9b);
  report("version 8 training, writer I, endings and repair with their crisis twins (training-round9c.ts)", trainingRound9c);
  report("version 8 training, writer J, young voices and long messages with one risky clause (training-round9d.ts)", trainingRound9d);
  report("retired sealed set 9 (held out for versions 7 and 8, retired into training in version 9)", sealedHoldout9);
  report("retired sealed set 10 (held out for versions 7 and 8, retired into training in version 9)", sealedHoldout10);
  report("retired sealed set 11 (held out for versions 7 and 8, retired into training in version 9)", sealedHoldout11);
  report("version 9 training, writer K, preparation and plan in ordinary words (training-round10a.ts)", trainingRound10a);
  report("version 9 training, writer L, many voices, a third of crisis lines oblique (training-round10b.ts)", trainingRound10b);
  report("retired sealed set 12 (held out for versions 8 and 9, retired into training in version 10)", sealedHoldout12);
  report("retired sealed set 13 (held out for versions 8 and 9, retired into training in version 10)", sealedHoldout13);
  report("retired sealed set 14 (held out for versions 9 and 10, retired into training in version 11)", sealedHoldout14);
  report("retired sealed set 15 (held out for versions 9 and 10, retired into training in version 11)", sealedHoldout15);
  report("version 11 training, writer M, understated older voices and practical arrangements (training-round11a.ts)", trainingRound11a);
  report("version 11 training, writer N, teenagers online: slang, memes, emoji codes (training-round11b.ts)", trainingRound11b);
  report("version 11 training, writer O, second-language and world Englishes (training-round11c.ts)", trainingRound11c);
  report("version 11 training, writer P, long wandering messages with the risk anywhere (training-round11d.ts)", trainingRound11d);

  report("retired sealed set 16 (held out for versions 10 and 11, retired into training in version 12)", sealedHoldout16);
  report("retired sealed set 17 (held out for versions 10 and 11, retired into training in version 12)", sealedHoldout17);
  report("retired sealed set 18 (held out for version 11, retired into training in version 12)", sealedHoldout18);
  report("retired sealed set 19 (held out for version 11, retired into training in version 12)", sealedHoldout19);
  report("version 12 training, writer Q, calm crisis with its safe twins (training-round12a.ts)", trainingRound12a);
  report("version 12 training, writer R, short fragments, slang and emoji codes with their twins (training-round12b.ts)", trainingRound12b);
  report("retired sealed set 20 (held out for versions 11 and 12, retired into training in version 13)", sealedHoldout20);
  report("retired sealed set 21 (held out for versions 11 and 12, retired into training in version 13)", sealedHoldout21);
  report("version 14 training, writer S, endings with their safe twins (training-round13a.ts)", trainingRound13a);
  report("retired sealed set 22 (held out for versions 12 and 13, retired into training in version 14)", sealedHoldout22);
  report("retired sealed set 23 (held out for versions 12 and 13, retired into training in version 14)", sealedHoldout23);

  if (!onlyTraining) {
    console.log("\n══ held out (never trained or tuned on) ══");
    if (HELD_OUT.length === 0) console.log("  none in this tree: the sets that measure this version are added by the lead afterwards");
    for (const [title, examples] of HELD_OUT) report(title, examples);
  }

  // Latency: 500-character messages built from the training texts, quiet and risky.
  const all = [...tuningCorpus, ...sealedHoldout, ...sealedHoldout2, ...sealedHoldout3, ...sealedHoldout4].map((e) => e.text);
  const messages: string[] = [];
  for (let i = 0; messages.length < 400; i++) {
    let m = "";
    for (let j = i; m.length < 500; j += 37) m += `${all[j % all.length]}. `;
    messages.push(m.slice(0, 500));
  }
  for (const m of messages) assessRisk(m); // warm up
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const m of messages) {
      const start = performance.now();
      assessRisk(m);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? 0) * 1000;
  const load = (() => {
    try {
      return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
    } catch {
      return "unknown";
    }
  })();
  console.log(`\nlatency per 500-character message (${times.length} runs): p50 ${at(0.5).toFixed(0)} µs  p95 ${at(0.95).toFixed(0)} µs  p99 ${at(0.99).toFixed(0)} µs`);
  console.log(`machine load (1/5/15 min) at the end: ${load} on ${availableParallelism()} cores`);
}

main();
