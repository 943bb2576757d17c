import "server-only";
import { outsideTransaction } from "@/db/client";
import { log } from "@/lib/log";

/**
 * A value one instance computes now and then and shares between all its
 * requests (the mentor pool, congestion prices, program health), because
 * computing it per request would cost far more than the page around it.
 *
 * - One computation at a time: requests that arrive while it runs wait for
 *   that one, instead of each starting its own (ten requests landing on an
 *   expired pool used to load 25,000 mentors ten times over).
 * - In a production build, once a value exists, a stale one (older than
 *   `freshMs`, younger than `staleMs`) is answered at once while its
 *   replacement is computed in the background: no request after the first
 *   waits for a recomputation. Older than `staleMs`, or under another key
 *   (a new day, a new week), it is computed while the request waits.
 *   Elsewhere (development, tests) an expired value is always waited for.
 * - invalidate() after a write that makes the value wrong: the next request
 *   waits for a fresh one, and a computation already under way when the
 *   write happened is not kept.
 *
 * Kept on globalThis: Next evaluates a module several times in one process.
 */
export interface SharedValue<T> {
  get(key: string, compute: () => Promise<T>): Promise<T>;
  invalidate(): void;
}

interface State<T> {
  entry?: { key: string; value: T; at: number };
  pending?: { key: string; promise: Promise<T> };
  generation: number;
}

const globalForShared = globalThis as unknown as { __alongsideShared?: Map<string, State<unknown>> };

export function sharedValue<T>(name: string, options: { freshMs: number; staleMs: number }): SharedValue<T> {
  const states = (globalForShared.__alongsideShared ??= new Map());
  const state = () => {
    let s = states.get(name) as State<T> | undefined;
    if (!s) states.set(name, (s = { generation: 0 }));
    return s;
  };

  function load(key: string, compute: () => Promise<T>): Promise<T> {
    const s = state();
    if (s.pending?.key === key) return s.pending.promise;
    const generation = s.generation;
    const promise = compute()
      .then((value) => {
        // A write since this began (invalidate) means it may hold what the write changed: hand it to those waiting, keep nothing.
        if (state().generation === generation) state().entry = { key, value, at: performance.now() };
        return value;
      })
      .finally(() => {
        if (state().pending?.promise === promise) state().pending = undefined;
      });
    s.pending = { key, promise };
    return promise;
  }

  return {
    get(key, compute) {
      const { entry } = state();
      if (entry && entry.key === key) {
        const age = performance.now() - entry.at;
        if (age < options.freshMs) return Promise.resolve(entry.value);
        if (process.env.NODE_ENV === "production" && age < options.staleMs) {
          // Outlives this request, so never on its transaction (which may have ended by the time it runs).
          load(key, () => outsideTransaction(compute)).catch((error) => log.error("shared_value.refresh_failed", error, { scope: name }));
          return Promise.resolve(entry.value);
        }
      }
      return load(key, compute);
    },
    invalidate() {
      const s = state();
      s.entry = undefined;
      s.pending = undefined;
      s.generation++;
    },
  };
}
