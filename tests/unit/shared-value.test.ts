import { afterEach, describe, expect, it, vi } from "vitest";
import { sharedValue } from "@/lib/dal/system/shared-value";

/** A computation the test finishes by hand, counting how many were started. */
function gate() {
  let started = 0;
  const waiting: ((value: number) => void)[] = [];
  return {
    compute: () => {
      started++;
      return new Promise<number>((resolve) => waiting.push(resolve));
    },
    finish: (value: number) => waiting.shift()!(value),
    get started() {
      return started;
    },
  };
}

let names = 0;
const fresh = () => `test-${names++}`;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("sharedValue", () => {
  it("runs one computation for requests that arrive while it is under way", async () => {
    const shared = sharedValue<number>(fresh(), { freshMs: 1000, staleMs: 5000 });
    const g = gate();
    const all = Promise.all(Array.from({ length: 10 }, () => shared.get("k", g.compute)));
    expect(g.started).toBe(1);
    g.finish(7);
    expect(await all).toEqual(Array(10).fill(7));
    // Fresh: answered without computing again.
    expect(await shared.get("k", g.compute)).toBe(7);
    expect(g.started).toBe(1);
  });

  it("in production answers a stale value at once and refreshes it once in the background", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.useFakeTimers({ toFake: ["performance"] });
    const shared = sharedValue<number>(fresh(), { freshMs: 1000, staleMs: 5000 });
    const g = gate();
    const first = shared.get("k", g.compute);
    g.finish(1);
    expect(await first).toBe(1);

    vi.advanceTimersByTime(2000); // stale, not too old
    expect(await shared.get("k", g.compute)).toBe(1);
    expect(await shared.get("k", g.compute)).toBe(1);
    expect(g.started).toBe(2); // one refresh for both
    g.finish(2);
    await vi.waitFor(async () => expect(await shared.get("k", g.compute)).toBe(2));
    expect(g.started).toBe(2);

    vi.advanceTimersByTime(10_000); // too old to show: the request waits
    const waited = shared.get("k", g.compute);
    g.finish(3);
    expect(await waited).toBe(3);
  });

  it("outside production an expired value is computed again while the request waits", async () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const shared = sharedValue<number>(fresh(), { freshMs: 1000, staleMs: 5000 });
    const g = gate();
    const first = shared.get("k", g.compute);
    g.finish(1);
    await first;
    vi.advanceTimersByTime(2000);
    const second = shared.get("k", g.compute);
    g.finish(2);
    expect(await second).toBe(2);
  });

  it("a new key is computed while the request waits", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const shared = sharedValue<number>(fresh(), { freshMs: 1000, staleMs: 5000 });
    const g = gate();
    const first = shared.get("monday", g.compute);
    g.finish(1);
    await first;
    const next = shared.get("tuesday", g.compute);
    g.finish(2);
    expect(await next).toBe(2);
  });

  it("after invalidate, the next request waits for a fresh value and a computation begun before the write is not kept", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const shared = sharedValue<number>(fresh(), { freshMs: 1000, staleMs: 5000 });
    const g = gate();
    const before = shared.get("k", g.compute);
    shared.invalidate(); // a write lands while the first computation runs
    const after = shared.get("k", g.compute);
    expect(g.started).toBe(2);
    g.finish(1); // the one begun before the write
    g.finish(2);
    expect(await before).toBe(1);
    expect(await after).toBe(2);
    expect(await shared.get("k", g.compute)).toBe(2);
    expect(g.started).toBe(2);
  });

  it("a failed computation is not kept: the next request tries again", async () => {
    const shared = sharedValue<number>(fresh(), { freshMs: 1000, staleMs: 5000 });
    await expect(shared.get("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await shared.get("k", () => Promise.resolve(5))).toBe(5);
  });
});
