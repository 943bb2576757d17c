/**
 * `npm run bench:exposure [-- --seeds 1,2,3,4,5] [--sizes 200x120,400x120] [--json]`
 *
 * The on-demand simulation: seekers arrive one after another (one an hour, in
 * the order they started waiting) against a generated pool of mentors, each
 * looks at their top 5 suggestions and asks one mentor; mentors answer 12
 * hours later (yes while they have a place, otherwise no, and the seeker looks
 * again and asks someone else, up to 3 times). Two rules for what a seeker is
 * shown, on the same people:
 *
 * - old: a mentor already shown to (or asked by) as many other waiting people
 *   as they have free places in the last 48 hours is hidden; ranked by score.
 * - new: nothing is hidden by looks. Ranked by score − congestion price
 *   (lib/matching/exposure.ts: a batch solve over the waiting people's open
 *   requests and saves); the seeker's best fit always stays in the list; a
 *   mentor whose places are all spoken for by other people's open requests is
 *   held, and the seeker is told so in words.
 *
 * Half the seekers (by a hash of their id) look first and come back a day
 * later to ask; in the new rule they save the top two of their list
 * meanwhile. When asking, seekers in the new rule also save the next mentor
 * in their list. A seeker asks the first mentor of their list, or with
 * `--choice best` the best fit by score among those shown.
 *
 * Printed per size and rule, averaged over the seeds: the share of the best
 * possible fit (the total score of the pairs made over the offline optimum of
 * the same people, lib/matching's exact solve), the share of seekers who saw
 * their own best fit on first looking (the highest-scoring mentor with a
 * place not yet taken; out of the seekers who had one), the seekers who silently missed it (not shown, and not
 * told why), the share matched and the late-to-early ratio (mean score of the
 * last tenth to arrive over the first tenth's, 0 when unmatched).
 *
 * Pure: no database. Results are recorded in docs/benchmarks.md.
 */
import { loadavg } from "node:os";
import { buildCandidates } from "@/lib/matching/candidates";
import { contextForCohort } from "@/lib/matching/context";
import { congestionPrices, type Interest } from "@/lib/matching/exposure";
import { generateCohort } from "@/lib/matching/generate";
import { hashString } from "@/lib/matching/random";
import { prepareCohort } from "@/lib/matching/round";
import { solveExact } from "@/lib/matching/solve/exact";
import { createMentorPool, rankSuggestions, rankSuggestionsDetailed } from "@/lib/matching/suggestions";
import type { MentorForMatching, PairList, SeekerForMatching } from "@/lib/matching/types";
import { fail, readArgs } from "./matching/output";

const args = readArgs(
  { seeds: { type: "string" }, sizes: { type: "string" }, choice: { type: "string" }, json: { type: "boolean" } },
  "Usage: npm run bench:exposure [-- --seeds 1,2,3,4,5] [--sizes 200x120,400x120] [--choice first|best] [--json]",
);
const seeds = (args.seeds ?? "1,2,3,4,5").split(",").map(Number);
if (seeds.some((s) => !Number.isInteger(s))) fail("--seeds takes whole numbers, comma-separated");
const sizes = (args.sizes ?? "200x120,400x120").split(",").map((s) => {
  const [seekers, mentors] = s.split("x").map(Number);
  if (!Number.isInteger(seekers) || !Number.isInteger(mentors)) fail(`--sizes takes SEEKERSxMENTORS, not "${s}"`);
  return { seekers: seekers!, mentors: mentors! };
});

const choices = (args.choice ?? "first").split(",") as Choice[];
if (choices.some((c) => c !== "first" && c !== "best")) fail("--choice takes first, best or both (first,best)");
const LIMIT = 5;
/** Per look in the new rule: how many mentors had a price above 0. */
let priced: number[] = [];
const pricedBySize: string[] = [];
const WINDOW_HOURS = 48;
const ANSWER_HOURS = 12;
const ATTEMPTS = 3;
/** Half the seekers look first and come back a day later to ask (in the new rule they save their top two meanwhile). */
const BROWSE_SHARE = 0.5;
const RETURN_HOURS = 24;

type Rule = "old" | "new";
type Choice = "first" | "best";

interface Outcome {
  fit: number;
  optimum: number;
  sawBest: number;
  /** Seekers with at least one mentor who fits them and has a place, when they first looked. */
  withFit: number;
  silentlyMissed: number;
  toldHeld: number;
  matched: number;
  lateToEarly: number;
  seekers: number;
}

