import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { pulses } from "@/db/schema";
import { now } from "@/lib/clock";
import { loadMentors, loadMentorSignals } from "@/lib/dal/matching/pool";
import { invalidateMentorPool, mentorPool } from "@/lib/dal/matching/mentor-pool";
import { answerPulse } from "@/lib/dal/relationship/pulse";
import { keptRate, notJudgedRate, platformPriors } from "@/lib/matching/signals";
import { approvedMentor, checkIn, friendship, mentorship } from "../support/care";
import { actAs } from "../support/factories";

vi.mock("@/lib/dal/account/session", () => ({ readSession: vi.fn() }));

const DAY = 86_400_000;

describe("learned signals: a mentor's kept check-ins and 'not judged' pulses feed matching", () => {
  it("counts the last 90 days of the mentor's mentorships: kept of kept + missed, excused left out, and pulses about them", async () => {
    const mentor = await approvedMentor();
    const newcomer = await approvedMentor();
    const first = await mentorship(mentor);
    const second = await mentorship(mentor);

    const kept = [await checkIn(first.relationshipId, "kept", 3), await checkIn(first.relationshipId, "kept", 10), await checkIn(second.relationshipId, "kept", 2)];
    await checkIn(second.relationshipId, "missed", 9);
    await checkIn(first.relationshipId, "excused", 17);
    await checkIn(first.relationshipId, "scheduled", 0.1);
    await checkIn(first.relationshipId, "kept", 120); // too long ago
    await checkIn(first.relationshipId, "missed", 100); // too long ago
    // A friendship's check-ins say nothing about a mentor.
    const friends = await friendship();
    await checkIn(friends.relationshipId, "missed", 1);

    // Pulses, through the seekers' own answers: two "not judged", one "judged".
    await actAs(first.seeker);
    await answerPulse({ relationshipId: first.relationshipId, checkInId: kept[0], feltUnderstood: "yes", feltJudged: "no" });
    await answerPulse({ relationshipId: first.relationshipId, checkInId: kept[1], feltUnderstood: "partly", feltJudged: "yes" });
    await actAs(second.seeker);
    await answerPulse({ relationshipId: second.relationshipId, checkInId: kept[2], feltUnderstood: "yes", feltJudged: "no" });
    // An answer older than 90 days no longer counts.
    const old = await checkIn(second.relationshipId, "kept", 95);
    await db().insert(pulses).values({
      checkInId: old,
      relationshipId: second.relationshipId,
      seekerId: second.seeker.id,
      mentorId: mentor.id,
      feltUnderstood: "no",
      feltJudged: true,
      createdAt: new Date(now().getTime() - 95 * DAY),
    });

    const expected = { keptCheckIns: 3, scheduledCheckIns: 4, notJudgedYes: 2, pulseAnswers: 3 };
    const signals = await loadMentorSignals([mentor.id, newcomer.id]);
    expect(signals.get(mentor.id)).toEqual(expected);
    expect(signals.has(newcomer.id)).toBe(false);

    const mentors = await loadMentors({ userIds: [mentor.id, newcomer.id] });
    expect(mentors.find((m) => m.id === mentor.id)?.signals).toEqual(expected);
    expect(mentors.find((m) => m.id === newcomer.id)?.signals).toEqual({ keptCheckIns: 0, scheduledCheckIns: 0, notJudgedYes: 0, pulseAnswers: 0 });

    // The cached pool suggestions rank from carries the same numbers.
    invalidateMentorPool();
    const pool = await mentorPool();
    expect(pool.mentors.find((m) => m.id === mentor.id)?.signals).toEqual(expected);

    // And they move the engine's rates: a newcomer gets exactly the platform average.
    const priors = platformPriors(pool.mentors);
    const newcomerInPool = pool.mentors.find((m) => m.id === newcomer.id);
    expect(keptRate(newcomerInPool?.signals, priors)).toBeCloseTo(priors.keptRate);
    expect(notJudgedRate(newcomerInPool?.signals, priors)).toBeCloseTo(priors.notJudgedRate);
  });

  it("a mentor who keeps every check-in and is never felt as judging rates above one who misses them", async () => {
    const steady = await approvedMentor();
    const patchy = await approvedMentor();
    const a = await mentorship(steady);
    const b = await mentorship(patchy);
    for (let i = 1; i <= 8; i++) {
      const id = await checkIn(a.relationshipId, "kept", i * 7);
      await actAs(a.seeker);
      if (i <= 2) await answerPulse({ relationshipId: a.relationshipId, checkInId: id, feltUnderstood: "yes", feltJudged: "no" });
      await checkIn(b.relationshipId, i % 2 ? "kept" : "missed", i * 7);
    }
    const mentors = await loadMentors({ userIds: [steady.id, patchy.id] });
    const get = (id: string) => mentors.find((m) => m.id === id)!.signals!;
    expect(get(steady.id)).toMatchObject({ keptCheckIns: 8, scheduledCheckIns: 8, notJudgedYes: 2, pulseAnswers: 2 });
    expect(get(patchy.id)).toMatchObject({ keptCheckIns: 4, scheduledCheckIns: 8, pulseAnswers: 0 });
    const priors = { keptRate: 0.85, notJudgedRate: 0.9 };
    expect(keptRate(get(steady.id), priors)).toBeGreaterThan(keptRate(get(patchy.id), priors));
  });
});
