/**
 * `npm run match:generate -- --seekers N --mentors M --seed S [--capacity K]
 *   [--occupancy 0.3] [--friends F] [--date YYYY-MM-DD]`
 *
 * Writes a generated cohort (docs/matching.md, "Cohort format") as JSON to
 * stdout. The same options always give the same bytes.
 */
import { generateCohort } from "@/lib/matching/generate";
import { JsonWriter, number, readArgs } from "./matching/output";

const usage = `Usage: npm run match:generate -- --seekers N --mentors M --seed S [--capacity K] [--occupancy 0–1] [--friends F] [--date YYYY-MM-DD]`;

async function main() {
  const args = readArgs(
    {
      seekers: { type: "string" },
      mentors: { type: "string" },
      seed: { type: "string" },
      capacity: { type: "string" },
      occupancy: { type: "string" },
      friends: { type: "string" },
      date: { type: "string" },
    },
    usage,
  );
  const cohort = generateCohort({
    seekers: number(args.seekers, "seekers", 200, { min: 0, integer: true }),
    mentors: number(args.mentors, "mentors", 60, { min: 0, integer: true }),
    seed: number(args.seed, "seed", 1, { integer: true }),
    capacity: args.capacity === undefined ? undefined : number(args.capacity, "capacity", 3, { min: 1, integer: true }),
    occupancy: number(args.occupancy, "occupancy", 0, { min: 0 }),
    friends: number(args.friends, "friends", 0, { min: 0, integer: true }),
    referenceDate: args.date,
  });
  const out = new JsonWriter();
  const { seekers, mentors, friends, ...rest } = cohort;
  const head = JSON.stringify(rest, null, 2);
  await out.raw(`${head.slice(0, -2)},\n  "seekers": `);
  await out.array(seekers, (s) => s);
  await out.raw(`,\n  "mentors": `);
  await out.array(mentors, (m) => m);
  if (friends) {
    await out.raw(`,\n  "friends": `);
    await out.array(friends, (f) => f);
  }
  await out.raw("\n}\n");
  await out.flush();
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
