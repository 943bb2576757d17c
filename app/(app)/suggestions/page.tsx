import type { Metadata } from "next";
import Link from "next/link";
import { FriendSuggestionCard, MentorSuggestionCard, SavedMentorCard } from "@/components/matching/suggestion-cards";
import { SuggestionForms } from "@/components/matching/suggestion-forms";
import { buttonClass } from "@/components/ui/button-styles";
import { Notice } from "@/components/ui/notice";
import { getSuggestions, type SavedStatus } from "@/lib/dal/matching/suggestions";
import { takeUnseenOutcomes } from "@/lib/dal/matching/requests";
import { cadenceOptions, labelOf, languageOptions, listenOptions, toneOptions } from "@/lib/profiles/options";
import { getSettings } from "@/lib/dal/staff/settings";

export const metadata: Metadata = { title: "Suggestions" };

/** The line at the top after a relationship closed or a block (the ending and block actions send people here). */
function AfterNotice({ after }: { after: string | undefined }) {
  if (after === "ended") return <Notice tone="success" title="You're not alone in this">Here are people who fit what you asked for.</Notice>;
  if (after === "left-circle") return <Notice tone="success" title="Thank you">Thank you for the time you gave your circle. Here are people and groups who might suit you next — see Circles too.</Notice>;
  if (after === "blocked") return <Notice tone="success" title="Done">You won&apos;t see each other anywhere on Alongside. You can undo this on your Account page.</Notice>;
  return null;
}

const COUNT_WORDS = ["", "One more mentor", "Two more mentors", "Three more mentors", "Four more mentors", "Five more mentors"];

/** A strong fit whose places are spoken for by other people's requests: said in words, never silently left out. */
function HeldNotice({ held }: { held: number }) {
  const who = COUNT_WORDS[held] ?? `${held} more mentors`;
  return (
    <Notice tone="info" title={held === 1 ? "One more may free up" : "More may free up"}>
      {held === 1
        ? `${who} who fits you is being considered by someone else; we'll show them again if they're free.`
        : `${who} who fit you are being considered by other people; we'll show them again if they're free.`}
    </Notice>
  );
}

const SAVED_WORDS: Record<SavedStatus, string> = {
  open: "Has a place: you can ask them now.",
  asked: "You've asked them. Their answer will come to Requests.",
  held: "Being considered by someone else right now. We'll let you know if they're free again.",
  away: "Not taking anyone new right now.",
};

type Ready = Extract<Awaited<ReturnType<typeof getSuggestions>>, { kind: "ready" }>;