function simulate(seekers: SeekerForMatching[], mentorsIn: MentorForMatching[], cohort: ReturnType<typeof generateCohort>, rule: Rule, choice: Choice): Omit<Outcome, "optimum"> {
  const context = contextForCohort(cohort);
  const mentors = mentorsIn.map((m) => ({ ...m }));
  const mentorById = new Map(mentors.map((m) => [m.id, m]));
  const order = [...seekers].sort((a, b) => (a.waitingSince ?? "").localeCompare(b.waitingSince ?? "") || (a.id < b.id ? -1 : 1));

  let pool = createMentorPool(mentors, context);
  let poolStale = false;
  const shownAt = new Map<string, Map<string, number>>(); // mentor → seeker → hour last shown (old rule)
  const open = new Map<string, { mentorId: string; due: number; score: number }>(); // seeker → open request
  const declined = new Map<string, string[]>();
  const saved = new Map<string, Set<string>>();
  const attempts = new Map<string, number>();
  const matchedScore = new Map<string, number>();
  let sawBest = 0;
  let withFit = 0;
  let silentlyMissed = 0;
  let toldHeld = 0;

  const pairsOf = (id: string) => ({
    pastPairs: (declined.get(id) ?? []).map((m) => [id, m]) as PairList,
    requestedPairs: open.has(id) ? ([[id, open.get(id)!.mentorId]] as PairList) : [],
  });
  const waiting = (id: string) => !matchedScore.has(id);

  const returning = new Map<string, number>(); // seeker → hour they come back to ask
  function view(seeker: SeekerForMatching, hour: number, first: boolean) {
    if (poolStale) {
      pool = createMentorPool(mentors, context);
      poolStale = false;
    }
    const pairs = pairsOf(seeker.id);
    // The seeker's best fit now: the highest score among mentors with a place not yet taken.
    const best = rankSuggestions(seeker, pool, { pairs, limit: 1, keepBestFit: false })[0]?.mentorId;
    let list: { mentorId: string; score: number }[];
    let held: { mentorId: string }[] = [];
    if (rule === "old") {
      const exposure = new Map<string, number>();
      for (const [mentorId, seen] of shownAt) {
        let n = 0;
        for (const [who, at] of seen) if (who !== seeker.id && at > hour - WINDOW_HOURS && waiting(who)) n++;
        for (const [who, r] of open) if (who !== seeker.id && r.mentorId === mentorId && !seen.has(who)) n++;
        exposure.set(mentorId, n);
      }
      for (const [who, r] of open) if (who !== seeker.id && !shownAt.has(r.mentorId)) exposure.set(r.mentorId, (exposure.get(r.mentorId) ?? 0) + 1);
      list = rankSuggestions(seeker, pool, { pairs, limit: LIMIT, exposure, keepBestFit: false });
      for (const s of list) {
        const seen = shownAt.get(s.mentorId) ?? new Map<string, number>();
        seen.set(seeker.id, hour);
        shownAt.set(s.mentorId, seen);
      }
    } else {
      const pending = new Map<string, number>();
      for (const [who, r] of open) if (who !== seeker.id) pending.set(r.mentorId, (pending.get(r.mentorId) ?? 0) + 1);
      const interest: Interest[] = [];
      const interested = new Set<string>();
      for (const [who, r] of open) {
        interest.push({ seekerId: who, mentorId: r.mentorId });
        interested.add(who);
      }
      for (const [who, ids] of saved) {
        if (!waiting(who)) continue;
        for (const mentorId of ids) interest.push({ seekerId: who, mentorId });
        if (ids.size > 0) interested.add(who);
      }
      const batch = seekers.filter((s) => interested.has(s.id) && s.id !== seeker.id);
      const prices = congestionPrices({ seekers: batch, mentors, context, interest });
      priced.push(prices.size);
      const detailed = rankSuggestionsDetailed(seeker, pool, { pairs, limit: LIMIT, prices, pending, unpriced: saved.get(seeker.id) });
      list = detailed.suggestions;
      held = detailed.held;
    }
    if (first) {
      if (best !== undefined) withFit++;
      const saw = best !== undefined && list.some((s) => s.mentorId === best);
      const told = !saw && held.length > 0 && held.some((h) => h.mentorId === best);
      if (saw) sawBest++;
      else if (best !== undefined && !told) silentlyMissed++;
      if (told) toldHeld++;
    }
    if (list.length === 0) return;
    if (first && hashString(seeker.id, 7) / 2 ** 32 < BROWSE_SHARE) {
      returning.set(seeker.id, hour + RETURN_HOURS);
      if (rule === "new") saved.set(seeker.id, new Set(list.slice(0, 2).map((s) => s.mentorId)));
      return;
    }
    const ask = choice === "first" ? list[0]! : [...list].sort((a, b) => b.score - a.score)[0]!;
    open.set(seeker.id, { mentorId: ask.mentorId, due: hour + ANSWER_HOURS, score: ask.score });
    attempts.set(seeker.id, (attempts.get(seeker.id) ?? 0) + 1);
    if (rule === "new") {
      const next = list.find((s) => s.mentorId !== ask.mentorId);
      if (next) saved.set(seeker.id, new Set([...(saved.get(seeker.id) ?? []), next.mentorId]));
    }
  }

  const byId = new Map(seekers.map((s) => [s.id, s]));
  function answer(hour: number) {
    for (const [who, r] of [...open].sort((a, b) => a[1].due - b[1].due || (a[0] < b[0] ? -1 : 1))) {
      if (r.due > hour) continue;
      open.delete(who);
      const mentor = mentorById.get(r.mentorId)!;
      if (mentor.activeCount < mentor.capacity) {
        mentor.activeCount++;
        poolStale = true;
        matchedScore.set(who, r.score);
        saved.delete(who);
      } else {
        declined.set(who, [...(declined.get(who) ?? []), r.mentorId]);
        if ((attempts.get(who) ?? 0) < ATTEMPTS) view(byId.get(who)!, hour, false);
      }
    }
  }

  function comeBack(hour: number) {
    for (const [who, at] of [...returning].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))) {
      if (at > hour) continue;
      returning.delete(who);
      view(byId.get(who)!, hour, false);
    }
  }

  let hour = 0;
  for (const seeker of order) {
    answer(hour);
    comeBack(hour);
    view(seeker, hour, true);
    hour++;
  }
  while (open.size > 0 || returning.size > 0) {
    answer(hour);
    comeBack(hour++);
  }

  let fit = 0;
  for (const score of matchedScore.values()) fit += score;
  const tenth = Math.max(1, Math.floor(order.length / 10));
  const mean = (list: SeekerForMatching[]) => list.reduce((sum, s) => sum + (matchedScore.get(s.id) ?? 0), 0) / list.length;
  const early = mean(order.slice(0, tenth));
  const late = mean(order.slice(-tenth));
  return { fit, sawBest, withFit, silentlyMissed, toldHeld, matched: matchedScore.size, lateToEarly: early > 0 ? late / early : 1, seekers: order.length };
}

