/**
 * Background work on a timer inside each app instance: the check-in sweep
 * (settling slots, reminders, missed-check-in notes) and planned endings.
 * Every instance runs the timer; correctness does not depend on how many do:
 * the sweep takes a PostgreSQL advisory lock (one instance at a time) and every
 * notification has a unique dedupe key (one email, however often it runs).
 * SWEEP_INTERVAL_SECONDS=0 turns it off (e.g. for an instance that only serves
 * pages while a separate worker runs the sweeps).
 */
import { env } from "@/lib/env";
import { log } from "@/lib/log";

const globalForScheduler = globalThis as unknown as { __alongsideScheduler?: NodeJS.Timeout };

export function startScheduler(run: () => Promise<void>) {
  const seconds = env().sweepIntervalSeconds;
  if (seconds === 0 || globalForScheduler.__alongsideScheduler) return;
  let running = false;
  const tick = async () => {
    if (running) return; // a slow sweep is never overlapped by the next tick
    running = true;
    try {
      await run();
    } catch (error) {
      // Names only: a sweep touches people's relationships, and their words never go to logs.
      log.error("scheduler.sweep_failed", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, seconds * 1000);
  timer.unref(); // never keeps the process alive on shutdown
  globalForScheduler.__alongsideScheduler = timer;
  void tick();
}
