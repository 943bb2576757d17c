import "server-only";
import { now } from "@/lib/clock";
import { runCheckInSweep } from "./nudges";
import { finishPlannedEndings } from "./relationships";

/** Everything the scheduler does on each tick, in order. Each part is safe to run on several instances at once. */
export async function runSweeps() {
  const at = now();
  await runCheckInSweep({ now: at });
  await finishPlannedEndings({ now: at });
}
