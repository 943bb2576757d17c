/**
 * `npm run bench:risk` — how well and how fast does assessRisk work?
 *
 * Prints, for the tuning corpus and for the four sealed held-out sets: recall per
 * category, crisis recall, concern recall, false alarms and hard negatives
 * rated crisis (see tests/unit/safety/measure.ts); then p50/p95 latency per
 * 500-character message. `--misses` lists the tuning corpus's misses (never
 * the sealed set's: it is not for tuning).
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { assessRisk, RISK_DETECTOR_VERSION } from "../lib/safety/assess-risk";
import { formatFigures, measure } from "../tests/unit/safety/measure";
import { sealedHoldout } from "../tests/unit/safety/sealed-holdout";
import { sealedHoldout2 } from "../tests/unit/safety/sealed-holdout-2";
import { sealedHoldout3 } from "../tests/unit/safety/sealed-holdout-3";
import { sealedHoldout4 } from "../tests/unit/safety/sealed-holdout-4";
import { tuningCorpus } from "../tests/unit/safety/tuning-corpus";

const showMisses = process.argv.includes("--misses");
const onlyTuning = process.argv.includes("--tuning-only");

console.log(`risk detector version ${RISK_DETECTOR_VERSION}\n`);
console.log(formatFigures("tuning corpus", measure(tuningCorpus), showMisses));
if (!onlyTuning) {
  console.log(`\n${formatFigures("sealed held-out set 1 (never tuned on; its totals were seen during round 1)", measure(sealedHoldout))}`);
  console.log(`\n${formatFigures("sealed held-out set 2 (written before round 2, never tuned on)", measure(sealedHoldout2))}`);
  console.log(`\n${formatFigures("sealed held-out set 3 (written before round 3, never tuned on)", measure(sealedHoldout3))}`);
  console.log(`\n${formatFigures("sealed held-out set 4 (written by a writer who read neither the detector nor the other sets, before further tuning; never tuned on)", measure(sealedHoldout4))}`);
}

// Latency: 500-character messages built from the labelled texts, quiet and risky.
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
