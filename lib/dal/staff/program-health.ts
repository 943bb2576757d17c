import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import { now } from "@/lib/clock";
import { requireStaff } from "@/lib/dal/account/viewer";
import { sharedValue } from "@/lib/dal/system/shared-value";
import { categoryInWords } from "@/lib/dal/safety/triage";
import { RISK_CATEGORY_SEVERITY, type RiskCategory } from "@/lib/safety/categories";
import type { HealthWindow, WaitingWeek, ActiveWeek, CheckInWeek, RuptureWeek, FitAnswerCount, EndingCount, SafetyWeek, FirstLookByCategory, SafetyHealth, ProgramHealth } from "@/lib/health/figures";

/**
 * Program health for moderators: how the program is doing over the last 12
 * weeks, in weekly buckets by the app's clock (Monday to Monday, UTC; the
 * current week runs up to now). Each chart is one SQL query over the whole
 * window (no query per week or per person), and only counts leave the
 * database: no names, no words.
 *
 * "At the end of a week" figures (seekers waiting, active relationships) are
 * read from start and end dates, so past weeks are reconstructed rather than
 * snapshotted. Account status is today's.
 */

export const HEALTH_WEEKS = 12;
const WEEK_MS = 7 * 86_400_000;

/** The 12 weeks ending with the current one, Monday-aligned in UTC. */
export function healthWindow(at: Date = now()): HealthWindow {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const thisMonday = day.getTime() - sinceMonday * 86_400_000;
  const start = new Date(thisMonday - (HEALTH_WEEKS - 1) * WEEK_MS);
  return { start, now: at, weeks: Array.from({ length: HEALTH_WEEKS }, (_, i) => new Date(start.getTime() + i * WEEK_MS)) };
}

/**
 * The weeks as a CTE: week_start, week_next (start of the following week) and
 * week_end (week_next, or now for the current week). Dates go in as ISO
 * strings (postgres.js refuses a Date inside raw SQL); hours, not days, so a
 * session timezone with DST cannot stretch a week.
 */
function weeksCte(w: HealthWindow) {
  const start = w.start.toISOString();
  const at = w.now.toISOString();
  return sql`weeks as (
    select i,
      ${start}::timestamptz + i * interval '168 hours' as week_start,
      ${start}::timestamptz + (i + 1) * interval '168 hours' as week_next,
      least(${start}::timestamptz + (i + 1) * interval '168 hours', ${at}::timestamptz) as week_end
    from generate_series(0, ${HEALTH_WEEKS - 1}::int) as i
  )`;
}

const round1 = (x: number | null) => (x === null || x === undefined ? null : Math.round(Number(x) * 10) / 10);

async function waitingSeekers(w: HealthWindow): Promise<WaitingWeek[]> {
  const rows = await rowsOf<{ i: number; waiting: number; first_matches: number; median_days: number | null }>(sql`
    with ${weeksCte(w)},
    seekers as (
      select np.user_id, np.completed_at from needs_profiles np
      join users u on u.id = np.user_id and u.status = 'active'
      where np.completed_at is not null and np.looking_for in ('mentor', 'both')
    ),
    firsts as (
      select s.user_id, s.completed_at, min(r.started_at) as first_start
      from seekers s join relationships r on r.seeker_id = s.user_id and r.kind = 'mentorship'
      group by s.user_id, s.completed_at
    )
    select w.i,
      (select count(*)::int from seekers s
        where s.completed_at < w.week_end
          and not exists (
            select 1 from relationships r
            where r.seeker_id = s.user_id and r.kind = 'mentorship'
              and r.started_at < w.week_end and (r.ended_at is null or r.ended_at >= w.week_end))) as waiting,
      (select count(*)::int from firsts f where f.first_start >= w.week_start and f.first_start < w.week_next) as first_matches,
      (select percentile_cont(0.5) within group (order by greatest(0, extract(epoch from f.first_start - f.completed_at))::float8 / 86400)
        from firsts f where f.first_start >= w.week_start and f.first_start < w.week_next) as median_days
    from weeks w order by w.i
  `);
  return rows.map((r) => ({ waiting: Number(r.waiting), firstMatches: Number(r.first_matches), medianDaysToFirst: round1(r.median_days) }));
}

