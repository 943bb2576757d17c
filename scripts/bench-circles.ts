/**
 * `npm run bench:circles [-- --quick]`
 *
 * Circle rounds on generated cohorts (2k seekers × 300 circles, 20k × 3,000)
 * against greedy and first-come-first-served on the same candidates, and on
 * small cohorts against the exact integer program (HiGHS MIP: seats, one
 * circle each, at least four or nobody, nobody beside someone they must not
 * sit with) — the gap of the round's total fit to the optimum. Prints a
 * Markdown table; docs/benchmarks.md ("Circles") records a run.
 */
import loadHighs from "highs";
import {
  firstComeFirstServedCircles,
  generateCircleCohort,
  greedyCircles,
  prepareRound,
  runCircleRound,
  totalsOf,
  type CircleCohort,
  type CircleRoundTotals,
} from "@/lib/matching/circles";

const quick = process.argv.includes("--quick");
const sizes: [number, number][] = quick ? [[2000, 300]] : [[2000, 300], [20000, 3000]];

function row(name: string, t: CircleRoundTotals, ms?: number) {
  return `| ${name} | ${t.fit} | ${t.objective.toFixed(0)} | ${(100 * t.sharePlaced).toFixed(1)} % | ${t.circlesOpened} | ${t.lateEarlyRatio.toFixed(3)} | ${t.feasibility.overSeats + t.feasibility.conflictsInside + t.feasibility.openedUnderFour} |${ms === undefined ? "" : ` ${(ms / 1000).toFixed(1)} s |`}`;
}

for (const [seekers, circles] of sizes) {
  const cohort = generateCircleCohort({ seekers, circles, seed: 42 });
  const started = performance.now();
  const result = runCircleRound(cohort);
  const ms = performance.now() - started;
  const round = prepareRound(cohort);
  const candidates = Array.from(round.edgeSeeker, (s, e) => ({ seekerId: round.seekers[s]!.profile.id, circleId: round.circles[round.edgeCircle[e]!]!.circle.id, score: round.edgeScore[e]! }));
  console.log(`\n### ${seekers.toLocaleString("en")} seekers, ${circles.toLocaleString("en")} circles (seed 42; ${candidates.length.toLocaleString("en")} candidate pairs)\n`);
  console.log("| method | total fit | fit + μ·group | placed | circles opened | late/early | infeasible | time |");
  console.log("|---|---|---|---|---|---|---|---|");
  console.log(row("circle round (exact assignment + local search)", result.totals, ms));
  console.log(row("greedy by fit", totalsOf(cohort, round, greedyCircles(round), candidates, result.groupWeight)) + " |");
  console.log(row("first-come-first-served", totalsOf(cohort, round, firstComeFirstServedCircles(round), candidates, result.groupWeight)) + " |");
  console.log(`\nAssignment step (exact, before repair and local search): total fit ${result.assignment.objective}; ${result.closedCircleIds.length} circles closed for not reaching four; ${result.passes} local-search passes.`);

  // The same cohort with 3 % of seekers marked priority (their own seeded stream: nothing else changes).
  const marked = generateCircleCohort({ seekers, circles, seed: 42, priorityShare: 0.03 });
  const startedMarked = performance.now();
  const withPriority = runCircleRound(marked);
  const msMarked = performance.now() - startedMarked;
  const markedRound = prepareRound(marked);
  const placeable = new Set(Array.from(markedRound.edgeSeeker).filter((s) => markedRound.seekers[s]!.profile.priority)).size;
  const greedy = totalsOf(marked, markedRound, greedyCircles(markedRound), candidates, result.groupWeight);
  const fcfs = totalsOf(marked, markedRound, firstComeFirstServedCircles(markedRound), candidates, result.groupWeight);
  const t = withPriority.totals;
  console.log(
    `\nWith 3 % marked priority: ${t.prioritySeekers} marked, ${placeable} with at least one candidate circle; placed by the round ${t.priorityPlaced} (greedy ${greedy.priorityPlaced}, first-come-first-served ${fcfs.priorityPlaced}). ` +
      `Round total fit ${t.fit} (${t.fit - result.totals.fit >= 0 ? "+" : ""}${t.fit - result.totals.fit} against no priority), placed ${(100 * t.sharePlaced).toFixed(1)} %, infeasible ${t.feasibility.overSeats + t.feasibility.conflictsInside + t.feasibility.openedUnderFour}, ${(msMarked / 1000).toFixed(1)} s.`,
  );
}

