/**
 * `npm run match:round -- --in cohort.json [--mode best|most]
 *   [--load-spreading λ] [--aging β] [--seed S] [--friends]`
 *
 * Runs a matching round on a cohort file and prints the result as JSON to
 * stdout (docs/matching.md, "Round output"): the assignments with their
 * reasons, every candidate pair the solver considered, the mentors with the
 * places they had in this round, the objective (sum of assigned scores) and
 * the totals of the exact solve, greedy and first-come-first-served.
 *
 * With no options: best total fit, no load spreading, no aging — so
 * `objective` is exactly the optimum over the printed `candidates`.
 * Timings go to stderr, so stdout is the same for the same input.
 */
import { readFileSync } from "node:fs";
import { contextForCohort } from "@/lib/matching/context";
import { parseCohort } from "@/lib/matching/cohort";
import { runFriendRound } from "@/lib/matching/friends";
import { runRound } from "@/lib/matching/round";
import { fail, JsonWriter, number, readArgs } from "./matching/output";

const usage = `Usage: npm run match:round -- --in cohort.json [--mode best|most] [--load-spreading λ] [--aging β] [--seed S] [--friends]
  --in              a cohort file (see docs/matching.md); "-" reads stdin
  --mode            best: best total fit (default); most: most people matched, then best total
  --load-spreading  λ ≥ 0: points a mentor's k-th person costs on top of the (k−1)-th (default 0)
  --aging           β ≥ 0: points per day a seeker has waited (default 0)
  --seed            seed of the tie-breaks (default: the cohort's seed, or 0)
  --friends         also run a friendship round on the cohort's friend pool`;

async function main() {
  const args = readArgs(
    {
      in: { type: "string" },
      mode: { type: "string" },
      "load-spreading": { type: "string" },
      aging: { type: "string" },
      seed: { type: "string" },
      friends: { type: "boolean" },
    },
    usage,
  );
  if (!args.in) fail(usage);
  const mode = args.mode ?? "best";
  if (mode !== "best" && mode !== "most") fail(`--mode must be "best" or "most", not "${mode}".`);
  const loadSpreading = number(args["load-spreading"], "load-spreading", 0, { min: 0 });
  const aging = number(args.aging, "aging", 0, { min: 0 });

  let raw: string;
  try {
    raw = readFileSync(args.in === "-" ? 0 : args.in, "utf8");
  } catch (error) {
    fail(`Cannot read ${args.in}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    fail(`${args.in} is not JSON: ${(error as Error).message}`);
  }
  const cohort = parseCohort(json);
  const seed = number(args.seed, "seed", cohort.seed ?? 0, { integer: true });
  const context = contextForCohort(cohort, { seed });

  const round = runRound({ seekers: cohort.seekers, mentors: cohort.mentors, context }, { mode, loadSpreading, aging });
  const { graph, solver } = round;
  const t = round.timings;
  process.stderr.write(
    `match:round: ${graph.seekers.length} seekers × ${graph.mentors.length} mentors, ${graph.size} candidates; ` +
      `prepare ${t.prepareMs.toFixed(0)} ms, candidates ${t.candidatesMs.toFixed(0)} ms, solve ${t.solveMs.toFixed(0)} ms, ` +
      `baselines ${t.baselinesMs.toFixed(0)} ms, explanations ${t.explainMs.toFixed(0)} ms\n`,
  );

  const out = new JsonWriter();
  const header = {
    format: "alongside-round/1",
    referenceDate: cohort.referenceDate,
    mode,
    loadSpreading,
    aging,
    seed,
    objective: solver.totals.objective,
  };
  await out.raw(`${JSON.stringify(header, null, 2).slice(0, -2)},\n  "assignments": `);
  await out.array(solver.pairs, (p) => p);
  await out.raw(`,\n  "candidates": `);
  await out.array(range(graph.size), (e) => ({ seekerId: graph.seekers[graph.seeker[e]!]!.id, mentorId: graph.mentors[graph.mentor[e]!]!.id, score: graph.score[e]! }));
  await out.raw(`,\n  "mentors": `);
  await out.array(graph.mentors, (m) => ({
    id: m.id,
    // The places this round may fill: what feasibility is checked against.
    capacity: m.freePlaces,
    totalCapacity: m.capacity,
    activeCount: m.activeCount,
    price: round6(solver.mentorPrices[m.index]!),
  }));
  const totals = { exact: solver.totals, greedy: round.greedy?.totals, firstComeFirstServed: round.firstComeFirstServed?.totals };
  await out.raw(`,\n  "totals": ${indent(JSON.stringify(totals, null, 2))}`);
  const excluded = { pairs: round.stats.excluded, unavailableMentors: round.stats.unavailableMentors, seekersOnHold: round.stats.seekersOnHold };
  await out.raw(`,\n  "excluded": ${indent(JSON.stringify(excluded, null, 2))}`);
  const candidateStats = { evaluated: round.stats.evaluated, admissible: round.stats.admissible, sampledSeekers: round.stats.sampledSeekers, evaluationsPerSeeker: round.stats.evaluationsPerSeeker };
  await out.raw(`,\n  "candidateGeneration": ${indent(JSON.stringify(candidateStats, null, 2))}`);
  if (args.friends) {
    const friends = runFriendRound(cohort.friends ?? [], context);
    await out.raw(`,\n  "friendRound": ${indent(JSON.stringify(friends, null, 2))}`);
  }
  await out.raw("\n}\n");
  await out.flush();
}

function* range(n: number) {
  for (let i = 0; i < n; i++) yield i;
}
const indent = (json: string) => json.replace(/\n/g, "\n  ");
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

main().catch((error) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
