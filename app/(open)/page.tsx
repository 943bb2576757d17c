import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";

// Prerendered at build time and served by hash-based CSP (lib/security/static-pages.ts): the build fails
// if anything here starts reading the request.
export const dynamic = "error";

export default function LandingPage() {
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="hero" className="flex flex-col gap-4">
        <h1 id="hero" className="text-3xl font-bold leading-tight sm:text-4xl">
          Someone steady, who shows up again next week.
        </h1>
        <p className="text-lg text-muted">
          Alongside matches you with a volunteer peer mentor or a peer friend who has walked a similar road — grief, a
          move, loneliness, recovery, illness, a new chapter. You agree on a rhythm of check-ins and keep a private
          thread together, for as long as it helps.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className={buttonClass("primary")}>
            Find someone to walk alongside you
          </Link>
          <Link href="/sign-up?intent=volunteer" className={buttonClass("secondary")}>
            Volunteer as a mentor
          </Link>
        </div>
      </section>

      <section aria-labelledby="what" className="grid gap-4 sm:grid-cols-3">
        <h2 id="what" className="sr-only">
          What Alongside gives you
        </h2>
        {[
          ["Matched with care", "You say what you need in your own words; we explain why each person is suggested."],
          ["Consistency first", "An agreed rhythm, a nudge before a check-in, and a shared record of showing up."],
          ["Safe to be honest", "Vetted volunteers who pledge not to judge, real blocking, and moderators who watch over it all."],
        ].map(([title, text]) => (
          <div key={title} className="rounded-xl border border-line bg-surface p-4">
            <h3 className="font-semibold">{title}</h3>
            <p className="mt-1 text-muted">{text}</p>
          </div>
        ))}
      </section>

      <section aria-labelledby="not" className="rounded-xl border border-line bg-surface p-5">
        <h2 id="not" className="text-xl font-semibold">
          What Alongside is not
        </h2>
        <ul className="mt-2 list-disc pl-5 text-muted">
          <li>It is not therapy. Mentors are trained volunteers with lived experience, not clinicians.</li>
          <li>It is not a crisis service. Nobody here is on call, and replies can take a day or more.</li>
        </ul>
        <p className="mt-3">
          If you might be in danger or thinking about ending your life,{" "}
          <Link href="/get-help" className="font-semibold text-help underline">
            get help now
          </Link>{" "}
          — it lists emergency numbers and free crisis lines.
        </p>
        <p className="mt-2">
          <Link href="/safety" className="underline">
            Read how we keep Alongside safe
          </Link>
        </p>
      </section>
    </div>
  );
}
