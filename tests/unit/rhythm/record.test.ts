import { describe, expect, it } from "vitest";
import { consistencyRecord, missedInARow } from "@/lib/rhythm";

describe("consistencyRecord", () => {
  it("counts kept out of kept + missed, with excused beside it", () => {
    const statuses = [...Array<"kept">(11).fill("kept"), "missed", "excused", "open", "upcoming"] as const;
    expect(consistencyRecord([...statuses])).toEqual({ kept: 11, missed: 1, excused: 1, counted: 12, sentence: "Kept 11 of 12 check-ins · 1 excused" });
    expect(consistencyRecord(["kept", "missed", "kept"]).sentence).toBe("Kept 2 of 3 check-ins");
    expect(consistencyRecord(["kept"]).sentence).toBe("Kept 1 of 1 check-in");
  });

  it("says so plainly when nothing has counted yet", () => {
    expect(consistencyRecord([]).sentence).toBe("No check-ins yet");
    expect(consistencyRecord(["open", "upcoming"])).toMatchObject({ counted: 0, sentence: "No check-ins yet" });
    expect(consistencyRecord(["excused", "excused", "upcoming"])).toMatchObject({ counted: 0, excused: 2, sentence: "No check-ins yet · 2 excused" });
  });
});

describe("missedInARow", () => {
  it.each([
    [[], 0],
    [["kept"], 0],
    [["kept", "missed"], 1],
    [["missed", "kept", "missed", "missed"], 2],
    [["kept", "missed", "excused", "missed"], 2], // excused neither breaks nor extends the run
    [["kept", "missed", "missed", "open", "upcoming"], 2], // not yet settled: ignored
    [["missed", "missed", "excused", "excused"], 2],
    [["excused"], 0],
    [["missed", "kept", "excused", "upcoming"], 0],
  ] as const)("%j → %i", (statuses, run) => {
    expect(missedInARow([...statuses])).toBe(run);
  });
});
