import Link from "next/link";
import { RegionLines } from "@/components/thread/safety-notes";
import type { CrisisRegion } from "@/lib/safety/crisis-resources";

/**
 * Crisis lines for the writer's region, with plain words. Used before posting
 * (while typing), right after a crisis post is held, and beside a post with
 * concern words. Browser-safe: no server code.
 */
export function CrisisLines({ level, region, held }: { level: "concern" | "crisis"; region: CrisisRegion | undefined; held?: boolean }) {
  return (
    <aside aria-label="Support for you" className="flex flex-col gap-2 rounded-lg border-l-4 border-help bg-help-soft p-4 text-sm">
      <p className="font-semibold">{level === "crisis" ? "You matter, and you don't have to carry this alone." : "It sounds like a lot to carry."}</p>
      {held ? (
        <p>
          Your post reached our moderators. It isn&apos;t shown in the space for now: a moderator will read it and write to you here, on Alongside. Nobody here
          is watching around the clock, so if you might act on these thoughts, or you are in danger, please reach someone who is there right now:
        </p>
      ) : level === "crisis" ? (
        <p>Before you post: if you might act on these thoughts, or you are in danger, there are people you can reach right now:</p>
      ) : (
        <p>If it gets too heavy, there are people to talk to day and night:</p>
      )}
      <RegionLines region={region} />
      <p>
        <Link href="/get-help" className="font-semibold text-help underline">
          {region ? "Helplines in other places" : "Find a helpline near you"}
        </Link>
      </p>
    </aside>
  );
}
