/**
 * `npm run bench:matching [-- --only 2k,10k,100k] [--json]`
 *
 * Generated cohorts of 2k × 500, 10k × 2.5k and 100k × 25k (capacity 3), each
 * with few places (mentors already carry people: ~0.5 free place per seeker)
 * and with plentiful places (1.6× the mentors, all free: 1.2 places per
 * seeker). For each: candidate-generation and solve time (wall and CPU — the
 * machine may be shared), the exact objective against greedy and
 * first-come-first-served on the same candidates, share matched, idle
 * mentors, the late-to-early score ratio, and feasibility checked pair by pair.
 * Then the in-process cost of one seeker's top-10 over 25k mentors (the
 * database part of on-demand suggestions is measured by the DAL's own bench).
 *
 * Results are recorded in docs/benchmarks.md.
 */
import { cpus, loadavg } from "node:os";
import { contextForCohort } from "@/lib/matching/context";
import { firstFailingFilter } from "@/lib/matching/filters";
import { generateCohort } from "@/lib/matching/generate";
import { runRound, type RoundOutcome, type RoundResult } from "@/lib/matching/round";
import { solveExact } from "@/lib/matching/solve/exact";
import { createMentorPool, rankSuggestions } from "@/lib/matching/suggestions";
import { fail, readArgs } from "./matching/output";

const args = readArgs({ only: { type: "string" }, json: { type: "boolean" }, "wrong-side": { type: "boolean" } }, "Usage: npm run bench:matching [-- --only 2k,10k,100k] [--json] [--wrong-side]");

const SIZES = [
  { name: "2k", seekers: 2_000, mentors: 500 },
  { name: "10k", seekers: 10_000, mentors: 2_500 },
  { name: "100k", seekers: 100_000, mentors: 25_000 },
];
const only = args.only?.split(",").map((s) => s.trim());
if (only?.some((name) => !SIZES.some((s) => s.name === name))) fail(`--only takes names among ${SIZES.map((s) => s.name).join(", ")}`);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const wall = () => performance.now();
const ms = (x: number) => `${x.toFixed(0)} ms`;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const say = (line: string) => {
  if (!args.json) console.log(line);
};

/** Every chosen pair admissible, no seeker twice, no mentor over their places. */
function violations(result: RoundResult, outcome: RoundOutcome): number {
  const { graph } = result;
  let bad = outcome.totals.capacityViolations + outcome.totals.seekersMatchedTwice;
  for (const e of outcome.chosen) {
    const s = graph.seekers[graph.seeker[e]!]!;
    const m = graph.mentors[graph.mentor[e]!]!;
    if (firstFailingFilter(s, m, contextOf.get(result)!) !== null) bad++;
  }
  return bad;
}
const contextOf = new WeakMap<RoundResult, ReturnType<typeof contextForCohort>>();

