import Link from "next/link";
import { timezoneOf, type RelationshipAccess } from "@/lib/dal/relationship/access";
import { foldSummaries } from "@/lib/dal/relationship/fold-summaries";
import { ruptureState } from "@/lib/dal/relationship/ruptures";
import { NameRuptureForm } from "./name-rupture-form";
import { OpenRupture } from "./open-rupture";
import { Fold } from "@/components/relationship/fold";
import { dateFormat } from "@/lib/time/format";

/**
 * Rupture and repair on the relationship page (anchor #repair, where the
 * gentle notice points). Separate from reporting and blocking on purpose:
 * this is for working something through together.
 */
export async function RuptureSection({ access, open }: { access: RelationshipAccess; open: boolean }) {
  const summary = (await foldSummaries(access.id)).repair;
  if (access.status !== "active" && summary.repairs === 0) return null;
  const hint = summary.open
    ? "Something is being talked through"
    : summary.repairs > 0
      ? `Worked through together: ${summary.repairs}`
      : "When something didn't sit right";
  return (
    <Fold id="repair" heading="Working things through" hint={hint} attention={summary.open}>
      {summary.open || open ? <RuptureContent access={access} /> : null}
    </Fold>
  );
}

/** The open rupture with both people's words (opened here), the record of repairs, and the way to name one. */
async function RuptureContent({ access }: { access: RelationshipAccess }) {
  const [state, zone] = await Promise.all([ruptureState(access.id), timezoneOf(access.viewer.id)]);
  const day = (d: Date) => dateFormat({ day: "numeric", month: "long", timeZone: zone }).format(d);
  return (
    <>
      {state.open ? <OpenRupture view={state.open} relationshipId={access.id} otherName={access.otherName} namedOn={day(state.open.openedAt)} /> : null}
      {state.repairs > 0 && state.lastRepairedAt ? (
        <p className="rounded-lg bg-brand-soft p-3 text-sm">
          You&apos;ve worked through {state.repairs === 1 ? "something" : `${state.repairs} things`} together, most recently on{" "}
          {day(state.lastRepairedAt)}. Repairing is one of the strengths of a relationship.
        </p>
      ) : null}
      {state.canName ? (
        <>
          <p className="text-sm text-muted">
            If something in a conversation didn&apos;t sit right, you can say so here and work it through together. This is not a report and
            not a block, and nobody gets into trouble. Reporting and blocking stay separate, for when you feel unsafe; if you are in danger,{" "}
            <Link href="/get-help" className="underline">
              get help now
            </Link>
            .
          </p>
          <NameRuptureForm relationshipId={access.id} otherName={access.otherName} />
        </>
      ) : null}
    </>
  );
}