async function activeRelationships(w: HealthWindow): Promise<ActiveWeek[]> {
  const rows = await rowsOf<{ i: number; mentorships: number; friendships: number }>(sql`
    with ${weeksCte(w)}
    select w.i,
      count(r.id) filter (where r.kind = 'mentorship')::int as mentorships,
      count(r.id) filter (where r.kind = 'friendship')::int as friendships
    from weeks w
    left join relationships r on r.started_at < w.week_end and (r.ended_at is null or r.ended_at >= w.week_end)
    group by w.i order by w.i
  `);
  return rows.map((r) => ({ mentorships: Number(r.mentorships), friendships: Number(r.friendships) }));
}

async function checkInsKept(w: HealthWindow): Promise<CheckInWeek[]> {
  const rows = await rowsOf<{ i: number; kept: number; missed: number; excused: number }>(sql`
    with ${weeksCte(w)}
    select w.i,
      count(c.id) filter (where c.status = 'kept')::int as kept,
      count(c.id) filter (where c.status = 'missed')::int as missed,
      count(c.id) filter (where c.status = 'excused')::int as excused
    from weeks w
    left join check_ins c on c.starts_at >= w.week_start and c.starts_at < w.week_next
    group by w.i order by w.i
  `);
  return rows.map((r) => {
    const kept = Number(r.kept);
    const missed = Number(r.missed);
    return { kept, missed, excused: Number(r.excused), keptShare: kept + missed > 0 ? kept / (kept + missed) : null };
  });
}

async function rupturesNamedAndRepaired(w: HealthWindow): Promise<RuptureWeek[]> {
  const rows = await rowsOf<{ i: number; named: number; repaired: number }>(sql`
    with ${weeksCte(w)}
    select w.i,
      (select count(*)::int from ruptures r where r.opened_at >= w.week_start and r.opened_at < w.week_next) as named,
      (select count(*)::int from ruptures r where r.status = 'repaired' and r.resolved_at >= w.week_start and r.resolved_at < w.week_next) as repaired
    from weeks w order by w.i
  `);
  return rows.map((r) => ({ named: Number(r.named), repaired: Number(r.repaired) }));
}

async function fitCheckAnswers(w: HealthWindow): Promise<FitAnswerCount[]> {
  const rows = await rowsOf<{ answer: FitAnswerCount["answer"]; after_first: number; after_third: number }>(sql`
    select a.answer,
      count(f.id) filter (where f.stage = 1)::int as after_first,
      count(f.id) filter (where f.stage = 3)::int as after_third
    from unnest(enum_range(null::fit_answer)) as a(answer)
    left join fit_checks f on f.answer = a.answer and f.created_at >= ${w.start.toISOString()}::timestamptz
    group by a.answer order by a.answer
  `);
  return rows.map((r) => ({ answer: r.answer, afterFirst: Number(r.after_first), afterThird: Number(r.after_third) }));
}

async function endingsByReason(w: HealthWindow): Promise<EndingCount[]> {
  const rows = await rowsOf<{ reason: string | null; mentorships: number; friendships: number }>(sql`
    select r.end_reason as reason,
      count(*) filter (where r.kind = 'mentorship')::int as mentorships,
      count(*) filter (where r.kind = 'friendship')::int as friendships
    from relationships r
    where r.status = 'ended' and r.ended_at >= ${w.start.toISOString()}::timestamptz
    group by r.end_reason
    order by count(*) desc, r.end_reason
  `);
  return rows.map((r) => ({ reason: r.reason, mentorships: Number(r.mentorships), friendships: Number(r.friendships) }));
}

