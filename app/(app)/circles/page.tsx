import type { Metadata } from "next";
import Link from "next/link";
import { CircleActionForm } from "@/components/circle/action-form";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { askToJoinAction } from "@/lib/actions/circle/circles";
import { amILookingForCircle, myCircles, myFacilitation, suggestedCircles } from "@/lib/dal/circle/circles";
import { circlesWaitingForMe } from "@/lib/dal/circle/facilitation";

export const metadata: Metadata = { title: "Circles" };

/** Circles: the ones you're in, "a small group" on or off, circles you could ask to join, and holding one as a mentor. */
export default async function CirclesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [mine, looking, suggestions, facilitation, waitingForMe] = await Promise.all([myCircles(), amILookingForCircle(), suggestedCircles(), myFacilitation(), circlesWaitingForMe()]);
  const { after } = await searchParams;
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">Circles</h1>
        {after === "replaced" ? (
          <p role="status" className="rounded-lg border border-brand p-3">
            You&apos;ve left that circle and you&apos;re waiting for another, marked for priority. You can also ask to join one of the circles below right away. Nobody in the old circle was told why.
          </p>
        ) : null}
        <p>A circle is a small, steady group — four to six people and a mentor who holds it — meeting on an agreed rhythm for a set number of sessions.</p>
      </header>
      {after === "stepped-back" ? (
        <Notice tone="success" title="Thank you">
          Thank you for holding the circle as long as you did. Its members have been told kindly, and moderators are finding someone to carry on with them.
        </Notice>
      ) : null}

      <section aria-labelledby="mine-heading" className="flex flex-col gap-3">
        <h2 id="mine-heading" className="text-xl font-semibold">
          Your circles
        </h2>
        {mine.length === 0 && waitingForMe.length === 0 ? <p>You&apos;re not in a circle yet.</p> : null}
        <ul className="flex flex-col gap-2">
          {mine.map((c) => (
            <li key={c.id} className="rounded-lg border border-line p-3">
              <Link href={`/circles/${c.id}`} className="font-semibold underline">
                {c.title}
              </Link>
              <p className="text-sm text-muted">
                {c.role === "facilitator" ? "You hold this circle" : "You're a member"} · {c.when} your time
                {c.status === "proposed" ? " · waiting to fill" : ""}
              </p>
            </li>
          ))}
          {waitingForMe.map((c) => (
            <li key={c.id} className="rounded-lg border border-line p-3">
              <Link href={`/circles/${c.id}`} className="font-semibold underline">
                {c.title}
              </Link>
              <p className="text-sm text-muted">Waiting for cover since your pause · you can take it back once your pause is over</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="group-heading" className="flex flex-col gap-3">
        <h2 id="group-heading" className="text-xl font-semibold">
          A small group
        </h2>
        <p>{looking ? "You're waiting for a circle. The next circle round will look for one that fits your topics, times and languages." : "Would a small group help? We'll use the topics, times, languages and style in your needs profile."}</p>
        <p>
          <Link href="/profile/edit/looking-for" className={buttonClass(looking ? "secondary" : "primary")}>
            {looking ? "Change what you're looking for" : "Look for a small group"}
          </Link>
        </p>
      </section>

      <section aria-labelledby="suggested-heading" className="flex flex-col gap-3">
        <h2 id="suggested-heading" className="text-xl font-semibold">
          Circles that could suit you
        </h2>
        {suggestions.length === 0 ? <p>No circle with a free seat fits your times and languages right now. New ones are proposed often.</p> : null}
        <ul className="flex flex-col gap-3">
          {suggestions.map((s) => (
            <li key={s.id} className="flex flex-col gap-2 rounded-lg border border-line p-3">
              <h3 className="font-semibold">{s.title}</h3>
              <ul className="list-disc pl-5 text-sm">
                {s.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              {s.requested ? <p className="text-sm">You&apos;ve asked to join; the facilitator will answer soon.</p> : <CircleActionForm action={askToJoinAction} hidden={{ circleId: s.id }} submit="Ask to join" tone="secondary" label={`Ask to join ${s.title}`} />}
            </li>
          ))}
        </ul>
      </section>

      {facilitation.kind !== "not-mentor" ? (
        <section aria-labelledby="hold-heading" className="flex flex-col gap-3">
          <h2 id="hold-heading" className="text-xl font-semibold">
            Hold a circle
          </h2>
          {facilitation.kind === "training" ? (
            <>
              <p>Before proposing a circle, take the short facilitation module: four group situations, with feedback on each answer.</p>
              <p>
                <Link href="/circles/training" className={buttonClass()}>
                  Take the facilitation module
                </Link>
              </p>
            </>
          ) : (
            <p>
              <Link href="/circles/new" className={buttonClass()}>
                Propose a circle
              </Link>
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
