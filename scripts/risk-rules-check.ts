/**
 * `npx tsx scripts/risk-rules-check.ts [--write]` — the check every tuning
 * pass runs against the previous version's rules, text by text
 * (docs/safety.md, "Version 9"). `--write` records the rules' level
 * (readByRules, without the second opinion) for every labelled example we
 * may read to /tmp/risk-rules-before.json; without it the rules are run again
 * and the script lists, and exits 1 on:
 *  - a crisis or concern example whose rules' level went down (a new shape or
 *    guard hid a reading the previous rules had), and
 *  - a none example the rules now rate crisis that they did not before.
 * The rules alone are compared, not the final answer, because the model is
 * retrained after the rules change and would blur which change did what.
 * Improvements (a level going up where the label says so) are counted, and
 * none examples newly rated concern too (listed with `--concern`, with the
 * risky examples now rated above their label), and the improvements with
 * `--gained`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readByRules } from "../lib/safety/assess-risk";
import type { RiskLevel } from "../lib/safety/categories";
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
import { tuningCorpus } from "../tests/unit/safety/tuning-corpus";

const SNAPSHOT = "/tmp/risk-rules-before.json";
const RANK: Record<RiskLevel, number> = { none: 0, concern: 1, crisis: 2 };

function main() {
  const examples: LabelledExample[] = [
    ...tuningCorpus, ...trainingRound5, ...trainingRound6a, ...trainingRound6b, ...trainingRound7a,
    ...trainingRound7b, ...trainingRound8a, ...trainingRound8b, ...trainingRound9a, ...trainingRound9b,
    ...trainingRound9c, ...trainingRound9d, ...trainingRound10a, ...trainingRound10b, ...sealedHoldout,
    ...sealedHoldout2, ...sealedHoldout3, ...sealedHoldout4, ...sealedHoldout5, ...sealedHoldout6,
    ...sealedHoldout7, ...sealedHoldout8, ...sealedHoldout9, ...sealedHoldout10, ...sealedHoldout11,
    ...sealedHoldout12, ...sealedHoldout13,
  ];
  const now: Record<string, RiskLevel> = {};
  for (const e of examples) now[e.text] = readByRules(e.text).assessment.level;
  if (process.argv.includes("--write")) {
    writeFileSync(SNAPSHOT, JSON.stringify(now));
    console.log(`wrote the rules' level for ${Object.keys(now).length} texts to ${SNAPSHOT}`);
    return;
  }
  const before = JSON.parse(readFileSync(SNAPSHOT, "utf8")) as Record<string, RiskLevel>;
  const dropped: string[] = [];
  const newCrisis: string[] = [];
  const gained: string[] = [];
  // Not a failure, but the price of new shapes: none examples the rules now rate concern.
  const newConcern: string[] = [];
  // Not a failure either: risky examples now rated above their label (a concern the rules now call a crisis).
  const overshot: string[] = [];
  for (const e of examples) {
    const was = before[e.text];
    const is = now[e.text] as RiskLevel;
    if (was === undefined || was === is) continue;
    if (e.level !== "none" && RANK[is] < RANK[was]) dropped.push(`  ${e.level}: ${was} → ${is}  ${e.text}`);
    else if (e.level === "none" && is === "crisis") newCrisis.push(`  none: ${was} → crisis  ${e.text}`);
    else if (e.level === "none" && RANK[is] > RANK[was]) newConcern.push(`  none: ${was} → ${is}  ${e.text}`);
    else if (RANK[is] > RANK[was] && RANK[is] <= RANK[e.level]) gained.push(`  ${e.level}: ${was} → ${is}  ${e.text}`);
    else if (RANK[is] > RANK[e.level]) overshot.push(`  ${e.level}: ${was} → ${is}  ${e.text}`);
  }
  console.log(`${examples.length} labelled examples: ${gained.length} nearer their label, ${dropped.length} risky ones dropped a level, ${newCrisis.length} none newly crisis, ${newConcern.length} none newly concern, ${overshot.length} risky ones now above their label`);
  if (process.argv.includes("--concern")) for (const line of [...newConcern, ...overshot]) console.log(line);
  if (process.argv.includes("--gained")) for (const line of gained) console.log(line);
  for (const line of [...dropped, ...newCrisis]) console.log(line);
  if (dropped.length + newCrisis.length > 0) process.exit(1);
}

main();
