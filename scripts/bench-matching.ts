/**
 * `npm run bench:matching [-- --only 2k,10k,100k] [--json] [--wrong-side]`
 *
 * Generated cohorts of 2k × 500, 10k × 2.5k and 100k × 25k (capacity 3), each
 * with few places (mentors already carry people: ~0.5 free place per seeker)
 * and with plentiful places (1.6× the mentors, all free: 1.2 places per
 * seeker). For each: candidate-generation and solve time — wall-clock and this
 * process's CPU time, since the machine may be shared — the exact objective
 * against greedy and first-come-first-served on the same candidates, share
 * matched, idle mentors, the late-to-early score ratio, and feasibility
 * checked pair by pair. `--wrong-side` also times the solve searching from the
 * plentiful side (≤ 10k). Then the in-process cost of one seeker's top 10 over
 * 25k mentors (the database part of on-demand suggestions is the DAL's).
 *
 * Results are recorded in docs/benchmarks.md.
 */
import { cpus, loadavg } from "node:os";
import { buildCandidates, type CandidateGraph } from "@/lib/matching/candidates";
import { contextForCohort, type MatchingContext } from "@/lib/matching/context";
import { firstFailingFilter } from "@/lib/matching/filters";
import { generateCohort } from "@/lib/matching/generate";
import { prepareCohort, summarize, type RoundTotals } from "@/lib/matching/round";
import { firstComeFirstServed, greedyByScore } from "@/lib/matching/solve/baselines";
import { solveExact } from "@/lib/matching/solve/exact";
import { createMentorPool, rankSuggestions } from "@/lib/matching/suggestions";
import { fail, readArgs } from "./matching/output";

const args = readArgs(
  { only: { type: "string" }, json: { type: "boolean" }, "wrong-side": { type: "boolean" } },
  "Usage: npm run bench:matching [-- --only 2k,10k,100k] [--json] [--wrong-side]",
);

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
/** Runs `work`, timing it in wall-clock and in this process's CPU time. */
function timed<T>(work: () => T) {
  const w = wall();
  const c = cpu();
  const value = work();
  return { value, wallMs: wall() - w, cpuMs: cpu() - c };
}
const ms = (x: number) => `${x.toFixed(0)} ms`;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const say = (line: string) => {
  if (!args.json) console.log(line);
};

/** Every chosen pair admissible (re-checked with the object path), no seeker twice, no mentor over their places. */
function violations(graph: CandidateGraph, context: MatchingContext, chosen: Int32Array, totals: RoundTotals): number {
  let bad = totals.capacityViolations + totals.seekersMatchedTwice;
  for (const e of chosen) {
    if (firstFailingFilter(graph.seekers[graph.seeker[e]!]!, graph.mentors[graph.mentor[e]!]!, context) !== null) bad++;
  }
  return bad;
}

