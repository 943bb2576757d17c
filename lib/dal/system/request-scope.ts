import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { inTransaction } from "@/db/client";

/**
 * Reads that many parts of one request need (the viewer, the relationship
 * and its people's time zones, the check-in view) are made once per request
 * and shared. While a page renders, React's `cache` gives each request its
 * own memo; outside a render (server actions, the sweep, scripts) React's
 * cache memoizes nothing, so every call reads afresh. Tests run a "request"
 * with withRequestScope() to see the same sharing a render gets.
 *
 * Inside transaction() nothing is shared: a write reads through its own
 * transaction, after its locks, and never sees a value read before them.
 */
type Memo = Map<string, Promise<unknown>>;

const renderMemo = cache((): Memo => new Map());
const globalForScope = globalThis as unknown as { __alongsideRequestScope?: AsyncLocalStorage<Memo> };
const explicitScope = (globalForScope.__alongsideRequestScope ??= new AsyncLocalStorage<Memo>());

/** Runs fn as one request: memoized reads inside it are made once. */
export function withRequestScope<T>(fn: () => Promise<T>): Promise<T> {
  return explicitScope.run(new Map(), fn);
}

/** A per-request read that another read can also answer (see `prime`). */
export type PerRequest<A extends string[], T> = ((...args: A) => Promise<T>) & {
  /** Gives the answer for these arguments, found by a wider read of the same request, so it is not read again. */
  prime: (value: T, ...args: A) => void;
};

/** fn, made once per request for the same arguments (see above). Arguments are strings: the memo's key. */
export function perRequest<A extends string[], T>(name: string, fn: (...args: A) => Promise<T>): PerRequest<A, T> {
  const keyOf = (args: A) => [name, ...args].join("\u0000");
  const read = (...args: A) => {
    if (inTransaction()) return fn(...args);
    const memo = explicitScope.getStore() ?? renderMemo();
    const key = keyOf(args);
    let hit = memo.get(key) as Promise<T> | undefined;
    if (!hit) {
      // Promise.resolve: a drizzle query is a lazy thenable that would run again on every await; this keeps its one result.
      hit = Promise.resolve(fn(...args));
      memo.set(key, hit);
    }
    return hit;
  };
  const prime = (value: T, ...args: A) => {
    if (inTransaction()) return;
    const memo = explicitScope.getStore() ?? renderMemo();
    const key = keyOf(args);
    if (!memo.has(key)) memo.set(key, Promise.resolve(value));
  };
  return Object.assign(read, { prime });
}

/** After a write inside a request (a planned ending finished as the page opened), later reads in it read afresh. */
export function forgetRequestReads() {
  if (inTransaction()) return;
  (explicitScope.getStore() ?? renderMemo()).clear();
}
