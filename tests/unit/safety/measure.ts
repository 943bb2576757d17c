/**
 * Figures for the risk detector on a labelled set, shared by the unit tests
 * and `npm run bench:risk`.
 *
 * - recall per category: share of the examples labelled with that category
 *   that were rated at least their level (a crisis rated crisis, a concern
 *   rated concern or crisis), and the share given the same category;
 * - crisis recall: crisis-labelled rated crisis;
 * - concern recall: concern-labelled rated concern or crisis (exact: rated concern);
 * - false alarms: none-labelled rated concern or crisis;
 * - hard negatives rated crisis: must be zero.
 */
import { assessRisk, type RiskAssessment } from "@/lib/safety/assess-risk";
import type { RiskCategory, RiskLevel } from "@/lib/safety/categories";
import type { LabelledExample } from "./labelled";

const RANK: Record<RiskLevel, number> = { none: 0, concern: 1, crisis: 2 };

export interface CategoryFigures {
  category: RiskCategory;
  total: number;
  caught: number;
  sameCategory: number;
}

export interface SetFigures {
  total: number;
  crisis: { total: number; caught: number; recall: number };
  concern: { total: number; caught: number; recall: number; exact: number };
  none: { total: number; falseAlarms: number; falseAlarmRate: number; hard: number; hardRatedCrisis: number; hardRatedConcern: number };
  byCategory: CategoryFigures[];
  misses: { example: LabelledExample; got: RiskAssessment }[];
}

/** `assess` defaults to the detector; the benchmark passes the rules alone (version 4's reading) to compare. */
export function measure(examples: readonly LabelledExample[], assess: (text: string) => RiskAssessment = assessRisk): SetFigures {
  const byCategory = new Map<RiskCategory, CategoryFigures>();
  const misses: SetFigures["misses"] = [];
  let crisisTotal = 0, crisisCaught = 0, concernTotal = 0, concernCaught = 0, concernExact = 0;
  let noneTotal = 0, falseAlarms = 0, hard = 0, hardCrisis = 0, hardConcern = 0;
  for (const example of examples) {
    const got = assess(example.text);
    const caught = RANK[got.level] >= RANK[example.level] && (example.level !== "none" || got.level === "none");
    const row = byCategory.get(example.category) ?? { category: example.category, total: 0, caught: 0, sameCategory: 0 };
    row.total++;
    if (caught) row.caught++;
    if (got.category === example.category) row.sameCategory++;
    byCategory.set(example.category, row);
    if (example.level === "crisis") {
      crisisTotal++;
      if (got.level === "crisis") crisisCaught++;
    } else if (example.level === "concern") {
      concernTotal++;
      if (got.level !== "none") concernCaught++;
      if (got.level === "concern") concernExact++;
    } else {
      noneTotal++;
      if (got.level !== "none") falseAlarms++;
      if (example.hard) {
        hard++;
        if (got.level === "crisis") hardCrisis++;
        if (got.level === "concern") hardConcern++;
      }
    }
    if (!caught) misses.push({ example, got });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    total: examples.length,
    crisis: { total: crisisTotal, caught: crisisCaught, recall: ratio(crisisCaught, crisisTotal) },
    concern: { total: concernTotal, caught: concernCaught, recall: ratio(concernCaught, concernTotal), exact: ratio(concernExact, concernTotal) },
    none: { total: noneTotal, falseAlarms, falseAlarmRate: ratio(falseAlarms, noneTotal), hard, hardRatedCrisis: hardCrisis, hardRatedConcern: hardConcern },
    byCategory: [...byCategory.values()],
    misses,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function formatFigures(title: string, f: SetFigures, showMisses = false): string {
  const lines = [
    `── ${title} (${f.total} examples) ──`,
    `crisis recall   ${pct(f.crisis.recall).padStart(8)}  (${f.crisis.caught}/${f.crisis.total})`,
    `concern recall  ${pct(f.concern.recall).padStart(8)}  (${f.concern.caught}/${f.concern.total}; rated exactly concern ${pct(f.concern.exact)})`,
    `false alarms    ${pct(f.none.falseAlarmRate).padStart(8)}  (${f.none.falseAlarms}/${f.none.total} none-labelled rated concern or crisis)`,
    `hard negatives rated crisis: ${f.none.hardRatedCrisis} of ${f.none.hard} (rated concern: ${f.none.hardRatedConcern})`,
    "category            examples  caught at level  same category",
    ...f.byCategory.map(
      (c) => `${c.category.padEnd(19)} ${String(c.total).padStart(8)}  ${pct(c.caught / c.total).padStart(15)}  ${pct(c.sameCategory / c.total).padStart(13)}`,
    ),
  ];
  if (showMisses && f.misses.length > 0) {
    lines.push("misses:");
    for (const m of f.misses) lines.push(`  ${m.example.level}/${m.example.category} → ${m.got.level}/${m.got.category} [${m.got.reasons.join("; ")}]: ${m.example.text}`);
  }
  return lines.join("\n");
}

/** One line of totals, for a comparison beside a full table. */
export function formatTotals(title: string, f: SetFigures): string {
  return `${title}: crisis ${pct(f.crisis.recall)} (${f.crisis.caught}/${f.crisis.total}), concern ${pct(f.concern.recall)} (${f.concern.caught}/${f.concern.total}), false alarms ${pct(f.none.falseAlarmRate)} (${f.none.falseAlarms}/${f.none.total}), hard negatives rated crisis ${f.none.hardRatedCrisis} of ${f.none.hard}`;
}
