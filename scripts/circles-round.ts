/**
 * `npm run circles:round -- --in cohort.json [--group-weight μ]`
 *
 * Runs a circle round on a cohort file and prints it as JSON to stdout: the
 * circles with their seats, the candidate seeker→circle pairs with their
 * fits, the exact assignment before repair and local search, the final
 * placements with their reasons, the circles closed, and the totals of the
 * round, greedy and first-come-first-served on the same candidates.
 * Timings go to stderr.
 */
import { readFileSync } from "node:fs";
import { firstComeFirstServedCircles, greedyCircles, prepareRound, runCircleRound, totalsOf, type CircleCohort } from "@/lib/matching/circles";
import { fail, number, readArgs } from "./matching/output";

const usage = `Usage: npm run circles:round -- --in cohort.json [--group-weight μ]
  --in            a circle cohort (npm run circles:generate); "-" reads stdin
  --group-weight  μ ≥ 0: weight of how members fit each other against each one's fit with the circle (default 0.5)`;

const args = readArgs({ in: { type: "string" }, "group-weight": { type: "string" } }, usage);
if (!args.in) fail(usage);
const cohort = JSON.parse(readFileSync(args.in === "-" ? 0 : args.in, "utf8")) as CircleCohort;
if (cohort.format !== "alongside-circles/1") fail(`Not a circle cohort (format "${String(cohort.format)}").`);
const started = performance.now();
const result = runCircleRound(cohort, { groupWeight: number(args["group-weight"], "group-weight", 0.5, { min: 0 }) });
process.stderr.write(`round: ${(performance.now() - started).toFixed(0)} ms\n`);
const round = prepareRound(cohort);
const candidates = Array.from(round.edgeSeeker, (s, e) => ({ seekerId: round.seekers[s]!.profile.id, circleId: round.circles[round.edgeCircle[e]!]!.circle.id, score: round.edgeScore[e]! }));
const output = {
  ...result,
  baselines: {
    greedy: totalsOf(cohort, round, greedyCircles(round), candidates, result.groupWeight),
    firstComeFirstServed: totalsOf(cohort, round, firstComeFirstServedCircles(round), candidates, result.groupWeight),
  },
};
process.stdout.write(`${JSON.stringify(output, null, 1)}\n`);
