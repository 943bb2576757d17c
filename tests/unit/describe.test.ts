import { describe, expect, it } from "vitest";
import { describeWindows, joinWords } from "@/lib/profiles/describe";

describe("describing a profile in words", () => {
  it("groups windows by day, in week order", () => {
    expect(describeWindows(["sat-afternoon", "tue-evening", "sat-morning"])).toBe("Tuesday evening, Saturday morning and afternoon");
    expect(describeWindows([])).toBe("");
  });
  it("joins words the way people write lists", () => {
    expect(joinWords(["a"])).toBe("a");
    expect(joinWords(["a", "b"])).toBe("a and b");
    expect(joinWords(["a", "b", "c"])).toBe("a, b and c");
  });
});