async function safetyItems(w: HealthWindow): Promise<SafetyHealth> {
  // grouping sets: one row per week and one for the whole window, in the same pass.
  const rows = await rowsOf<{ i: number | null; raised: number; open: number; resolved: number; median_hours: number | null }>(sql`
    with ${weeksCte(w)}
    select w.i,
      count(s.id)::int as raised,
      count(s.id) filter (where s.status = 'open')::int as open,
      count(s.id) filter (where s.status = 'resolved')::int as resolved,
      percentile_cont(0.5) within group (order by extract(epoch from s.resolved_at - s.created_at)::float8 / 3600)
        filter (where s.status = 'resolved' and s.resolved_at is not null) as median_hours
    from weeks w
    left join safety_items s on s.created_at >= w.week_start and s.created_at < w.week_next
    group by grouping sets ((w.i), ())
    order by w.i nulls last
  `);
  const shape = (r: (typeof rows)[number]): SafetyWeek => ({
    raised: Number(r.raised),
    open: Number(r.open),
    resolved: Number(r.resolved),
    medianHours: round1(r.median_hours),
  });
  const total = rows.find((r) => r.i === null);
  return {
    weeks: rows.filter((r) => r.i !== null).map(shape),
    total: total ? shape(total) : { raised: 0, open: 0, resolved: 0, medianHours: null },
    firstLook: await firstLookByCategory(w),
  };
}

/** Median time from a safety item being raised to a moderator first opening it, per risk category, over the window. */
async function firstLookByCategory(w: HealthWindow): Promise<FirstLookByCategory[]> {
  const rows = await rowsOf<{ category: string; raised: number; looked: number; median_minutes: number | null }>(sql`
    select s.category,
      count(*)::int as raised,
      count(s.first_look_at)::int as looked,
      percentile_cont(0.5) within group (order by greatest(0, extract(epoch from s.first_look_at - s.created_at))::float8 / 60)
        filter (where s.first_look_at is not null) as median_minutes
    from safety_items s
    where s.created_at >= ${w.start.toISOString()}::timestamptz and s.created_at <= ${w.now.toISOString()}::timestamptz
    group by s.category
  `);
  return rows
    .map((r) => ({
      category: r.category,
      label: categoryInWords(r.category),
      severity: RISK_CATEGORY_SEVERITY[r.category as RiskCategory] ?? 0,
      raised: Number(r.raised),
      looked: Number(r.looked),
      medianMinutes: r.median_minutes === null ? null : Math.round(Number(r.median_minutes)),
    }))
    .sort((a, b) => b.severity - a.severity || a.category.localeCompare(b.category));
}

/**
 * How long one instance reuses the figures in a production build. They are
 * weekly series over 12 weeks, so a minute changes nothing anyone acts on,
 * while computing them scans every relationship and check-in of the window.
 * After the minute, figures up to ten minutes old are shown while the next
 * ones are computed in the background (lib/dal/system/shared-value.ts), so
 * no moderator waits the second it takes; a new week computes afresh.
 * Elsewhere (development, tests) they are always fresh.
 */
export const HEALTH_CACHE_MS = 60_000;
const shared = sharedValue<ProgramHealth>("program-health", { freshMs: HEALTH_CACHE_MS, staleMs: 10 * 60_000 });

/** Every chart's figures. Staff only (checked on every call, before the cache). */
export async function getProgramHealth(): Promise<ProgramHealth> {
  await requireStaff();
  if (process.env.NODE_ENV !== "production") return computeProgramHealth();
  return shared.get(healthWindow().start.toISOString(), computeProgramHealth);
}

async function computeProgramHealth(): Promise<ProgramHealth> {
  const window = healthWindow();
  const [waiting, active, checkIns, ruptures, fitChecks, endings, safety] = await Promise.all([
    waitingSeekers(window),
    activeRelationships(window),
    checkInsKept(window),
    rupturesNamedAndRepaired(window),
    fitCheckAnswers(window),
    endingsByReason(window),
    safetyItems(window),
  ]);
  return { window, waiting, active, checkIns, ruptures, fitChecks, endings, safety };
}