const rows: Record<string, unknown>[] = [];
say(`Matching benchmark — ${cpus()[0]?.model ?? "cpu"} × ${cpus().length}, Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);

for (const size of SIZES.filter((s) => !only || only.includes(s.name))) {
  for (const places of ["few", "plentiful"] as const) {
    const mentors = places === "few" ? size.mentors : Math.round(size.mentors * 1.6);
    let t = wall();
    const cohort = generateCohort({ seekers: size.seekers, mentors, seed: 42, capacity: 3, occupancy: places === "few" ? 0.3 : 0 });
    const generateMs = wall() - t;
    const context = contextForCohort(cohort);
    const c0 = cpu();
    t = wall();
    const result = runRound({ seekers: cohort.seekers, mentors: cohort.mentors, context }, { explain: false });
    const roundMs = wall() - t;
    const roundCpu = cpu() - c0;
    contextOf.set(result, context);
    const { solver, greedy, firstComeFirstServed: fcfs, graph, timings } = result;
    const exact = solver.totals;
    const places_ = graph.mentors.reduce((sum, m) => sum + m.freePlaces, 0);
    const row = {
      cohort: `${size.name} × ${mentors} (${places})`,
      seekers: size.seekers,
      mentors,
      freePlaces: places_,
      candidates: graph.size,
      evaluatedPairs: result.stats.evaluated,
      generateMs: Math.round(generateMs),
      prepareMs: Math.round(timings.prepareMs),
      candidatesMs: Math.round(timings.candidatesMs),
      solveMs: Math.round(timings.solveMs),
      solveSide: solver.side,
      roundMs: Math.round(timings.prepareMs + timings.candidatesMs + timings.solveMs),
      roundWithBaselinesMs: Math.round(roundMs),
      roundCpuMs: Math.round(roundCpu),
      objective: { exact: exact.objective, greedy: greedy!.totals.objective, firstComeFirstServed: fcfs!.totals.objective },
      belowExact: { greedy: 1 - greedy!.totals.objective / exact.objective, firstComeFirstServed: 1 - fcfs!.totals.objective / exact.objective },
      shareMatched: { exact: exact.shareMatched, greedy: greedy!.totals.shareMatched, firstComeFirstServed: fcfs!.totals.shareMatched },
      averageScore: { exact: exact.averageScore, greedy: greedy!.totals.averageScore, firstComeFirstServed: fcfs!.totals.averageScore },
      p10Score: { exact: exact.p10Score, greedy: greedy!.totals.p10Score, firstComeFirstServed: fcfs!.totals.p10Score },
      idleMentors: { exact: exact.idleMentors, greedy: greedy!.totals.idleMentors, firstComeFirstServed: fcfs!.totals.idleMentors },
      lateToEarly: { exact: exact.lateToEarlyRatio, greedy: greedy!.totals.lateToEarlyRatio, firstComeFirstServed: fcfs!.totals.lateToEarlyRatio },
      violations: { exact: violations(result, solver), greedy: violations(result, greedy!), firstComeFirstServed: violations(result, fcfs!) },
      wrongSideSolveMs: undefined as number | undefined,
    };
    if (args["wrong-side"] && size.seekers <= 10_000) {
      t = wall();
      solveExact(graph, { side: solver.side === "mentors" ? "seekers" : "mentors" });
      row.wrongSideSolveMs = Math.round(wall() - t);
    }
    rows.push(row);
    say(`\n${row.cohort}: ${size.seekers} seekers, ${mentors} mentors, ${places_} free places`);
    say(`  candidates        ${row.candidates} pairs kept of ${row.evaluatedPairs} evaluated — ${ms(timings.candidatesMs)} (prepare ${ms(timings.prepareMs)})`);
    say(`  exact solve       ${ms(timings.solveMs)} from the ${solver.side}' side${row.wrongSideSolveMs !== undefined ? ` (other side: ${ms(row.wrongSideSolveMs)})` : ""}`);
    say(`  whole round       ${ms(row.roundMs)} (prepare + candidates + solve; ${ms(roundCpu)} CPU for everything incl. baselines)`);
    say(`  objective         exact ${exact.objective} · greedy ${greedy!.totals.objective} (−${pct(row.belowExact.greedy)}) · FCFS ${fcfs!.totals.objective} (−${pct(row.belowExact.firstComeFirstServed)})`);
    say(`  share matched     exact ${pct(exact.shareMatched)} · greedy ${pct(greedy!.totals.shareMatched)} · FCFS ${pct(fcfs!.totals.shareMatched)}`);
    say(`  average / p10     exact ${exact.averageScore.toFixed(1)} / ${exact.p10Score} · greedy ${greedy!.totals.averageScore.toFixed(1)} / ${greedy!.totals.p10Score} · FCFS ${fcfs!.totals.averageScore.toFixed(1)} / ${fcfs!.totals.p10Score}`);
    say(`  idle mentors      exact ${exact.idleMentors} · greedy ${greedy!.totals.idleMentors} · FCFS ${fcfs!.totals.idleMentors}`);
    say(`  late/early ratio  exact ${exact.lateToEarlyRatio.toFixed(2)} · greedy ${greedy!.totals.lateToEarlyRatio.toFixed(2)} · FCFS ${fcfs!.totals.lateToEarlyRatio.toFixed(2)}`);
    say(`  violations        exact ${row.violations.exact} · greedy ${row.violations.greedy} · FCFS ${row.violations.firstComeFirstServed} (places, doubles, inadmissible pairs — checked)`);
  }
}

// In-process on-demand ranking: one seeker's top 10 over 25k mentors, with the pool prepared once.
{
  const cohort = generateCohort({ seekers: 200, mentors: 25_000, seed: 7, capacity: 3 });
  const context = contextForCohort(cohort, { excludeRequested: true });
  let t = wall();
  const pool = createMentorPool(cohort.mentors, context);
  const poolMs = wall() - t;
  const times: number[] = [];
  for (const seeker of cohort.seekers) {
    t = wall();
    rankSuggestions(seeker, pool, { limit: 10 });
    times.push(wall() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  const row = { cohort: "on-demand top-10 over 25k mentors (in-process)", poolMs: Math.round(poolMs), p50Ms: at(0.5), p95Ms: at(0.95) };
  rows.push(row);
  say(`\non-demand top-10 over 25k mentors, in-process: p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms (pool prepared once in ${ms(poolMs)})`);
}

say(`\nload average at the end ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
if (args.json) console.log(JSON.stringify({ machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version }, rows }, null, 2));
