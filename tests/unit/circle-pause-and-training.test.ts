import { describe, expect, it } from "vitest";
import { circleTrainingQuestions, gradeCircleTraining, pauseCoverNotice, sessionsDuringPause, sessionWindow, type CircleRhythm } from "@/lib/circles";

const rhythm: CircleRhythm = { cadence: "weekly", day: "tue", startMinute: 19 * 60, durationMinutes: 90, timezone: "Europe/London", startsOn: "2026-03-03", lengthSessions: 4 };

describe("which sessions a facilitator's pause covers", () => {
  const before = new Date("2026-03-01T12:00:00Z");

  it("none when the pause ends before the first session, or falls between two", () => {
    expect(sessionsDuringPause(rhythm, before, "2026-03-03", "Europe/London")).toEqual([]);
    // After session 1 (3 March) and back on 10 March, the day of session 2: a pause ends on its return date.
    expect(sessionsDuringPause(rhythm, new Date("2026-03-04T09:00:00Z"), "2026-03-10", "Europe/London")).toEqual([]);
  });

  it("every session not yet over that starts before the return day, within the circle's length", () => {
    expect(sessionsDuringPause(rhythm, before, "2026-03-04", "Europe/London").map((w) => w.number)).toEqual([1]);
    expect(sessionsDuringPause(rhythm, before, "2026-03-11", "Europe/London").map((w) => w.number)).toEqual([1, 2]);
    expect(sessionsDuringPause(rhythm, before, "2026-09-01", "Europe/London").map((w) => w.number)).toEqual([1, 2, 3, 4]);
    // During session 1 it still counts (it isn't over); once it is, only the later ones do.
    expect(sessionsDuringPause(rhythm, new Date(sessionWindow(rhythm, 1).startsAt.getTime() + 60_000), "2026-03-11", "Europe/London").map((w) => w.number)).toEqual([1, 2]);
    expect(sessionsDuringPause(rhythm, sessionWindow(rhythm, 1).endsAt, "2026-03-11", "Europe/London").map((w) => w.number)).toEqual([2]);
  });

  it("the return day begins at midnight in the facilitator's own zone", () => {
    // Session 1 is 19:00 London on 3 March (19:00 UTC). Back on 4 March in London: it falls in the pause.
    expect(sessionsDuringPause(rhythm, before, "2026-03-04", "Europe/London").map((w) => w.number)).toEqual([1]);
    // In Sydney, 4 March begins at 13:00 UTC on the 3rd — before the session starts: none is covered.
    expect(sessionsDuringPause(rhythm, before, "2026-03-04", "Australia/Sydney")).toEqual([]);
    // In Los Angeles, back on 3 March (from 08:00 UTC) is before it too; back on the 4th is after.
    expect(sessionsDuringPause(rhythm, before, "2026-03-03", "America/Los_Angeles")).toEqual([]);
    expect(sessionsDuringPause(rhythm, before, "2026-03-04", "America/Los_Angeles").map((w) => w.number)).toEqual([1]);
  });
});

describe("what a facilitator reads before pausing", () => {
  it("names the circles, the day, what happens, and that coming back early is fine", () => {
    expect(pauseCoverNotice([{ title: "Tuesday evenings", sessions: 1 }], "Tuesday 10 March 2026")).toBe(
      "You facilitate “Tuesday evenings”; pausing until Tuesday 10 March 2026 asks moderators to find cover, and members will be told. One session falls in that time. If you come back before anyone is found, you can take it back from its page; if someone has taken it on by then, that stands.",
    );
    const two = pauseCoverNotice(
      [
        { title: "Grief", sessions: 2 },
        { title: "Moving", sessions: 1 },
      ],
      "Friday 1 May 2026",
    );
    expect(two).toMatch(/^You facilitate “Grief” and “Moving”; pausing until Friday 1 May 2026/);
    expect(two).toContain("3 sessions fall in that time.");
    expect(two).toContain("take them back from their page");
  });
});

describe("the facilitation module's grade (the mentor module's pass rule)", () => {
  const right = Object.fromEntries(circleTrainingQuestions.map((q) => [q.id, q.options.find((o) => o.correct)!.id]));
  const wrong = (id: string) => circleTrainingQuestions.find((q) => q.id === id)!.options.find((o) => !o.correct)!.id;

  it("passes with every answer right, and with a different answer on a question that is not safety-critical", () => {
    expect(gradeCircleTraining(right)).toMatchObject({ passed: true, total: 4, answered: 4, correct: 4, needsAnotherLook: [] });
    expect(gradeCircleTraining({ ...right, "two-clash": wrong("two-clash") })).toMatchObject({ passed: true, correct: 3 });
  });

  it("asks for another look at a safety-critical answer that isn't right, or a question left out", () => {
    expect(gradeCircleTraining({ ...right, "crisis-in-group": wrong("crisis-in-group") })).toMatchObject({ passed: false, needsAnotherLook: ["crisis-in-group"] });
    expect(gradeCircleTraining({ ...right, "goes-quiet": undefined })).toMatchObject({ passed: false, answered: 3, needsAnotherLook: ["goes-quiet"] });
  });
});
