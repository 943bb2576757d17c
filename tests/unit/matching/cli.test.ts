import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import loadHighs from "highs";

const cwd = path.join(import.meta.dirname, "../../..");
/** Through npm, as a coordinator would type it: stdout must be nothing but the JSON. */
const npm = (...args: string[]) => execFileSync("npm", ["run", ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "pipe"] });

interface RoundOutput {
  objective: number;
  assignments: { seekerId: string; mentorId: string; score: number; reasons: string[] }[];
  candidates: { seekerId: string; mentorId: string; score: number }[];
  mentors: { id: string; capacity: number }[];
}

/** The optimum over the printed candidates, computed independently: the LP of the b-matching (integral: totally unimodular). */
async function optimum(out: RoundOutput, most = false) {
  const highs = await loadHighs();
  const capacity = new Map(out.mentors.map((m) => [m.id, m.capacity]));
  const bySeeker = new Map<string, string[]>();
  const byMentor = new Map<string, string[]>();
  const big = most ? 100 * out.candidates.length + 1 : 0;
  const terms = out.candidates.map((c, i) => {
    (bySeeker.get(c.seekerId) ?? bySeeker.set(c.seekerId, []).get(c.seekerId)!).push(`x${i}`);
    (byMentor.get(c.mentorId) ?? byMentor.set(c.mentorId, []).get(c.mentorId)!).push(`x${i}`);
    return `${c.score + big} x${i}`;
  });
  const rows = [
    ...[...bySeeker.values()].map((xs, i) => ` s${i}: ${xs.join(" + ")} <= 1`),
    ...[...byMentor.entries()].map(([id, xs], i) => ` m${i}: ${xs.join(" + ")} <= ${capacity.get(id) ?? 0}`),
  ];
  const lp = `Maximize\n obj: ${terms.join(" + ")}\nSubject To\n${rows.join("\n")}\nBounds\n${out.candidates.map((_, i) => ` 0 <= x${i} <= 1`).join("\n")}\nEnd\n`;
  const result = highs.solve(lp, { output_flag: false } as never);
  expect(result.Status).toBe("Optimal");
  const pairs = out.candidates.reduce((n, _, i) => n + Math.round((result.Columns as Record<string, { Primal: number }>)[`x${i}`]!.Primal), 0);
  return { objective: Math.round(result.ObjectiveValue - big * pairs), pairs };
}

function feasible(out: RoundOutput) {
  const capacity = new Map(out.mentors.map((m) => [m.id, m.capacity]));
  const candidates = new Map(out.candidates.map((c) => [`${c.seekerId}|${c.mentorId}`, c.score]));
  const load = new Map<string, number>();
  const seekers = new Set<string>();
  for (const a of out.assignments) {
    expect(candidates.get(`${a.seekerId}|${a.mentorId}`)).toBe(a.score);
    expect(seekers.has(a.seekerId)).toBe(false);
    seekers.add(a.seekerId);
    load.set(a.mentorId, (load.get(a.mentorId) ?? 0) + 1);
    expect(a.reasons.length).toBeGreaterThan(0);
  }
  for (const [id, n] of load) expect(n).toBeLessThanOrEqual(capacity.get(id)!);
  expect(out.objective).toBe(out.assignments.reduce((sum, a) => sum + a.score, 0));
}

describe("match:generate → match:round, checked from the outside", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "alongside-match-"));

  it("generates deterministic JSON on stdout", () => {
    const a = npm("match:generate", "--", "--seekers", "400", "--mentors", "100", "--seed", "21", "--capacity", "3");
    expect(npm("match:generate", "--", "--seekers", "400", "--mentors", "100", "--seed", "21", "--capacity", "3")).toBe(a);
    const cohort = JSON.parse(a);
    expect(cohort.seekers).toHaveLength(400);
    writeFileSync(path.join(dir, "cohort.json"), a);
  });

  it("best total fit: feasible, and the objective is the optimum over its own candidates", async () => {
    const stdout = npm("match:round", "--", "--in", path.join(dir, "cohort.json"));
    const out = JSON.parse(stdout) as RoundOutput;
    expect(out.assignments.length).toBeGreaterThan(100);
    feasible(out);
    expect(out.objective).toBe((await optimum(out)).objective);
    expect(npm("match:round", "--", "--in", path.join(dir, "cohort.json"))).toBe(stdout);
  });

  it("most people matched: as many pairs as possible over its candidates", async () => {
    const out = JSON.parse(npm("match:round", "--", "--in", path.join(dir, "cohort.json"), "--mode", "most", "--load-spreading", "2", "--aging", "0.5")) as RoundOutput;
    feasible(out);
    expect(out.assignments.length).toBe((await optimum(out, true)).pairs);
  });

  it("fails with a readable message on bad input", () => {
    writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ format: "alongside-cohort/1", referenceDate: "2026-01-12", seekers: [{ id: "x", cadence: "daily" }], mentors: [] }));
    expect(() => npm("match:round", "--", "--in", path.join(dir, "bad.json"))).toThrow(/seekers\.0/);
    expect(() => npm("match:round", "--", "--in", path.join(dir, "cohort.json"), "--mode", "fastest")).toThrow(/--mode/);
  });
});
