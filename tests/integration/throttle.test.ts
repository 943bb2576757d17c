import { describe, expect, it } from "vitest";
import { consumeAttempt, clearAttempts, type ThrottleRule } from "@/lib/dal/account/throttle";
import { ThrottledError } from "@/lib/errors";

const rule = (name: string, limit: number, windowSeconds = 900): ThrottleRule => ({ name, limit, windowSeconds });

describe("database-backed throttling", () => {
  it("lets exactly `limit` of a parallel burst through", async () => {
    const r = rule(`burst-${Math.random()}`, 5);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => consumeAttempt(r, "someone")));
    expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(5);
    const refused = results.filter((x): x is PromiseRejectedResult => x.status === "rejected");
    expect(refused.every((x) => x.reason instanceof ThrottledError)).toBe(true);
    expect((refused[0]!.reason as ThrottledError).message).toMatch(/wait 15 minutes/);
  });

  it("counts subjects separately and starts over after a clear", async () => {
    const r = rule(`separate-${Math.random()}`, 1);
    await consumeAttempt(r, "a");
    await consumeAttempt(r, "b");
    await expect(consumeAttempt(r, "a")).rejects.toBeInstanceOf(ThrottledError);
    await clearAttempts(r, "a");
    await expect(consumeAttempt(r, "a")).resolves.toBeUndefined();
  });

  it("opens a new window once the old one has passed", async () => {
    const r = rule(`window-${Math.random()}`, 1, 1);
    await consumeAttempt(r, "x");
    await expect(consumeAttempt(r, "x")).rejects.toBeInstanceOf(ThrottledError);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(consumeAttempt(r, "x")).resolves.toBeUndefined();
  });
});
