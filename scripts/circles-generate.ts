/**
 * `npm run circles:generate -- --seekers N --circles C --seed S [--date YYYY-MM-DD] [--priority share]`
 *
 * Writes a generated circle cohort (docs/circles.md, "Cohort format") as JSON
 * to stdout. The same options always give the same bytes.
 */
import { generateCircleCohort } from "@/lib/matching/circles";
import { number, readArgs } from "./matching/output";

const usage = "Usage: npm run circles:generate -- --seekers N --circles C --seed S [--date YYYY-MM-DD] [--priority share]\n  --priority  share of seekers (0–1) marked priority: their last circle ended early (default 0)";

const args = readArgs({ seekers: { type: "string" }, circles: { type: "string" }, seed: { type: "string" }, date: { type: "string" }, priority: { type: "string" } }, usage);
const cohort = generateCircleCohort({
  seekers: number(args.seekers, "seekers", 200, { min: 0, integer: true }),
  circles: number(args.circles, "circles", 30, { min: 0, integer: true }),
  seed: number(args.seed, "seed", 1, { integer: true }),
  referenceDate: args.date,
  priorityShare: Math.min(1, number(args.priority, "priority", 0, { min: 0 })),
});
process.stdout.write(`${JSON.stringify(cohort, null, 1)}\n`);