/** The seeker's saved mentors, each with where they stand. */
function SavedList({ saved, suggested }: { saved: Ready["saved"]; suggested: Set<string> }) {
  return (
    <section id="saved" aria-labelledby="saved-title" className="flex flex-col gap-4">
      <h2 id="saved-title" className="text-xl font-semibold">
        Saved for later
      </h2>
      <p className="text-muted">Only you can see who you saved.</p>
      <ul className="flex flex-col gap-3">
        {saved.map((m) => (
          <li key={m.id}>
            <SavedMentorCard
              mentor={{ id: m.id, name: m.name, initials: m.initials, standing: SAVED_WORDS[m.status], canAsk: m.status === "open", answersHere: !suggested.has(m.id) }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A suggestion's lines in words, for its card (a client leaf: the page's payload carries these, not the card's markup). */
function mentorView(s: Ready["suggestions"][number]) {
  const places = `${s.freePlaces} of ${s.capacity} ${s.capacity === 1 ? "place" : "places"} free · ${s.cadences.map((c) => labelOf(cadenceOptions, c).toLowerCase()).join(" or ")}`;
  const languages = s.languages.map((l) => labelOf(languageOptions, l as (typeof languageOptions)[number]["value"])).join(", ");
  const about = `Lived experience: ${s.topics.join(", ")} · ${labelOf(listenOptions, s.listenStyle)}, ${labelOf(toneOptions, s.tone).toLowerCase()} · ${languages}`;
  return { id: s.id, name: s.name, initials: s.initials, bestFit: s.bestFit, places, reasons: s.reasons, weakest: s.weakest, intro: s.intro, about, saved: s.saved };
}

export default async function SuggestionsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const [{ after }, result, outcomes, { maxOpenRequests }] = await Promise.all([searchParams, getSuggestions(), takeUnseenOutcomes(), getSettings()]);
  if (result.kind === "profile-needed") {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">Suggestions</h1>
        <AfterNotice after={after} />
        <p>Suggestions come from your needs profile. Finish it and we&apos;ll show you who fits.</p>
        <p>
          <Link href="/onboarding" className={buttonClass()}>
            Continue my needs profile
          </Link>
        </p>
      </div>
    );
  }
  const { suggestions, narrowing, openRequests, friends, held, saved } = result;
  const suggested = new Set(suggestions.map((s) => s.id));
  // Whose cards show each form's answers (a saved mentor who is also suggested answers on the suggestion's card).
  const savedOnly = saved.filter((m) => !suggested.has(m.id));
  const shown = {
    ask: [...suggested, ...savedOnly.filter((m) => m.status === "open").map((m) => m.id), ...friends.map((f) => f.id)],
    save: [...suggested, ...savedOnly.map((m) => m.id)],
    block: [...suggested, ...friends.map((f) => f.id)],
  };
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Suggestions</h1>
      <AfterNotice after={after} />
      {outcomes.map((o) => (
        <Notice key={`${o.toId}-${o.status}`} tone="info" title={o.status === "expired" ? `${o.otherName} didn't answer in time` : `${o.otherName} can't take you on right now`}>
          {o.status === "declined" && o.responseTemplate ? <p>“{o.responseTemplate}”</p> : null}
          {o.responseNote ? <p>“{o.responseNote}”</p> : null}
          <p>It&apos;s not about you. Here are people who fit what you asked for, as of now.</p>
        </Notice>
      ))}
      <p className="text-muted">
        Mentors who fit what you asked for, best first, with why. You can ask up to {maxOpenRequests} at a time
        {openRequests > 0 ? ` (you have ${openRequests} waiting — see Requests)` : ""}.
      </p>
      {suggestions.length === 0 && friends.length === 0 && held === 0 ? (
        <Notice tone="info" title="Nobody fits right now">
          Every mentor who fits you is full right now. New places open often — look again soon.
        </Notice>
      ) : null}
      {held > 0 ? <HeldNotice held={held} /> : null}
      <SuggestionForms shown={shown}>
        <ol className="flex flex-col gap-4">
          {suggestions.map((s) => (
            <li key={s.id}>
              <MentorSuggestionCard mentor={mentorView(s)} />
            </li>
          ))}
        </ol>
        {saved.length > 0 ? <SavedList saved={saved} suggested={suggested} /> : null}
        {friends.length > 0 ? (
          <section aria-labelledby="friends" className="flex flex-col gap-4">
            <h2 id="friends" className="text-xl font-semibold">
              Peer friends
            </h2>
            <p className="text-muted">People in the same place as you, for support that goes both ways. A friendship starts when you both say yes.</p>
            <ol className="flex flex-col gap-4">
              {friends.map((f) => (
                <li key={f.id}>
                  <FriendSuggestionCard friend={{ id: f.id, name: f.name, initials: f.initials, reasons: f.reasons }} />
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </SuggestionForms>
      {narrowing.length > 0 ? (
        <section aria-labelledby="narrowing" className="rounded-xl border border-line bg-surface p-5">
          <h2 id="narrowing" className="text-lg font-semibold">
            Few suggestions? What narrows them most
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {narrowing.map((n) => (
              <li key={n.words}>
                {n.words}: relaxing it alone would let {n.mentors} more {n.mentors === 1 ? "mentor" : "mentors"} in.{" "}
                <Link href={`/profile/edit/${n.section}`} className="underline">
                  Change it
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-muted">Only change what you&apos;re comfortable with: your settings are there to protect you.</p>
        </section>
      ) : null}
    </div>
  );
}
