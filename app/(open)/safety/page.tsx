import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Safety & boundaries" };

// Prerendered at build time and served by hash-based CSP (lib/security/static-pages.ts): the build fails
// if anything here starts reading the request.
export const dynamic = "error";

export default function SafetyPage() {
  return (
    <article className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Safety &amp; boundaries</h1>
      <p className="text-lg text-muted">
        Alongside works because everyone knows what it is, and what it is not. Here is what you can count on, and what
        we ask of each other.
      </p>

      <section aria-labelledby="peer" className="flex flex-col gap-2">
        <h2 id="peer" className="text-xl font-semibold">
          Peer support, not therapy
        </h2>
        <p>
          Mentors are volunteers with lived experience. They listen, share what helped them, and keep showing up. They
          are not therapists, counsellors or doctors, and they won&apos;t diagnose or treat anything. Friends are peers
          on the same footing as you.
        </p>
      </section>

      <section aria-labelledby="crisis" className="flex flex-col gap-2">
        <h2 id="crisis" className="text-xl font-semibold">
          Not a crisis service
        </h2>
        <p>
          Nobody at Alongside is on call. If you are in danger, or thinking about hurting yourself, please contact
          emergency services or a crisis line straight away — our{" "}
          <Link href="/get-help" className="font-semibold text-help underline">
            get help now
          </Link>{" "}
          page lists them. You can do that and still keep talking with your mentor or friend here.
        </p>
      </section>

      <section aria-labelledby="promises" className="flex flex-col gap-2">
        <h2 id="promises" className="text-xl font-semibold">
          What every mentor pledges
        </h2>
        <ul className="list-disc pl-5">
          <li>To listen without judging you.</li>
          <li>To keep what you share private — except when someone&apos;s safety is at risk, where safety comes first.</li>
          <li>Never to ask for or accept money, and not to move the conversation off Alongside while you are getting to know each other.</li>
          <li>To keep the rhythm you agreed, and to say so ahead of time when they can&apos;t.</li>
        </ul>
      </section>

      <section aria-labelledby="tools" className="flex flex-col gap-2">
        <h2 id="tools" className="text-xl font-semibold">
          What you can always do
        </h2>
        <ul className="list-disc pl-5">
          <li>Use a first name or a pseudonym; your real name is never needed.</li>
          <li>Sign out of every device at once from your account page.</li>
          <li>Ask moderators for help: they can suspend anyone who breaks these boundaries, and every action they take is recorded with its reason.</li>
        </ul>
      </section>
    </article>
  );
}