function optimum(seekers: SeekerForMatching[], mentors: MentorForMatching[], cohort: ReturnType<typeof generateCohort>) {
  const context = contextForCohort(cohort);
  const prepared = prepareCohort(seekers, mentors, context);
  const graph = buildCandidates(prepared.seekers, prepared.mentors, context);
  const { chosen } = solveExact(graph);
  let total = 0;
  for (const e of chosen) total += graph.score[e]!;
  return total;
}

const rows: { size: string; rule: Rule; choice: Choice; seeds: number[]; shareOfBest: number; sawOwnBest: number; silentlyMissed: number; toldHeld: number; shareMatched: number; lateToEarly: number }[] = [];
const started = performance.now();
for (const size of sizes) {
  const results = new Map<string, Outcome[]>();
  for (const seed of seeds) {
    const cohort = generateCohort({ seekers: size.seekers, mentors: size.mentors, seed });
    // Every generated person takes part; safety holds and unapproved mentors are filtered by the engine itself.
    const best = optimum(cohort.seekers, cohort.mentors, cohort);
    for (const rule of ["old", "new"] as const) {
      for (const choice of choices) {
        const outcome = simulate(cohort.seekers, cohort.mentors, cohort, rule, choice);
        const key = `${rule}/${choice}`;
        results.set(key, [...(results.get(key) ?? []), { ...outcome, optimum: best }]);
      }
    }
  }
  pricedBySize.push(`${size.seekers}×${size.mentors}: ${(priced.reduce((a, b) => a + b, 0) / Math.max(1, priced.length)).toFixed(1)} on average, at most ${Math.max(0, ...priced)}`);
  priced = [];
  for (const [key, list] of results) {
    const [rule, choice] = key.split("/") as [Rule, Choice];
    const avg = (f: (o: Outcome) => number) => list.reduce((sum, o) => sum + f(o), 0) / list.length;
    rows.push({
      size: `${size.seekers}×${size.mentors}`,
      rule,
      choice,
      seeds,
      shareOfBest: avg((o) => o.fit / o.optimum),
      sawOwnBest: avg((o) => o.sawBest / Math.max(1, o.withFit)),
      silentlyMissed: avg((o) => o.silentlyMissed),
      toldHeld: avg((o) => o.toldHeld),
      shareMatched: avg((o) => o.matched / o.seekers),
      lateToEarly: avg((o) => o.lateToEarly),
    });
  }
}

if (args.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(`On-demand simulation, seeds ${seeds.join(", ")} (averages; silently missed and told are seekers per run)`);
  console.log("| seekers × mentors | rule | seekers ask | share of best possible fit | saw their own best fit | silently missed it | told it was held | matched | late/early |");
  console.log("|---|---|---|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(
      `| ${r.size} | ${r.rule} | ${r.choice === "first" ? "the first in their list" : "their best fit shown"} | ${pct(r.shareOfBest)} | ${pct(r.sawOwnBest)} | ${r.silentlyMissed.toFixed(1)} | ${r.toldHeld.toFixed(1)} | ${pct(r.shareMatched)} | ${r.lateToEarly.toFixed(2)} |`,
    );
  }
  console.log(`\nMentors with a congestion price above 0, per look (new rule): ${pricedBySize.join("; ")}`);
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
}