/** The exact integer program of a small cohort's placement, on total fit. */
async function exactFit(cohort: CircleCohort): Promise<number> {
  const highs = await loadHighs();
  const round = prepareRound(cohort, 1000);
  const terms: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const bySeeker = new Map<number, string[]>();
  const byCircle = new Map<number, number[]>();
  for (let e = 0; e < round.edgeSeeker.length; e++) {
    terms.push(`${round.edgeScore[e]} x${e}`);
    binaries.push(`x${e}`);
    (bySeeker.get(round.edgeSeeker[e]!) ?? bySeeker.set(round.edgeSeeker[e]!, []).get(round.edgeSeeker[e]!)!).push(`x${e}`);
    (byCircle.get(round.edgeCircle[e]!) ?? byCircle.set(round.edgeCircle[e]!, []).get(round.edgeCircle[e]!)!).push(e);
  }
  if (terms.length === 0) return 0;
  for (const [s, xs] of bySeeker) rows.push(` s${s}: ${xs.join(" + ")} <= 1`);
  for (const [c, es] of byCircle) {
    const circle = round.circles[c]!;
    const xs = es.map((e) => `x${e}`).join(" + ");
    binaries.push(`y${c}`);
    rows.push(` cap${c}: ${xs} - ${circle.seats} y${c} <= 0`);
    const need = Math.max(0, 4 - circle.circle.members.length);
    if (circle.circle.status === "proposed" && need > 0) rows.push(` min${c}: ${xs} - ${need} y${c} >= 0`);
    for (let i = 0; i < es.length; i++) {
      for (let j = i + 1; j < es.length; j++) {
        const a = round.seekers[round.edgeSeeker[es[i]!]!]!.profile.id;
        const b = round.seekers[round.edgeSeeker[es[j]!]!]!.profile.id;
        if (round.context.blocked.has(a, b) || round.context.past.has(a, b)) rows.push(` k${es[i]}_${es[j]}: x${es[i]} + x${es[j]} <= 1`);
      }
    }
  }
  const lp = `Maximize\n obj: ${terms.join(" + ")}\nSubject To\n${rows.join("\n")}\nBinary\n ${binaries.join("\n ")}\nEnd\n`;
  const solved = highs.solve(lp, { output_flag: false } as never);
  if (solved.Status !== "Optimal") throw new Error(`HiGHS: ${solved.Status}`);
  return Math.round(solved.ObjectiveValue);
}

async function main() {
const small: { fit: number; exact: number }[] = [];
for (let seed = 1; seed <= (quick ? 10 : 40); seed++) {
  const cohort = generateCircleCohort({ seekers: 60, circles: 10, seed });
  // Candidates for the round are each seeker's best 30 circles; with 10 circles that is all of them, as for the program.
  const result = runCircleRound(cohort);
  small.push({ fit: result.totals.fit, exact: await exactFit(cohort) });
}
const fit = small.reduce((a, b) => a + b.fit, 0);
const exact = small.reduce((a, b) => a + b.exact, 0);
const optimal = small.filter((s) => s.fit >= s.exact).length;
const worst = Math.max(...small.map((s) => (s.exact === 0 ? 0 : (s.exact - s.fit) / s.exact)));
console.log(`\n### Small cohorts against the exact integer program (${small.length} cohorts of 60 seekers × 10 circles)\n`);
console.log(`Total fit of the round ${fit} against the integer optimum ${exact}: ${(100 * (1 - fit / Math.max(1, exact))).toFixed(2)} % below in total; optimal (or above, by the group term's moves) on ${optimal} of ${small.length}; worst cohort ${(100 * worst).toFixed(1)} % below.`);
console.log("(The round maximises fit + μ·group, so giving up a little fit for how members fit each other is by design; the program maximises fit alone.)");
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
