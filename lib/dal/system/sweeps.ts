import "server-only";
import { now } from "@/lib/clock";
import { runCheckInSweep } from "@/lib/dal/relationship/nudges";
import { finishPlannedEndings } from "@/lib/dal/relationship/lifecycle";
import { sweepCircles } from "@/lib/dal/circle/sweep";

/** Everything the scheduler does on each tick, in order. Each part is safe to run on several instances at once. */
export async function runSweeps() {
  const at = now();
  await runCheckInSweep({ now: at });
  await finishPlannedEndings({ now: at });
  await sweepCircles({ now: at });
}