const rows: Record<string, unknown>[] = [];
say(`Matching benchmark — ${cpus()[0]?.model ?? "cpu"} × ${cpus().length}, Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);

for (const size of SIZES.filter((s) => !only || only.includes(s.name))) {
  for (const places of ["few", "plentiful"] as const) {
    const mentorCount = places === "few" ? size.mentors : Math.round(size.mentors * 1.6);
    const cohort = generateCohort({ seekers: size.seekers, mentors: mentorCount, seed: 42, capacity: 3, occupancy: places === "few" ? 0.3 : 0 });
    const context = contextForCohort(cohort);

    // The round's phases one by one (runRound does the same, with explanations).
    const prepared = timed(() => prepareCohort(cohort.seekers, cohort.mentors, context));
    const candidates = timed(() => buildCandidates(prepared.value.seekers, prepared.value.mentors, context));
    const graph = candidates.value;
    const solve = timed(() => solveExact(graph));
    const fcfsChosen = firstComeFirstServed(graph);
    const greedyChosen = greedyByScore(graph);
    const exact = summarize(graph, solve.value.chosen);
    const greedy = summarize(graph, greedyChosen);
    const fcfs = summarize(graph, fcfsChosen);
    const freePlaces = graph.mentors.reduce((sum, m) => sum + m.freePlaces, 0);
    const roundMs = prepared.wallMs + candidates.wallMs + solve.wallMs;
    const roundCpu = prepared.cpuMs + candidates.cpuMs + solve.cpuMs;
    const wrongSide = args["wrong-side"] && size.seekers <= 10_000 ? timed(() => solveExact(graph, { side: solve.value.side === "mentors" ? "seekers" : "mentors" })) : null;

    const row = {
      cohort: `${size.name} × ${mentorCount} (${places})`,
      seekers: size.seekers,
      mentors: mentorCount,
      freePlaces,
      candidates: graph.size,
      evaluatedPairs: graph.stats.evaluated,
      wallMs: { prepare: Math.round(prepared.wallMs), candidates: Math.round(candidates.wallMs), solve: Math.round(solve.wallMs), round: Math.round(roundMs) },
      cpuMs: { prepare: Math.round(prepared.cpuMs), candidates: Math.round(candidates.cpuMs), solve: Math.round(solve.cpuMs), round: Math.round(roundCpu) },
      solveSide: solve.value.side,
      wrongSideSolveMs: wrongSide ? Math.round(wrongSide.wallMs) : undefined,
      objective: { exact: exact.objective, greedy: greedy.objective, firstComeFirstServed: fcfs.objective },
      belowExact: { greedy: 1 - greedy.objective / exact.objective, firstComeFirstServed: 1 - fcfs.objective / exact.objective },
      shareMatched: { exact: exact.shareMatched, greedy: greedy.shareMatched, firstComeFirstServed: fcfs.shareMatched },
      averageScore: { exact: exact.averageScore, greedy: greedy.averageScore, firstComeFirstServed: fcfs.averageScore },
      p10Score: { exact: exact.p10Score, greedy: greedy.p10Score, firstComeFirstServed: fcfs.p10Score },
      idleMentors: { exact: exact.idleMentors, greedy: greedy.idleMentors, firstComeFirstServed: fcfs.idleMentors },
      lateToEarly: { exact: exact.lateToEarlyRatio, greedy: greedy.lateToEarlyRatio, firstComeFirstServed: fcfs.lateToEarlyRatio },
      violations: {
        exact: violations(graph, context, solve.value.chosen, exact),
        greedy: violations(graph, context, greedyChosen, greedy),
        firstComeFirstServed: violations(graph, context, fcfsChosen, fcfs),
      },
    };
    rows.push(row);
    say(`\n${row.cohort}: ${size.seekers} seekers, ${mentorCount} mentors, ${freePlaces} free places`);
    say(`  candidates        ${graph.size} pairs kept of ${graph.stats.evaluated} evaluated — ${ms(candidates.wallMs)} (CPU ${ms(candidates.cpuMs)}); prepare ${ms(prepared.wallMs)} (CPU ${ms(prepared.cpuMs)})`);
    say(`  exact solve       ${ms(solve.wallMs)} (CPU ${ms(solve.cpuMs)}) from the ${solve.value.side}' side${wrongSide ? `; from the other side ${ms(wrongSide.wallMs)}` : ""}`);
    say(`  whole round       ${ms(roundMs)} (CPU ${ms(roundCpu)}): prepare + candidates + solve`);
    say(`  objective         exact ${exact.objective} · greedy ${greedy.objective} (−${pct(row.belowExact.greedy)}) · FCFS ${fcfs.objective} (−${pct(row.belowExact.firstComeFirstServed)})`);
    say(`  share matched     exact ${pct(exact.shareMatched)} · greedy ${pct(greedy.shareMatched)} · FCFS ${pct(fcfs.shareMatched)}`);
    say(`  average / p10     exact ${exact.averageScore.toFixed(1)} / ${exact.p10Score} · greedy ${greedy.averageScore.toFixed(1)} / ${greedy.p10Score} · FCFS ${fcfs.averageScore.toFixed(1)} / ${fcfs.p10Score}`);
    say(`  idle mentors      exact ${exact.idleMentors} · greedy ${greedy.idleMentors} · FCFS ${fcfs.idleMentors}`);
    say(`  late/early ratio  exact ${exact.lateToEarlyRatio.toFixed(2)} · greedy ${greedy.lateToEarlyRatio.toFixed(2)} · FCFS ${fcfs.lateToEarlyRatio.toFixed(2)}`);
    say(`  violations        exact ${row.violations.exact} · greedy ${row.violations.greedy} · FCFS ${row.violations.firstComeFirstServed} (places, doubles, inadmissible pairs — checked)`);
  }
}

// In-process on-demand ranking: one seeker's top 10 over 25k mentors, with the pool prepared once.
{
  const cohort = generateCohort({ seekers: 200, mentors: 25_000, seed: 7, capacity: 3 });
  const context = contextForCohort(cohort, { excludeRequested: true });
  const pool = timed(() => createMentorPool(cohort.mentors, context));
  const times: number[] = [];
  for (const seeker of cohort.seekers) times.push(timed(() => rankSuggestions(seeker, pool.value, { limit: 10 })).wallMs);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  rows.push({ cohort: "on-demand top-10 over 25k mentors (in-process)", poolMs: Math.round(pool.wallMs), p50Ms: at(0.5), p95Ms: at(0.95) });
  say(`\non-demand top-10 over 25k mentors, in-process: p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms (pool prepared once in ${ms(pool.wallMs)})`);
}

say(`\nload average at the end ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
if (args.json) console.log(JSON.stringify({ machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, loadavg: loadavg() }, rows }, null, 2));
